import type { OperationParsedInput } from '@esign-kit/core';
import type { templateFormUrl } from '@esign-kit/core/server';
import { checkFixtures } from '../control/checkFixtures.js';
import { applyFixtures } from '../control/fixtures.js';
import { recordPageSubmission } from '../domain/pageSessions.js';
import { editTemplate } from '../domain/templateEdits.js';
import { findTemplate } from '../domain/templates.js';
import type { SandboxPageSubmission } from '../state/index.js';
import type { SandboxTemplate } from '../state/model.js';
import { missingView } from './contractFacts.js';
import { type FormParts, formPage, type Loaded, type Refuse } from './formPage.js';
import {
  checkboxField,
  failureMessage,
  fieldset,
  issueMessages,
  readField,
  shownChecked,
  shownValue,
  statusNote,
  textField,
} from './forms.js';
import type { FormRetry, PageContext, PageOutcome } from './pageTypes.js';
import { participantTypeField, readParticipantType } from './participantFields.js';
import { html } from './render.js';

/** What the page is for, shown under its heading. */
const description = '전자서명 템플릿 등록/편집 페이지 · Create or edit a template';

type FormInput = OperationParsedInput<typeof templateFormUrl>;

const titles = { create: '템플릿 등록 · Create a template', edit: '템플릿 편집 · Edit a template' };

interface FormSubject {
  readonly input: FormInput;
  /** The template of `templateId`; `undefined` when creating one. */
  readonly editing: SandboxTemplate | undefined;
  readonly hidden: ReadonlySet<string>;
}

const titleOf = (context: PageContext) =>
  (context.session.input as FormInput).templateId === undefined ? titles.create : titles.edit;

function load(context: PageContext): Loaded<FormSubject> {
  const input = context.session.input as FormInput;
  const editing = input.templateId === undefined ? undefined : findTemplate(context.state, input.templateId);
  if (input.templateId !== undefined && !editing)
    return { gone: missingView('템플릿이 없습니다 · The template no longer exists.') };
  // Only `TAG` has something to hide here; the sandbox has no permission settings (`PERMISSION`).
  return { subject: { input, editing, hidden: new Set(input.disabledInputs ?? []) } };
}

/** A posted `tag` while `TAG` is hidden was not typed on this page. */
const hiddenInputs = ({ hidden }: FormSubject) => (hidden.has('TAG') ? [{ name: 'TAG', field: 'tag' }] : []);

function submitted(context: PageContext, _subject: FormSubject, done: SandboxPageSubmission, title: string) {
  const saved = context.state.templates.find((template) => template.id === done.templateId);
  return {
    type: 'view' as const,
    title,
    body: statusNote(
      html`<p>템플릿을 저장했습니다 · The template was saved: ${saved?.name ?? '-'} (id ${done.templateId ?? '-'})</p>`,
    ),
  };
}

const splitList = (value: string) =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

function form(context: PageContext, { input, editing, hidden }: FormSubject, retry: FormRetry | undefined): FormParts {
  const { state } = context;
  const tagIds = editing?.tagIds ?? input.tagIds ?? [];
  return {
    formTargets: [input.successUrl],
    fields: [
      textField({
        name: 'name',
        label: '템플릿 이름 · Template name',
        required: true,
        value: shownValue(retry, 'name', editing?.name),
      }),
      textField({
        name: 'slug',
        label: 'slug',
        value: shownValue(retry, 'slug', editing ? editing.slug : input.slug),
        hint: '선택 · Optional; 템플릿 키로 쓸 수 있습니다 · usable as the template key',
      }),
      participantTypeField(retry, editing?.participantType),
      textField({
        name: 'roles',
        label: '참여자 역할 · Participant roles',
        required: true,
        value: shownValue(retry, 'roles', editing?.participants.map((role) => role.role).join(', ')),
        hint: '쉼표로 구분, 서명 순서대로 · Comma-separated, in signing order',
      }),
      editing
        ? html`<p>사전 입력값 · Pre-input values: ${editing.objects.map((object) => object.name).join(', ') || '-'} (유지됩니다 · kept as they are)</p>`
        : textField({
            name: 'objects',
            label: '사전 입력값 · Pre-input values',
            value: shownValue(retry, 'objects', ''),
            hint: '쉼표로 구분한 텍스트 입력 이름 · Comma-separated names of text inputs',
          }),
      checkboxField({
        name: 'allowPartialParticipants',
        label: '일부 참여자에게 요청 · Allow requesting some roles only',
        checked: shownChecked(retry, 'allowPartialParticipants', editing?.allowPartialParticipants ?? false),
      }),
      hidden.has('TAG') || state.tags.length === 0
        ? null
        : fieldset(
            '태그 · Tags',
            state.tags.map((tag) =>
              checkboxField({
                name: 'tag',
                value: String(tag.id),
                label: tag.name,
                checked: shownChecked(retry, 'tag', tagIds.includes(tag.id), String(tag.id)),
              }),
            ),
          ),
    ],
    submitLabel: '템플릿 저장 · Save the template',
  };
}

function submit(
  context: PageContext,
  { input, editing, hidden }: FormSubject,
  form: URLSearchParams,
  retry: Refuse,
): PageOutcome {
  const { state, session, now } = context;
  const fields = {
    name: readField(form, 'name'),
    slug: readField(form, 'slug') || null,
    participantType: readParticipantType(form),
    roles: splitList(readField(form, 'roles')),
    tagIds: hidden.has('TAG') ? (editing?.tagIds ?? input.tagIds ?? []) : form.getAll('tag').map(Number),
    allowPartialParticipants: form.getAll('allowPartialParticipants').includes('true'),
  };
  let saved: SandboxTemplate;
  if (editing) {
    const edited = editTemplate(state, editing.id, fields, now);
    if (!edited.ok) return retry([failureMessage(edited)]);
    saved = edited.value;
  } else {
    // Creating a template is what `control.seed({ templates })` does: the same checks, the same records.
    const fixture = { ...fields, objects: splitList(readField(form, 'objects')).map((name) => ({ name })) };
    const issues = checkFixtures(state, { templates: [fixture] });
    if (issues.length)
      return retry(
        issueMessages(issues.map((issue) => ({ ...issue, path: issue.path.replace(/^templates\.0\.?/, '') }))),
      );
    const [id] = applyFixtures(state, { templates: [fixture] }, now).templateIds;
    saved = state.templates.find((template) => template.id === id) as SandboxTemplate;
  }
  recordPageSubmission(
    session,
    { action: editing ? 'template-updated' : 'template-created', contractUuids: [], templateId: saved.id },
    now,
  );
  return { type: 'redirect', location: input.successUrl ?? context.url };
}

/**
 * `GET signature-templates/form-url` (reference §3.1): create a template, or edit the one of
 * `templateId`. Prix's page takes a document and places signature fields on it; the sandbox's
 * takes the name, slug, signing order, roles (in order), text pre-input values (create only),
 * the "some participants only" option and tags, pre-filled with the minted `slug` and `tagIds`.
 * `disabledInputs: ['TAG']` hides the tags (the defaults apply) and refuses a form that posts
 * them anyway (400); `PERMISSION` hides nothing here (the sandbox has no permission settings),
 * and other names are taken as given (Prix's full list is not documented). On submit the template is saved
 * (new ones exactly as `control.seed({ templates })` adds them; edits by `editTemplate`), then
 * the page goes to `successUrl`, or shows what it saved.
 */
export const templateFormPage = formPage({
  kind: 'template-form',
  description,
  title: titleOf,
  load,
  submitted,
  hidden: hiddenInputs,
  form,
  submit,
});
