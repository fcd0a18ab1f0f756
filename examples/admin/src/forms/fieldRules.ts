import type { ErrorTexts } from '@esign-kit/core';

/**
 * What is wrong with one field, checked in the browser before anything is sent (or read from the
 * server's answer: `server`, with its own sentence in both languages).
 */
export type FieldProblem =
  | { readonly kind: 'required' }
  | { readonly kind: 'too_long'; readonly maximum: number }
  | { readonly kind: 'format'; readonly format: 'email' | 'phone' | 'customerKey' }
  | { readonly kind: 'past_date' }
  | { readonly kind: 'server'; readonly texts: ErrorTexts };

/** Problems by field key (the form's own names, e.g. `title`, `role:갑:address`). */
export type FieldProblems = Readonly<Record<string, FieldProblem>>;

/**
 * The limits Prix documents (https://api-kit.prix.im/platform/create-customer,
 * https://api-kit.prix.im/signature-template/create-signature).
 */
export const fieldLimits = {
  /** A customer's name: at most 40 characters. */
  customerTitle: 40,
  /** A customer's customKey: at most 40 letters, digits, `-` or `_`. */
  customerKey: 40,
  /**
   * A contract's customKey has no documented limit; the demo keeps it to the customer key's 40
   * characters, so a key works wherever Prix takes one.
   */
  contractKey: 40,
} as const;

/** `pattern` attribute and check of a customer customKey. */
export const customerKeyPattern = '[A-Za-z0-9_\\-]+';
/** A Korean mobile number written with hyphens, as Prix writes them (`010-1234-5678`). */
export const phonePattern = '01[016789]-[0-9]{3,4}-[0-9]{4}';
/** The browser's own `type=email` check, so a form's check and its field agree. */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a text field: required or not, its length, its format. `undefined` when it is fine. */
export function checkText(
  value: string,
  rules: {
    readonly required?: boolean;
    readonly maximum?: number;
    readonly format?: 'email' | 'phone' | 'customerKey';
  },
): FieldProblem | undefined {
  const text = value.trim();
  if (!text) return rules.required ? { kind: 'required' } : undefined;
  if (rules.maximum !== undefined && text.length > rules.maximum) return { kind: 'too_long', maximum: rules.maximum };
  if (rules.format && !formatTest[rules.format].test(text)) return { kind: 'format', format: rules.format };
  return undefined;
}

// Compiled once: the same patterns the inputs carry as `pattern` attributes.
const formatTest = {
  email: emailPattern,
  phone: new RegExp(`^${phonePattern}$`),
  customerKey: new RegExp(`^${customerKeyPattern}$`),
};

/** Today in Seoul as `yyyy-mm-dd` (the demo's dates are Korean dates). */
export function seoulToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(now);
}

/**
 * An expiry date (`yyyy-mm-dd`, optional): Prix wants it in the future, and the form sends the end
 * of that day, so today is the earliest day that works.
 */
export function checkExpiry(value: string, today: string = seoulToday()): FieldProblem | undefined {
  if (!value) return undefined;
  return value < today ? { kind: 'past_date' } : undefined;
}

/** The problems that are there, without the fields that are fine. */
export function problemsOf(checks: Readonly<Record<string, FieldProblem | undefined>>): FieldProblems {
  return Object.fromEntries(Object.entries(checks).filter((entry): entry is [string, FieldProblem] => !!entry[1]));
}
