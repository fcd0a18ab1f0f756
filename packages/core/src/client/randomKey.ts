/**
 * 128 random bits as hex: an idempotency key no other action will share. `getRandomValues`, not
 * `randomUUID`, because the latter is missing on plain-http pages that are not localhost.
 */
export function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
