import type { CreditStatusData, CreditUsage, OperationParsedInput } from '@esign-kit/core';
import type { listCreditUsages } from '@esign-kit/core/server';
import type { SandboxState } from '../state/index.js';
import type { SandboxCreditUsage } from '../state/model.js';
import { prixError } from '../vendorErrors.js';
import { nextId } from './ids.js';
import { byNewest, inDateRange, paginate } from './lists.js';
import { type Outcome, ok } from './outcome.js';

/** What one mobile identity check costs, and the usage `case` it is recorded under. */
const identificationCost = 1;
const identificationCase = 'SIGNATURE_IDENTIFICATION';

/** Credits left in total: free ones plus bought ones. */
export function remainingCredits(state: SandboxState): number {
  return state.credits.remainingDefaultCount + state.credits.remainingPaidCount;
}

/**
 * The credit balance (§5.5). The renewal date is not stored: free credits renew on the first day
 * of the next month by the sandbox clock, an inference (the reference gives the field only).
 */
export function creditStatusView(state: SandboxState, now: Date): CreditStatusData {
  const renewal = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return {
    renewalDate: renewal.toISOString(),
    credit: {
      defaultCount: state.credits.defaultCount,
      remainingDefaultCount: state.credits.remainingDefaultCount,
      paidCreditCount: state.credits.paidCreditCount,
      remainingCount: remainingCredits(state),
    },
  };
}

/** Refuses with `403 NOT_ALLOWED_PASS_AUTH_NOT_ENOUGH` when `checks` identity checks cost more than is left. */
export function checkIdentificationCredits(state: SandboxState, checks: number): Outcome<void> {
  return checks * identificationCost > remainingCredits(state)
    ? prixError('NOT_ALLOWED_PASS_AUTH_NOT_ENOUGH')
    : ok(undefined);
}

/**
 * Takes the credits of `checks` mobile identity checks (free credits first) and records one usage
 * each under the API member. Prix may charge when the participant actually verifies; charging
 * when the signature is requested is the sandbox's simplification, so that running out is
 * refused at request time, as `NOT_ALLOWED_PASS_AUTH_NOT_ENOUGH` is documented on that endpoint.
 */
export function consumeIdentificationCredits(
  state: SandboxState,
  checks: number,
  signatureUuid: string,
  now: Date,
): void {
  const at = now.toISOString();
  for (let index = 0; index < checks; index += 1) {
    if (state.credits.remainingDefaultCount >= identificationCost)
      state.credits.remainingDefaultCount -= identificationCost;
    else state.credits.remainingPaidCount -= identificationCost;
    state.creditUsages.push({
      id: nextId(state, 'creditUsage'),
      case: identificationCase,
      userId: state.business.users[0]?.id ?? 0,
      signatureUuid,
      createdAt: at,
      updatedAt: at,
    });
  }
}

/** The credit history (§5.4), newest first, paged. */
export function queryCreditUsages(
  state: SandboxState,
  input: OperationParsedInput<typeof listCreditUsages>,
): { total: number; page: CreditUsage[] } {
  const rows = state.creditUsages
    .filter((usage) => inDateRange(usage.createdAt, input.createdAtAfter, input.createdAtBefore))
    .sort(byNewest);
  const { total, page } = paginate(rows, input);
  return { total, page: page.map((usage) => toCreditUsageView(state, usage)) };
}

function toCreditUsageView(state: SandboxState, usage: SandboxCreditUsage): CreditUsage {
  const user = state.business.users.find((candidate) => candidate.id === usage.userId);
  // Only reachable if the state was edited into a usage without its user; the sandbox answers 500.
  if (!user) throw new Error(`Credit usage ${usage.id} refers to unknown user ${usage.userId}.`);
  return {
    id: usage.id,
    case: usage.case,
    user: { ...user },
    createdAt: usage.createdAt,
    updatedAt: usage.updatedAt,
  };
}
