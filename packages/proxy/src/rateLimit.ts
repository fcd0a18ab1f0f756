import { type AnyOperation, sendReminder } from '@esign-kit/core/server';
import type { ProxyStore } from './store/ProxyStore.js';
import { isStoreBusy } from './store/storeBusyError.js';

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

export type RateLimitVerdict =
  | { readonly ok: true }
  /** `limited`: over the limit (429); `busy`: the store cannot count a new key just now (503). */
  | { readonly ok: false; readonly reason: 'limited' | 'busy'; readonly retryAfterSeconds: number };

/**
 * Counts one call against the operation's rule, if it has one (fixed window in the store). The
 * rule's key reads the validated input, whose ids are canonical (lower-cased uuids), so no
 * spelling of an id gets a counter of its own. A store too full to start a counter refuses the
 * call (`busy`): a call that cannot be counted is not made.
 */
export async function checkRateLimit(
  store: ProxyStore,
  rule: RateLimitRule | undefined,
  context: { tenant: string; operation: AnyOperation; input: unknown },
): Promise<RateLimitVerdict> {
  if (!rule) return { ok: true };
  const subject = rule.key ? rule.key(context.input) : '*';
  let counted: { count: number; resetInMs: number };
  try {
    counted = await store.increment(
      `esign-kit:rate:${context.tenant}:${context.operation.id}:${subject}`,
      rule.windowMs,
    );
  } catch (cause) {
    if (isStoreBusy(cause)) {
      return { ok: false, reason: 'busy', retryAfterSeconds: cause.retryAfterSeconds };
    }
    throw cause;
  }
  if (counted.count <= rule.limit) return { ok: true };
  return { ok: false, reason: 'limited', retryAfterSeconds: Math.max(1, Math.ceil(counted.resetInMs / 1000)) };
}
