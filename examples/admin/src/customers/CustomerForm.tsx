import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useI18n } from '../i18n/LocaleContext.js';
import type { CustomerDraft } from './customerDraft.js';

const fields = ['title', 'customKey', 'ceo', 'address'] as const;

/** The customer fields, for creating and for editing. */
export function CustomerForm({
  initial,
  submitLabel,
  busy,
  onSubmit,
  children,
}: {
  initial: CustomerDraft;
  submitLabel: string;
  busy: boolean;
  onSubmit: (draft: CustomerDraft) => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  return (
    <form className="customer-form grid" onSubmit={submit} aria-busy={busy}>
      {fields.map((field) => (
        <div key={field} className="field">
          <label htmlFor={`${id}-${field}`}>{t.customers.fields[field]}</label>
          <input
            id={`${id}-${field}`}
            value={draft[field]}
            required={field === 'title'}
            onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
          />
        </div>
      ))}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
