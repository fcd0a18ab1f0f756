import type { OperationParsedInput } from '@esign-kit/core';
import type { templateFormUrl } from '@esign-kit/core/server';
import { checkFixtures } from '../control/checkFixtures.js';
import { applyFixtures } from '../control/fixtures.js';
import { pageDescriptions, recordPageSubmission } from '../domain/pageSessions.js';
import { editTemplate } from '../domain/templateEdits.js';
import { findTemplate } from '../domain/templates.js';
import type { SandboxTemplate } from '../model.js';
import { missingView } from './contractFacts.js';
import {
  checkboxField,
  errorSummary,
  failureMessage,
  fieldset,
  issueMessages,
  pageForm,
  readField,
  selectField,
  shownChecked,
  shownValue,
  statusNote,
  submitButton,
  textField,
} from './forms.js';
import { participantTypeLabels } from './labels.js';
import type { FormRetry, HostedPage, PageContext, PageOutcome } from './pageTypes.js';
import { html } from './render.js';

const hiddenInputMessage = (name: string) =>
  `${name}: 이 페이지에서 숨긴 입력입니다 · This input is hidden on this page (disabledInputs).`;

type FormInput = OperationParsedInput<typeof templateFormUrl>;

const titles = { create: '템플릿 등록 · Create a template', edit: '템플릿 편집 · Edit a template' };

function setup(context: PageContext) {
  const input = context.session.input as FormInput;
  const editing = input.templateId === undefined ? undefined : findTemplate(context.state, input.templateId);
  // Only `TAG` has something to hide here; the sandbox has no permission settings (`PERMISSION`).
  const hidden = new Set(input.disabledInputs ?? []);
  return { input, editing, hidden, title: input.templateId === undefined ? titles.create : titles.edit };
}

const splitList = (value: string) =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

function render(context: PageContext, retry?: FormRetry): PageOutcome {
  const { state, session } = context;
  const { input, editing, hidden, title } = setup(context);
  if (input.templateId !== undefined && !editing)
    return missingView('템플릿이 없습니다 · The template no longer exists.');
  const done = session.submissions.at(-1);
  if (done) {
    const saved = state.templates.find((template) => template.id === done.templateId);
    return {
      type: 'view',
      title,
      body: statusNote(
        html`<p>템플릿을 저장했습니다 · The template was saved: ${saved?.name ?? '-'} (id ${done.templateId ?? '-'})</p>`,
      ),
    };
  }
  const tagIds = editing?.tagIds ?? input.tagIds ?? [];
  return {
    type: 'view',
    status: retry?.status,
    title,
    description: pageDescriptions['template-form'],
    formTargets: [input.successUrl],
    body: html`${errorSummary(retry?.errors)}
${pageForm(
  context,
  [
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
    selectField({
      name: 'participantType',
      label: '서명 순서 · Signing order',
      value: shownValue(retry, 'participantType', editing?.participantType ?? 'ORDER'),
      options: (['ORDER', 'TOGETHER'] as const).map((value) => ({ value, label: participantTypeLabels[value] })),
    }),
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
    submitButton('템플릿 저장 · Save the template'),
  ],
  title,
)}`,
  };
}

function submit(context: PageContext, form: URLSearchParams): PageOutcome {
  const { state, session, now } = context;
  const { input, editing, hidden, title } = setup(context);
  if (session.submissions.length) {
    return {
      type: 'view',
      status: 409,
      title,
      body: html`<div role="alert"><p>이미 제출된 페이지입니다 · This page was already submitted.</p></div>`,
    };
  }
  if (input.templateId !== undefined && !editing)
    return missingView('템플릿이 없습니다 · The template no longer exists.');
  const retry = (errors: string[]) => render(context, { values: form, errors, status: 400 });
  // A hidden input posted anyway was not typed on this page: refused, not silently dropped.
  if (hidden.has('TAG') && form.has('tag')) return retry([hiddenInputMessage('TAG')]);
  const fields = {
    name: readField(form, 'name'),
    slug: readField(form, 'slug') || null,
    participantType: readField(form, 'participantType') === 'TOGETHER' ? ('TOGETHER' as const) : ('ORDER' as const),
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
export const templateFormPage: HostedPage = { render, submit };
