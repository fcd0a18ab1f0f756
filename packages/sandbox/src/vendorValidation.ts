import type { ValidationIssue } from '@esign-kit/core';
import type { AnyOperation } from '@esign-kit/core/server';
import type { Failure } from './domain/outcome.js';
import { prixError, type SandboxVendorErrorCode } from './vendorErrors.js';

/**
 * Input problems Prix answers with a documented code of its own. Core's schemas check these
 * before a request leaves the client (so through the proxy they never reach the sandbox), but a
 * request sent straight to the sandbox, as it could be to Prix, must get Prix's answer rather
 * than the sandbox's generic `SANDBOX_INVALID_REQUEST`. Keyed by operation id; each rule matches
 * the dotted path of an issue.
 */
const vendorRules: Readonly<Record<string, readonly (readonly [RegExp, SandboxVendorErrorCode])[]>> = {
  // §5.1: "required business name missing in profile".
  'business.update': [[/^input\.profile\.name$/, 'MISSING_PROFILE_NAME']],
  // §3.4: a title missing, or no participant at all (not every role given).
  'templates.createSignature': [
    [/^input\.title$/, 'INVALID_SIGNATURE_TITLE'],
    [/^input\.participants$/, 'NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH'],
  ],
  // §2.4, §2.5, §6.5 document INVALID_CUSTOMER_CUSTOM_KEY; create and update (§6.3, §6.6) state
  // the same rule for the key they set, so they answer the same code.
  'contracts.list': [[/^customerCustomKeys\.\d+$/, 'INVALID_CUSTOMER_CUSTOM_KEY']],
  'contracts.listUrl': [[/^customerCustomKey$/, 'INVALID_CUSTOMER_CUSTOM_KEY']],
  'customers.list': [[/^customKey$/, 'INVALID_CUSTOMER_CUSTOM_KEY']],
  'customers.create': [[/^input\.customKey$/, 'INVALID_CUSTOMER_CUSTOM_KEY']],
  'customers.update': [[/^input\.customKey$/, 'INVALID_CUSTOMER_CUSTOM_KEY']],
  // §2.9: "not a valid participant UUID" / facilitator UUID.
  'signatures.link': [
    [/^participantUuid$/, 'INVALID_SIGNATURE_PARTICIPANT_UUID'],
    [/^facilitatorUuid$/, 'SIGNATURE_INVALID_FACILITATOR_UUID'],
  ],
};

/**
 * The Prix error for a request that failed its operation's input check, when one of its issues
 * is a case Prix documents a code for; `undefined` otherwise (the sandbox then answers
 * `SANDBOX_INVALID_REQUEST` with every issue).
 *
 * @example
 * ```ts
 * vendorErrorForIssues(updateBusiness, [{ path: 'input.profile.name', message: 'Required.' }])
 * // { ok: false, status: 400, errorCode: 'MISSING_PROFILE_NAME', … }
 * ```
 */
export function vendorErrorForIssues(operation: AnyOperation, issues: readonly ValidationIssue[]): Failure | undefined {
  const rules = Object.hasOwn(vendorRules, operation.id) ? vendorRules[operation.id] : undefined;
  for (const issue of issues) {
    const rule = rules?.find(([path]) => path.test(issue.path));
    if (rule) return prixError(rule[1]);
  }
  return undefined;
}
