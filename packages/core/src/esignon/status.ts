// @module What an eSignon workflow status means: shared by the browser (when to stop refreshing)
// and the proxy (which callback state is newer). Browser-safe: no schema.

/**
 * The statuses eSignon documents for `workflow_status` (https://api.esignon.net/workflow/view/workflowinfo).
 *
 * @example
 * ```ts
 * esignonWorkflowStatuses.includes('Disposal') // true: voided after completion
 * ```
 */
export const esignonWorkflowStatuses = Object.freeze([
  'Playing',
  'Complete',
  'Canceled',
  'Disposal',
  'Truncate',
] as const);

/**
 * How far along a status is: a state of lower rank never replaces one of higher rank (a late
 * `Playing` callback after `Complete` is ignored). `Playing` and any status eSignon adds later are
 * 1; `Complete` and `Canceled` 2; `Disposal` (voided after completion) 3; `Truncate` (deleted) 4.
 *
 * @example
 * ```ts
 * esignonStatusRank('Complete') > esignonStatusRank('Playing') // true
 * ```
 */
export function esignonStatusRank(status: string): number {
  switch (status) {
    case 'Complete':
    case 'Canceled':
      return 2;
    case 'Disposal':
      return 3;
    case 'Truncate':
      return 4;
    default:
      return 1;
  }
}

/**
 * Whether a workflow is over: no signer will act on it again, so there is nothing left to wait for
 * (stop refreshing, close the signing page).
 *
 * @example
 * ```ts
 * isEsignonWorkflowOver('Playing') // false
 * isEsignonWorkflowOver('Canceled') // true
 * ```
 */
export function isEsignonWorkflowOver(status: string): boolean {
  return esignonStatusRank(status) >= 2;
}

/**
 * Whether the signed document and certificate can be downloaded: only a `Complete` workflow has them.
 *
 * @example
 * ```ts
 * hasEsignonDocuments('Complete') // true
 * ```
 */
export function hasEsignonDocuments(status: string): boolean {
  return status === 'Complete';
}
