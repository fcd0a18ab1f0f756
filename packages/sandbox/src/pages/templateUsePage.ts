import type { OperationParsedInput } from '@esign-kit/core';
import { createSignatureFromTemplate, type templateUseUrl, validateInput } from '@esign-kit/core/server';
import { requestSignatureFromTemplate } from '../domain/createSignature.js';
import { recordPageSubmission } from '../domain/pageSessions.js';
import type { TemplateRequestBody } from '../domain/templateRequest.js';
import { findTemplate } from '../domain/templates.js';
import type { SandboxTemplate, SandboxTemplateObject } from '../state/model.js';
import { redirectAfterForm } from './completion.js';
import { missingView } from './contractFacts.js';
import { contractBasicsFields, customerSelect } from './contractFields.js';
import { type FormParts, formPage, type Loaded, type Refuse } from './formPage.js';
import {
  checkboxField,
  failureMessage,
  fieldset,
  fromDateInput,
  issueMessages,
  readField,
  shownChecked,
  shownValue,
  textField,
} from './forms.js';
import { participantTypeLabels } from './labels.js';
import type { FormRetry, PageContext, PageOutcome } from './pageTypes.js';
import { type ParticipantPrefill, participantFields } from './participantFields.js';
import { html } from './render.js';

/** What the page is for, shown under its heading. */
const description = '전자서명 템플릿 사용 페이지 · Use a template';

type UseInput = OperationParsedInput<typeof templateUseUrl>;
type RolePrefill = NonNullable<
  NonNullable<NonNullable<NonNullable<UseInput['input']>['defaultValue']>['signature']>['participants']
>[number];

const title = '템플릿으로 서명 요청 · Use a template';

/**
 * The defaults of each role, in the template's order. A default naming a role goes to it; one
 * without a role goes to the first role not given one yet (the reference shows `role` in the
 * example without saying it is required).
 */
function roleDefaults(template: SandboxTemplate, defaults: readonly RolePrefill[]): (RolePrefill | undefined)[] {
  const byRole: (RolePrefill | undefined)[] = template.participants.map(({ role }) =>
    defaults.find((entry) => entry.role === role),
  );
  for (const entry of defaults.filter((candidate) => candidate.role === undefined)) {
    const free = byRole.indexOf(undefined);
    if (free >= 0) byRole[free] = entry;
  }
  return byRole;
}

/** Input objects the requester fills (`DEFAULT`), except signatures: those are drawn by participants. */
function requesterObjects(template: SandboxTemplate): SandboxTemplateObject[] {
  return template.objects.filter((object) => object.category === 'DEFAULT' && object.type !== 'SIGNATURE');
}

interface UseSubject {
  readonly input: UseInput;
  readonly template: SandboxTemplate;
}

function load(context: PageContext): Loaded<UseSubject> {
  const input = context.session.input as UseInput;
  const template = findTemplate(context.state, input.templateKey);
  return template
    ? { subject: { input, template } }
    : { gone: missingView('템플릿이 없습니다 · The template no longer exists.') };
}

function form(context: PageContext, { input, template }: UseSubject, retry: FormRetry | undefined): FormParts {
  const { state } = context;
  const defaults = input.input?.defaultValue;
  const contract = defaults?.contract;
  const roles = roleDefaults(template, defaults?.signature?.participants ?? []);
  return {
    formTargets: [input.input?.option?.successUrl],
    intro: html`<h2>${template.name}</h2>
<p>서명 순서 · Signing order: ${participantTypeLabels[template.participantType]}${template.allowPartialParticipants ? ' · 일부 참여자에게 요청 가능 · some roles may be left empty' : ''}</p>
`,
    fields: [
      fieldset('계약서 · Contract', [
        contractBasicsFields({ ...contract, title: contract?.title ?? template.name }, retry),
        customerSelect(state, defaults?.customer?.id, retry),
      ]),
      requesterObjects(template).length
        ? fieldset(
            '사전 입력값 · Pre-input values',
            requesterObjects(template).map((object) =>
              object.type === 'CHECKBOX'
                ? checkboxField({
                    name: `item-${object.id}`,
                    label: object.name,
                    checked: shownChecked(retry, `item-${object.id}`, false),
                  })
                : textField({
                    name: `item-${object.id}`,
                    label: object.name,
                    required: object.required,
                    value: shownValue(retry, `item-${object.id}`, ''),
                    hint: object.description || undefined,
                  }),
            ),
          )
        : null,
      template.participants.map(({ role, order }, index) =>
        participantFields(
          `role-${index}`,
          `${role} · 순서 ${order} · order ${order}`,
          roles[index] as ParticipantPrefill | undefined,
          retry,
          { message: false },
        ),
      ),
    ],
    submitLabel: '서명 요청 · Request signatures',
  };
}

