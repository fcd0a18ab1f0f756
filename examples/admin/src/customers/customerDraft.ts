import type { Customer } from '@esign-kit/core';
import { checkText, type FieldProblems, fieldLimits, problemsOf } from '../forms/fieldRules.js';

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

/** The draft checked with the limits Prix documents: a name of at most 40 characters, a key of 40 letters, digits, - or _. */
export function checkCustomer(draft: CustomerDraft): FieldProblems {
  return problemsOf({
    title: checkText(draft.title, { required: true, maximum: fieldLimits.customerTitle }),
    customKey: checkText(draft.customKey, { maximum: fieldLimits.customerKey, format: 'customerKey' }),
  });
}

/** The form field an issue of the server's answer is about (`input.title` → `title`). */
export function customerFieldOfPath(path: string): string | undefined {
  const field = /^input\.(title|customKey|ceo|address)$/.exec(path)?.[1];
  return field;
}

/** Prix's codes that are about one field of the customer form. */
export const customerFieldOfCode: Readonly<Record<string, string>> = {
  INVALID_CUSTOMER_CUSTOM_KEY: 'customKey',
  ALREADY_CUSTOMER_EXISTS: 'title',
};
