import { describeErrorCode, type KitErrorCode, type ValidationIssue } from '@esign-kit/core';

const baseHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * Serialises an envelope, removing every occurrence of the keys in `secrets` first: whatever
 * Prix (or a bug) puts in a body, the API key does not leave the proxy.
 */
export function jsonResponse(
  body: unknown,
  status: number,
  secrets: readonly string[],
  headers: Record<string, string> = {},
): Response {
  let text = JSON.stringify(body);
  for (const secret of secrets) if (secret) text = text.replaceAll(secret, '[redacted]');
  return new Response(text, { status, headers: { ...baseHeaders, ...headers } });
}

/** An error envelope for one of esign-kit's own codes, with its English sentence. */
export function kitError(
  errorCode: KitErrorCode,
  secrets: readonly string[],
  extra: { issues?: readonly ValidationIssue[]; headers?: Record<string, string>; status?: number } = {},
): Response {
  const entry = describeErrorCode(errorCode);
  const body = {
    ok: false,
    errorCode,
    message: entry?.en ?? errorCode,
    ...(extra.issues ? { issues: extra.issues } : {}),
  };
  return jsonResponse(body, extra.status ?? entry?.status ?? 500, secrets, extra.headers);
}
