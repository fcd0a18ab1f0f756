import { useI18n } from '../i18n/LocaleContext.js';
import type { FieldProblem } from './fieldRules.js';
import { problemText } from './formTexts.js';
import './forms.css';

/** The id of a field's error message, for `aria-describedby`. */
export const errorIdOf = (inputId: string) => `${inputId}-error`;

/**
 * The attributes that tie a field to its problem: `aria-invalid`, and `aria-describedby` naming the
 * message (plus any hint the field already has), so a screen reader reads both on focus.
 */
export function fieldAria(inputId: string, problem: FieldProblem | undefined, hintId?: string) {
  const describedBy = [problem ? errorIdOf(inputId) : undefined, hintId].filter(Boolean).join(' ');
  return {
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

/** A field's problem, in the user's language, shown right under the field. */
export function FieldError({ inputId, problem }: { inputId: string; problem: FieldProblem | undefined }) {
  const { locale } = useI18n();
  if (!problem) return null;
  return (
    // A span, so it may sit inside a label (a checkbox's).
    <span id={errorIdOf(inputId)} className="field-error" data-field-error={problem.kind}>
      {problemText(problem, locale)}
    </span>
  );
}