/** The create-signature body (reference §3.4) the form stands for. */
function requestBody(template: SandboxTemplate, input: UseInput, form: URLSearchParams): TemplateRequestBody {
  const roles = roleDefaults(template, input.input?.defaultValue?.signature?.participants ?? []);
  const participants = template.participants.flatMap(({ role }, index) => {
    const read = (field: string) => readField(form, `role-${index}-${field}`) || undefined;
    const [name, email, phone] = [read('name'), read('email'), read('phone')];
    // A role left empty is simply not requested; Prix decides whether that is allowed.
    if (!name && !email && !phone) return [];
    const send = read('send') === 'PHONE' ? 'PHONE' : 'EMAIL';
    // Extra authentication cannot be entered on the page; the minted defaults carry it over.
    const extraAuthList = roles[index]?.extraAuthList;
    return [
      {
        role,
        input: { name: name ?? '', email, phone, send, auth: send, ...(extraAuthList ? { extraAuthList } : {}) },
      },
    ];
  });
  const startDate = fromDateInput(readField(form, 'startDate'));
  const endDate = fromDateInput(readField(form, 'endDate'));
  const customer = Number(readField(form, 'customer')) || undefined;
  return {
    title: readField(form, 'title'),
    participants,
    items: requesterObjects(template).map((object) => ({
      id: object.id,
      contents:
        object.type === 'CHECKBOX'
          ? form.getAll(`item-${object.id}`).includes('true')
            ? 'true'
            : ''
          : readField(form, `item-${object.id}`),
    })),
    contract: {
      ...(startDate || endDate ? { contractDate: { startDate: startDate ?? null, endDate: endDate ?? null } } : {}),
      ...(customer ? { customers: [{ id: customer }] } : {}),
    },
  } as TemplateRequestBody;
}

function submit(
  context: PageContext,
  { input, template }: UseSubject,
  form: URLSearchParams,
  retry: Refuse,
): PageOutcome {
  const { state, session, now } = context;
  // The same check the API applies to `POST signature-templates/{key}/signatures`, then the same domain function.
  const checked = validateInput(createSignatureFromTemplate, {
    templateKey: template.id,
    input: requestBody(template, input, form),
  });
  if (!checked.ok) return retry(issueMessages(checked.issues), 400);
  const body = (checked.value as OperationParsedInput<typeof createSignatureFromTemplate>).input;
  const created = requestSignatureFromTemplate(state, template.id, body, now);
  if (!created.ok) return retry([failureMessage(created)], created.status);
  recordPageSubmission(session, { action: 'signature-requested', contractUuids: [created.value.uuid] }, now);
  return redirectAfterForm(context, input.input?.option?.successUrl, created.value.uuid);
}

/**
 * `POST signature-templates/[key]/use-template-url` (reference §3.7): create a contract from the
 * template and request its e-signature. The form is pre-filled from the minted `defaultValue`
 * (title, period, customer, each role's participant and extra authentication) and asks for the
 * template's pre-input values. On submit it makes the request `templates.createSignature` would
 * (same validation, `requestSignatureFromTemplate`), then goes to `successUrl`, or to the new
 * contract's detail page when there is none (not documented: the sandbox's choice).
 */
export const templateUsePage = formPage({ kind: 'template-use', description, title: () => title, load, form, submit });
