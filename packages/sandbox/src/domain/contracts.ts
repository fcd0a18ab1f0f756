import type { SandboxState } from '../state/index.js';
import type { SandboxContract } from '../state/model.js';
import { prixError } from '../vendorErrors.js';
import { isValidCustomKey } from './customers.js';
import { fileUrl } from './files.js';
import { invalidRequest, type Outcome, ok } from './outcome.js';
import { requireTags } from './tags.js';

/** The contract with this uuid (compared without regard to case, as Prix's database would). */
export function findContractByUuid(state: SandboxState, uuid: string): SandboxContract | undefined {
  const wanted = uuid.toLowerCase();
  return state.contracts.find((contract) => contract.uuid === wanted);
}

/** Whether a contract already uses this customKey (keys compare exactly). */
export function isContractKeyTaken(state: SandboxState, customKey: string): boolean {
  return state.contracts.some((contract) => contract.customKey === customKey);
}

/**
 * The contract with this uuid, or `404 NOT_FOUND_CUSTOMER`. The reference lists no "contract not
 * found" code anywhere; `NOT_FOUND_CUSTOMER` is the 404 the contract pages (find §2.2, detail
 * page §2.3) document, so every contract lookup in the sandbox answers with it.
 */
export function requireContract(state: SandboxState, uuid: string): Outcome<SandboxContract> {
  const contract = findContractByUuid(state, uuid);
  return contract ? ok(contract) : prixError('NOT_FOUND_CUSTOMER');
}

/**
 * A contract by `uuid` or by its `customKey` (find §2.2, concluded files §2.14).
 *
 * The reference documents a format rule only for *customer* keys, yet the find page answers a
 * bad contract `customKey` with `INVALID_CUSTOMER_CUSTOM_KEY`. The sandbox therefore applies the
 * customer rule to contract keys: it is the only documented one.
 */
export function lookupContract(
  state: SandboxState,
  by: { readonly uuid?: string | undefined; readonly customKey?: string | undefined },
): Outcome<SandboxContract> {
  if (by.uuid !== undefined) return requireContract(state, by.uuid);
  if (by.customKey === undefined || !isValidCustomKey(by.customKey)) return prixError('INVALID_CUSTOMER_CUSTOM_KEY');
  const contract = state.contracts.find((candidate) => candidate.customKey === by.customKey);
  return contract ? ok(contract) : prixError('NOT_FOUND_CUSTOMER');
}

/**
 * Replaces the tags connected to a contract. The page says it "updates the tags connected to the
 * contract"; that the list replaces the current set (and `[]` clears it) is an inference.
 */
export function replaceContractTags(
  state: SandboxState,
  contractUuid: string,
  tagIds: readonly number[],
  now: Date,
): Outcome<SandboxContract> {
  const found = requireContract(state, contractUuid);
  if (!found.ok) return found;
  const tags = requireTags(state, tagIds);
  if (!tags.ok) return tags;
  found.value.tagIds = tags.value.map((tag) => tag.id);
  found.value.updatedAt = now.toISOString();
  return found;
}

/**
 * Download URLs of a concluded contract and of its audit-trail certificate (§2.14).
 *
 * Prix says the certificate may not exist right after conclusion and answers
 * `SIGNATURE_CERTIFICATE_NOT_READY` then. The sandbox makes that reproducible: the certificate
 * is ready `certificateDelayMs` after `contractDate.concludedDate`, by the sandbox clock.
 *
 * A contract that is not concluded has no files; the page's error table was not readable, so the
 * sandbox answers `400 SANDBOX_INVALID_REQUEST` (a retryable "not ready" would loop forever).
 */
export function concludedFilesOf(
  contract: SandboxContract,
  now: Date,
  certificateDelayMs: number,
): Outcome<{ concludedFile: string; certificate: string }> {
  const concludedDate = contract.contractDate.concludedDate;
  if (contract.status !== 'CONCLUDED' || contract.concludedFile === null || concludedDate === null) {
    return invalidRequest(`체결되지 않은 계약서입니다 (샌드박스): ${contract.uuid}`);
  }
  if (now.getTime() < Date.parse(concludedDate) + certificateDelayMs) {
    return prixError('SIGNATURE_CERTIFICATE_NOT_READY');
  }
  return ok({ concludedFile: contract.concludedFile, certificate: fileUrl(contract.uuid, 'certificate.pdf') });
}
