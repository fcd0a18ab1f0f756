import type { ListContractsInput } from '@esign-kit/core';

/** What the list's filter controls hold; empty strings mean "any". */
export interface ContractFilterValues {
  readonly status: '' | 'CREATED' | 'CONCLUDED';
  readonly signature: '' | 'included' | 'excluded';
  readonly tagId: number | '';
  readonly title: string;
}

export const noFilters: ContractFilterValues = { status: '', signature: '', tagId: '', title: '' };

export const pageSize = 5;

/**
 * The list request for the tenant's customers: the proxy refuses a contract list that does not
 * name them, so they are always sent.
 */
export function contractListInput(
  customerIds: readonly number[],
  filters: ContractFilterValues,
  offset: number,
): ListContractsInput {
  const title = filters.title.trim();
  return {
    customerIds: [...customerIds],
    limit: pageSize,
    offset,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.signature ? { signature: filters.signature } : {}),
    ...(filters.tagId !== '' ? { tagIds: [filters.tagId] } : {}),
    ...(title ? { title } : {}),
  };
}
