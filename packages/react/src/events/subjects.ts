import {
  concludedFilesRoute,
  findContractRoute,
  getContractRoute,
  listContractsRoute,
  listSignaturesRoute,
} from '@esign-kit/core';
import { esignonWorkflowRoute } from '@esign-kit/core/esignon';
import { type SigningSubject, subjectKey } from '@esign-kit/core/events';

// @module Subjects: what a screen listens to (a contract, an e-signature, an eSignon workflow),
// read off the queries it shows, and how a set of them becomes one stream URL.

/** The stream's query parameter for each kind (`?contract=…&signature=…&workflow=…`). */
const streamParams = { contract: 'contract', signature: 'signature', workflow: 'workflow' } as const;

/**
 * The URL of the one stream that carries every subject, sorted so the same set always gives the
 * same URL (and so no reconnect); `lastEventId` resumes a new connection where the last one was;
 * `pageOpen` asks the proxy to poll Prix fast for these contracts (a signing page is open).
 */
export function streamUrl(
  path: string,
  subjects: Iterable<SigningSubject>,
  extra: { lastEventId?: string | undefined; pageOpen?: boolean } = {},
): string {
  const params = new URLSearchParams();
  const sorted = [...subjects].sort((a, b) => subjectKey(a).localeCompare(subjectKey(b)));
  for (const subject of sorted) params.append(streamParams[subject.kind], subject.id);
  if (extra.pageOpen) params.set('pageOpen', '1');
  if (extra.lastEventId) params.set('lastEventId', extra.lastEventId);
  return `${path}?${params}`;
}

interface ContractLike {
  uuid?: unknown;
  signature?: { uuid?: unknown } | null;
}

function contractSubjects(contract: ContractLike | undefined, into: SigningSubject[]): void {
  if (typeof contract?.uuid === 'string') into.push({ kind: 'contract', id: contract.uuid });
  if (typeof contract?.signature?.uuid === 'string') into.push({ kind: 'signature', id: contract.signature.uuid });
}

/**
 * The subjects a cached query shows, from its key (`['esign-kit', operationId, input, …]`) and
 * data: a contract and its e-signature (and its concluded files), every row of a contract or e-signature list (paged or
 * infinite), a workflow. Empty for any other query.
 */
export function subjectsOfQuery(queryKey: readonly unknown[], data: unknown): SigningSubject[] {
  const operationId = queryKey[1];
  const input = (typeof queryKey[2] === 'object' && queryKey[2] !== null ? queryKey[2] : {}) as Record<string, unknown>;
  const subjects: SigningSubject[] = [];
  const value = data as Record<string, unknown> | undefined;
  if (
    operationId === findContractRoute.id ||
    operationId === getContractRoute.id ||
    operationId === concludedFilesRoute.id
  ) {
    const uuid = input.uuid ?? input.contractUuid;
    if (typeof uuid === 'string') subjects.push({ kind: 'contract', id: uuid });
    contractSubjects(value?.contract as ContractLike | undefined, subjects);
  } else if (operationId === listContractsRoute.id) {
    // An infinite list caches `{ pages: [page, …] }`; a paged one caches the page itself.
    type Page = { contracts?: ContractLike[] };
    const pages = (value?.pages as Page[] | undefined) ?? (value ? [value as Page] : []);
    for (const page of pages) for (const contract of page.contracts ?? []) contractSubjects(contract, subjects);
  } else if (operationId === listSignaturesRoute.id) {
    for (const row of (value?.data as { uuid?: unknown }[] | undefined) ?? []) {
      if (typeof row.uuid === 'string') subjects.push({ kind: 'signature', id: row.uuid });
    }
  } else if (operationId === esignonWorkflowRoute.id && typeof input.workflowId === 'string' && input.workflowId) {
    subjects.push({ kind: 'workflow', id: input.workflowId });
  }
  return dedupe(subjects);
}

/** The subjects without repeats, first occurrence kept. */
export function dedupe(subjects: readonly SigningSubject[]): SigningSubject[] {
  const seen = new Map<string, SigningSubject>();
  for (const subject of subjects) if (!seen.has(subjectKey(subject))) seen.set(subjectKey(subject), subject);
  return [...seen.values()];
}
