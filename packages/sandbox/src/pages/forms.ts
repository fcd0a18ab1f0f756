import type { ValidationIssue } from '@esign-kit/core';
import type { Failure } from '../domain/outcome.js';
import type { FormRetry, PageContext } from './pageTypes.js';
import { type Html, type HtmlValue, html } from './render.js';

// Building blocks of the pages' forms: every control has a visible <label>, fields are grouped
// in <fieldset>s with a <legend>, errors are an alert and confirmations a status.

interface FieldBase {
  readonly name: string;
  readonly label: string;
  readonly required?: boolean;
  readonly hint?: string;
}

const fieldId = (name: string) => `field-${name}`;

/** A labelled text input (also `email`, `tel`, `date`, `url`). */
export function textField(
  field: FieldBase & {
    readonly value: string | undefined;
    readonly type?: 'text' | 'email' | 'tel' | 'date' | 'url';
    readonly autocomplete?: string;
  },
): Html {
  const id = fieldId(field.name);
  const hintId = `${id}-hint`;
  return html`<p class="field"><label for="${id}">${field.label}${field.required ? ' *' : ''}</label>
<input id="${id}" name="${field.name}" type="${field.type ?? 'text'}" value="${field.value ?? ''}"${field.required ? html` required` : null}${field.autocomplete ? html` autocomplete="${field.autocomplete}"` : null}${field.hint ? html` aria-describedby="${hintId}"` : null}>
${field.hint ? html`<small id="${hintId}">${field.hint}</small>` : null}</p>`;
}

/** A labelled `<select>`. */
export function selectField(
  field: FieldBase & {
    readonly value: string | undefined;
    readonly options: readonly { readonly value: string; readonly label: string }[];
  },
): Html {
  const id = fieldId(field.name);
  const options = field.options.map(
    (option) =>
      html`<option value="${option.value}"${option.value === field.value ? html` selected` : null}>${option.label}</option>`,
  );
  return html`<p class="field"><label for="${id}">${field.label}</label>
<select id="${id}" name="${field.name}">${options}</select></p>`;
}

/** A labelled checkbox; its value is `true` when ticked (Prix's checkbox contents, reference §1.7). */
export function checkboxField(field: FieldBase & { readonly checked: boolean; readonly value?: string }): Html {
  const id = fieldId(`${field.name}-${field.value ?? 'true'}`);
  return html`<p class="field check"><input id="${id}" type="checkbox" name="${field.name}" value="${field.value ?? 'true'}"${field.checked ? html` checked` : null}>
<label for="${id}">${field.label}</label></p>`;
}

/** A `<fieldset>` with its legend. */
export function fieldset(legend: string, content: HtmlValue): Html {
  return html`<fieldset><legend>${legend}</legend>${content}</fieldset>`;
}

/** A form that posts back to the page itself (the sandbox answers with a 303). */
export function pageForm(context: PageContext, content: HtmlValue, label: string): Html {
  return html`<form method="post" action="${context.path}" aria-label="${label}">${content}</form>`;
}

/** A submit button; `name`/`value` tell several buttons of one form apart. */
export function submitButton(label: string, action?: { readonly name: string; readonly value: string }): Html {
  return action
    ? html`<button type="submit" name="${action.name}" value="${action.value}">${label}</button>`
    : html`<button type="submit">${label}</button>`;
}

/** Why a form was refused, as an alert above it. */
export function errorSummary(errors: readonly string[] | undefined): Html | null {
  if (!errors?.length) return null;
  return html`<div role="alert"><h2>요청을 처리하지 못했습니다 · The request was refused</h2><ul>${errors.map((error) => html`<li>${error}</li>`)}</ul></div>`;
}

/** A confirmation, announced politely. */
export function statusNote(content: HtmlValue): Html {
  return html`<div role="status">${content}</div>`;
}

/** The value to show in a field: what was entered when a form is shown again, else the default. */
export function shownValue(retry: FormRetry | undefined, name: string, fallback: string | null | undefined): string {
  return retry ? (retry.values.get(name) ?? '') : (fallback ?? '');
}

/** Whether a checkbox is ticked: as entered when a form is shown again, else the default. */
export function shownChecked(retry: FormRetry | undefined, name: string, fallback: boolean, value = 'true'): boolean {
  return retry ? retry.values.getAll(name).includes(value) : fallback;
}

/** A trimmed form value; `''` when missing. */
export function readField(form: URLSearchParams, name: string): string {
  return (form.get(name) ?? '').trim();
}

/** `YYYY-MM-DD` of a date input for an ISO time (the date part, in UTC). */
export function toDateInput(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/**
 * The ISO time of a date input, at midnight UTC; `undefined` when empty or not a date. A date
 * input cannot hold a time, so a prefilled `2024-07-05T09:00:00.000Z` comes back as midnight.
 */
export function fromDateInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const time = Date.parse(`${value}T00:00:00.000Z`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A refusal from the domain, as the page shows it: Prix's message and its code. */
export function failureMessage(failure: Failure): string {
  return `${failure.message} (${failure.errorCode})`;
}

/** Input problems found by an operation's schema, one line each. */
export function issueMessages(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
}
