import { useId } from 'react';
import { useI18n } from '../i18n/LocaleContext.js';
import type { FieldProblems } from './fieldRules.js';
import { formTexts, problemText } from './formTexts.js';
import './forms.css';

/** A field the summary can name and lead to. */
export interface SummaryField {
  readonly key: string;
  readonly inputId: string;
  readonly label: string;
}

/**
 * At the top of a form: how many fields need fixing, each a link to its field (which it focuses),
 * in the order the fields appear. Renders nothing while every field is fine.
 */
export function ErrorSummary({ fields, problems }: { fields: readonly SummaryField[]; problems: FieldProblems }) {
  const { locale } = useI18n();
  const headingId = useId();
  const listed = fields.filter((field) => problems[field.key]);
  if (listed.length === 0) return null;
  const t = formTexts[locale];
  return (
    <section className="error-summary" aria-labelledby={headingId} data-error-summary>
      <p id={headingId} className="error-summary-title">
        <strong>{t.summary(listed.length)}</strong> <span className="muted">{t.summaryHint}</span>
      </p>
      <ul>
        {listed.map((field) => {
          const problem = problems[field.key];
          return (
            <li key={field.key}>
              <a
                href={`#${field.inputId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(field.inputId)?.focus();
                }}
              >
                {field.label}: {problem ? problemText(problem, locale) : null}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Moves focus to the first field with a problem, in form order; `false` when there is none. */
export function focusFirstProblem(fields: readonly SummaryField[], problems: FieldProblems): boolean {
  const first = fields.find((field) => problems[field.key]);
  const element = first ? document.getElementById(first.inputId) : null;
  element?.focus();
  return !!element;
}
