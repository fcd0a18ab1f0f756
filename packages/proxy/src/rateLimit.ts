import { type AnyOperation, sendReminder } from '@esign-kit/core';
import type { ProxyStore } from './store/ProxyStore.js';

/** At most `limit` calls per `windowMs` for each value of `key(input)`. */
export interface RateLimitRule {
  readonly limit: number;
  readonly windowMs: number;
  /** What is counted: by default the whole operation (per business). */
  readonly key?: (input: unknown) => string;
}

/**
 * The default: 5 reminders per participant per hour. Reminders reach people's phones and
 * inboxes, and Prix bills them (reference §5.4), so a stuck button or a script cannot spam.
 */
export const defaultRateLimits: Readonly<Record<string, RateLimitRule>> = {
  [sendReminder.id]: {
    limit: 5,
    windowMs: 60 * 60 * 1000,
    key: (input) => {
      const { signatureUuid, participantUuid } = input as { signatureUuid: string; participantUuid: string };
      return `${signatureUuid}:${participantUuid}`;
    },
  },
};

export type RateLimitVerdict = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

/** Counts one call against the operation's rule, if it has one (fixed window in the store). */
export async function checkRateLimit(
  store: ProxyStore,
  rule: RateLimitRule | undefined,
  context: { tenant: string; operation: AnyOperation; input: unknown },
): Promise<RateLimitVerdict> {
  if (!rule) return { ok: true };
  const subject = rule.key ? rule.key(context.input) : '*';
  const { count, resetInMs } = await store.increment(
    `esign-kit:rate:${context.tenant}:${context.operation.id}:${subject}`,
    rule.windowMs,
  );
  if (count <= rule.limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)) };
}
