import type { SandboxPageSubmission } from '../state/index.js';
import { alreadySubmitted, submittedView } from './completion.js';
import { errorSummary, pageForm, submitButton } from './forms.js';
import type { FormRetry, HostedPage, PageContext, PageOutcome, PageView } from './pageTypes.js';
import { type HtmlValue, html } from './render.js';

// The one renderer of the hosted form pages (contract form, signature request, template form,
// use and bulk): each page describes its fields and its submit; the frame, the error summary,
// the once-only rule, hidden inputs and the re-shown form after a refusal live here.

/** What a form page shows: its intro, its fields and its submit button. */
export interface FormParts {
  /** Shown above the error summary: what the form is about (a template's name, a contract's facts). */
  readonly intro?: HtmlValue;
  /** The form's controls, in order. */
  readonly fields: HtmlValue;
  readonly submitLabel: string;
  /** Where the form may end up after the sandbox's redirect (`successUrl`): the CSP's `form-action`. */
  readonly formTargets?: readonly (string | null | undefined)[];
}

/** What the page is about, or the view saying it is gone (a deleted template, a deleted contract). */
export type Loaded<Subject> = { readonly subject: Subject } | { readonly gone: PageView };

/** An input `disabledInputs` hid, and the form field it would have posted. */
export interface HiddenInput {
  readonly name: string;
  readonly field: string;
}

/** Shows the form again with why it was refused; `status` 400 unless told. */
export type Refuse = (errors: readonly string[], status?: number) => PageOutcome;

/** One form page, described. */
export interface FormPageSpec<Subject, TKind extends string = string> {
  readonly kind: TKind;
  /** What the page is for, in Korean and English (see {@link HostedPage.description}). */
  readonly description: string;
  title(context: PageContext): string;
  load(context: PageContext): Loaded<Subject>;
  /** The view once submitted (after `load`); without it, `submittedView` (before `load`). */
  submitted?(context: PageContext, subject: Subject, submission: SandboxPageSubmission, title: string): PageOutcome;
  /** The inputs hidden on this page: a form that posts one anyway is refused (400), not silently dropped. */
  hidden?(subject: Subject): readonly HiddenInput[];
  /** The form, or a view without one (the state does not allow the form, e.g. a 409). */
  form(context: PageContext, subject: Subject, retry: FormRetry | undefined): FormParts | PageView;
  /** What a valid-looking submission does: a redirect, or `refuse(...)`. */
  submit(context: PageContext, subject: Subject, form: URLSearchParams, refuse: Refuse): PageOutcome;
}

/** The message for a hidden input that was posted anyway. */
export function hiddenInputMessage(name: string): string {
  return `${name}: 이 페이지에서 숨긴 입력입니다 · This input is hidden on this page (disabledInputs).`;
}

/** The frame of a form page's view: status of a refusal, title, description, error summary above `body`. */
export function formView(
  description: string,
  title: string,
  retry: FormRetry | undefined,
  content: { readonly intro?: HtmlValue; readonly body: HtmlValue; readonly formTargets?: FormParts['formTargets'] },
): PageView {
  return {
    type: 'view',
    status: retry?.status,
    title,
    description,
    ...(content.formTargets ? { formTargets: content.formTargets } : {}),
    body: html`${content.intro ?? null}${errorSummary(retry?.errors)}
${content.body}`,
  };
}

/**
 * A hosted page from its description: `render` shows the form (or the submitted view), `submit`
 * refuses a second submission (409) and posted hidden inputs (400), then runs the page's submit.
 *
 * @example
 * ```ts
 * export const contractSignaturePage = formPage({ kind: 'contract-signature', description, title, load, form, submit });
 * ```
 */
export function formPage<Subject, const TKind extends string>(spec: FormPageSpec<Subject, TKind>): HostedPage<TKind> {
  function render(context: PageContext, retry?: FormRetry): PageOutcome {
    const title = spec.title(context);
    const done = context.session.submissions.at(-1);
    if (done && !spec.submitted) return submittedView(context, title, done);
    const loaded = spec.load(context);
    if ('gone' in loaded) return loaded.gone;
    if (done && spec.submitted) return spec.submitted(context, loaded.subject, done, title);
    const parts = spec.form(context, loaded.subject, retry);
    if ('type' in parts) return parts;
    return formView(spec.description, title, retry, {
      intro: parts.intro,
      formTargets: parts.formTargets,
      body: pageForm(context, [parts.fields, submitButton(parts.submitLabel)], title),
    });
  }

  function submit(context: PageContext, form: URLSearchParams): PageOutcome {
    if (context.session.submissions.length) return alreadySubmitted(context, spec.title(context));
    const loaded = spec.load(context);
    if ('gone' in loaded) return loaded.gone;
    const refuse: Refuse = (errors, status = 400) => render(context, { values: form, errors, status });
    const posted = spec.hidden?.(loaded.subject).find((input) => form.has(input.field));
    if (posted) return refuse([hiddenInputMessage(posted.name)]);
    return spec.submit(context, loaded.subject, form, refuse);
  }

  return { kind: spec.kind, description: spec.description, render, submit };
}
