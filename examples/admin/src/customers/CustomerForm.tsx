import type { EsignKitError } from '@esign-kit/core';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { ErrorSummary, focusFirstProblem, type SummaryField } from '../forms/ErrorSummary.js';
import { FieldError, fieldAria } from '../forms/FieldError.js';
import { customerKeyPattern, fieldLimits } from '../forms/fieldRules.js';
import { serverProblems, unchangedSince } from '../forms/serverProblems.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { type CustomerDraft, checkCustomer, customerFieldOfCode, customerFieldOfPath } from './customerDraft.js';

const fields = ['title', 'customKey', 'ceo', 'address'] as const;

/** The limits put on each field's input (the same the check applies before sending). */
const attributes: Partial<Record<(typeof fields)[number], { maxLength: number; pattern?: string }>> = {
  title: { maxLength: fieldLimits.customerTitle },
  customKey: { maxLength: fieldLimits.customerKey, pattern: customerKeyPattern },
};

/**
 * The customer fields, for creating and for editing: checked before sending (problems under each
 * field, listed on top, focus on the first), and the server's refusal (`error`) shown the same way.
 */
export function CustomerForm({
  initial,
  submitLabel,
  busy,
  error,
  autoFocus,
  onSubmit,
  children,
}: {
  initial: CustomerDraft;
  submitLabel: string;
  busy: boolean;
  error?: EsignKitError | null | undefined;
  /** Focus the first field when the form appears (editing opened). */
  autoFocus?: boolean;
  onSubmit: (draft: CustomerDraft) => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  // What was sent last: the server's problems stay on the fields the user has not changed since.
  const [sent, setSent] = useState(initial);
  const fieldsOf = (of: CustomerDraft) => (field: string) => of[field as keyof CustomerDraft];
  const problems = {
    ...unchangedSince(
      serverProblems(error ?? null, customerFieldOfPath, customerFieldOfCode),
      fieldsOf(draft),
      fieldsOf(sent),
    ),
    ...(tried ? checkCustomer(draft) : {}),
  };
  const summary: SummaryField[] = fields.map((field) => ({
    key: field,
    inputId: `${id}-${field}`,
    label: t.customers.fields[field],
  }));
  const lastError = useRef(error);
  useEffect(() => {
    if (error && error !== lastError.current) focusFirstProblem(summary, problems);
    lastError.current = error;
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (focusFirstProblem(summary, checkCustomer(draft))) return;
    setSent(draft);
    onSubmit(draft);
  };
  return (
    <form className="customer-form grid" onSubmit={submit} aria-busy={busy} noValidate>
      <div className="field-summary">
        <ErrorSummary fields={summary} problems={problems} />
      </div>
      {fields.map((field, index) => {
        const inputId = `${id}-${field}`;
        return (
          <div key={field} className="field">
            <label htmlFor={inputId}>{t.customers.fields[field]}</label>
            <div className="field-control">
              <input
                id={inputId}
                value={draft[field]}
                required={field === 'title'}
                // biome-ignore lint/a11y/noAutofocus: editing was just opened by the user; focus goes to its first field.
                autoFocus={autoFocus && index === 0}
                {...attributes[field]}
                {...fieldAria(inputId, problems[field])}
                onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              />
              <FieldError inputId={inputId} problem={problems[field]} />
            </div>
          </div>
        );
      })}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
