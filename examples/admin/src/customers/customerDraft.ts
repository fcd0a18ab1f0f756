import type { Customer } from '@esign-kit/core';

/** The customer fields the demo edits. */
export interface CustomerDraft {
  readonly title: string;
  readonly customKey: string;
  readonly ceo: string;
  readonly address: string;
}

export const emptyCustomer: CustomerDraft = { title: '', customKey: '', ceo: '', address: '' };

export function draftOf(customer: Customer): CustomerDraft {
  return {
    title: customer.title,
    customKey: customer.customKey ?? '',
    ceo: customer.ceo ?? '',
    address: customer.address ?? '',
  };
}

/** The create/update body: empty optional fields are left out rather than sent empty. */
export function customerFields(draft: CustomerDraft) {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const fields = {
    title: draft.title.trim(),
    customKey: optional(draft.customKey),
    ceo: optional(draft.ceo),
    address: optional(draft.address),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    title: string;
    customKey?: string;
    ceo?: string;
    address?: string;
  };
}
