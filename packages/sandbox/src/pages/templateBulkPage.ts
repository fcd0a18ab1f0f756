import type { OperationParsedInput } from '@esign-kit/core';
import { type bulkContractUrl, createSignatureFromTemplate, validateInput } from '@esign-kit/core/server';
import { requestSignatureFromTemplate } from '../domain/createSignature.js';
import { resolveCustomerRef } from '../domain/customers.js';
import type { Failure } from '../domain/outcome.js';
import { recordPageSubmission } from '../domain/pageSessions.js';
import { findTemplate } from '../domain/templates.js';
import type { SandboxPageSubmission, SandboxState } from '../state/index.js';
import type { SandboxTemplate } from '../state/model.js';
import { prixError } from '../vendorErrors.js';
import { missingView } from './contractFacts.js';
import { customerSelect } from './contractFields.js';
import { dataTable } from './dataTable.js';
import { type FormParts, formPage, formView, type Loaded, type Refuse } from './formPage.js';
import { checkboxField, issueMessages, readField, shownChecked, statusNote } from './forms.js';
import { channelLabels } from './labels.js';
import type { FormRetry, PageContext, PageOutcome, PageView } from './pageTypes.js';
import { type Html, html } from './render.js';

/** What the page is for, shown under its heading. */
const description = '전자서명 템플릿 대량계약 페이지 · Bulk contracts from a template';

type BulkInput = OperationParsedInput<typeof bulkContractUrl>;
type BulkRow = NonNullable<BulkInput['input']['items']>[number];

const title = '대량계약 · Bulk contracts';

interface BulkSubject {
  readonly input: BulkInput;
  readonly template: SandboxTemplate;
  readonly rows: readonly BulkRow[];
  readonly hidden: ReadonlySet<string>;
}

function load(context: PageContext): Loaded<BulkSubject> {
  const input = context.session.input as BulkInput;
  const template = findTemplate(context.state, input.templateKey);
  if (!template) return { gone: missingView('템플릿이 없습니다 · The template no longer exists.') };
  const hidden = new Set(input.input.options?.disabledInputs ?? []);
  return { subject: { input, template, rows: input.input.items ?? [], hidden } };
}

/**
 * The page's customer input: the batch's customer, pre-set to the minted default. Hidden by
 * `disabledInputs: ['CUSTOMER']`, a name Prix does not document (its list is not published:
 * the sandbox's reading, so apps can scope the page to their user's customers).
 */
const customerInput = 'CUSTOMER';

/** The minted default customer reference (new field first, then the deprecated ones). */
function defaultCustomerRef(input: BulkInput): { id?: number | undefined; customKey?: string | undefined } | undefined {
  const body = input.input;
  return (
    body.defaultValue?.customer ??
    (body.customerId !== undefined || body.customerCustomKey !== undefined
      ? { id: body.customerId, customKey: body.customerCustomKey }
      : undefined)
  );
}

function defaultCustomerId(state: SandboxState, input: BulkInput): string {
  const reference = defaultCustomerRef(input);
  const customer = reference ? resolveCustomerRef(state, reference) : undefined;
  return customer?.ok ? String(customer.value.id) : '';
}

/** The rows in a table: each with its send checkbox before the submission, its result after it. */
function rowsTable(
  context: PageContext,
  { template, rows }: BulkSubject,
  retry: FormRetry | undefined,
  done: SandboxPageSubmission | undefined,
): Html {
  const role = template.participants[0]?.role ?? '';
  return dataTable(
    `${template.name} · ${role}`,
    [
      '보내기 · Send',
      '제목 · Title',
      '참여자 · Participant',
      '연락처 · Contact',
      '사전 입력값 · Pre-input values',
      '결과 · Result',
    ],
    rows.map((row, index) => [
      done
        ? '-'
        : checkboxField({
            name: 'row',
            value: String(index),
            label: `${index + 1}행 보내기 · Send row ${index + 1}`,
            checked: shownChecked(retry, 'row', true, String(index)),
          }),
      row.title,
      row.participant.name,
      `${channelLabels[row.participant.send]}: ${(row.participant.send === 'EMAIL' ? row.participant.email : row.participant.phone) ?? '-'}`,
      row.items.map((item) => `${objectName(template, item.id)}: ${item.contents}`).join(', ') || '-',
      done ? rowResult(context.state, done, index) : '-',
    ]),
  );
}

function intro({ input, template }: BulkSubject): Html {
  const requester = input.input.defaultValue?.signature?.requesterName;
  return html`<h2>${template.name}</h2>
${requester ? html`<p>요청자 · Requested by: ${requester}</p>` : null}
`;
}

const noRows = html`<p>보낼 행이 없습니다 · No rows to send: the page shows the rows of <code>input.items</code>.</p>`;

/** After the submission: how each row went, without a form. */
function submitted(context: PageContext, subject: BulkSubject, done: SandboxPageSubmission, title: string) {
  return formView(description, title, undefined, {
    intro: intro(subject),
    body: html`${statusNote(html`<p>보냈습니다 · Sent: ${done.contractUuids.length}건 · contract(s), 실패 · failed: ${done.failures?.length ?? 0}</p>`)}
${subject.rows.length === 0 ? noRows : rowsTable(context, subject, undefined, done)}`,
  });
}

function form(context: PageContext, subject: BulkSubject, retry: FormRetry | undefined): FormParts | PageView {
  if (subject.rows.length === 0) return formView(description, title, retry, { intro: intro(subject), body: noRows });
  return {
    intro: intro(subject),
    fields: [
      subject.hidden.has(customerInput)
        ? null
        : customerSelect(context.state, defaultCustomerId(context.state, subject.input), retry),
      rowsTable(context, subject, retry, undefined),
    ],
    submitLabel: '선택한 행 보내기 · Send the selected rows',
  };
}

function objectName(template: SandboxTemplate, id: number): string {
  return template.objects.find((object) => object.id === id)?.name ?? String(id);
}

function rowResult(state: SandboxState, submission: SandboxPageSubmission, row: number): Html | string {
  const failure = submission.failures?.find((entry) => entry.row === row);
  if (failure)
    return html`<span data-row-result="failed">실패 · Failed: ${failure.message} (${failure.errorCode})</span>`;
  const uuid = submission.sentRows?.[row];
  const contract = uuid ? state.contracts.find((candidate) => candidate.uuid === uuid) : undefined;
  return contract ? html`<span data-row-result="sent" data-contract="${contract.uuid}">보냄 · Sent</span>` : '-';
}

/**
 * The create-signature body (reference §3.4) for one bulk row. `chosen` is the customer picked
 * on the page (`''` for none); `undefined` when the input is hidden: the minted default applies.
 */
function rowBody(
  state: SandboxState,
  template: SandboxTemplate,
  input: BulkInput,
  row: BulkRow,
  chosen: string | undefined,
): unknown | Failure {
  const body = input.input;
  const customers: { id: number }[] = [];
  const reference =
    chosen === undefined ? defaultCustomerRef(input) : chosen === '' ? undefined : { id: Number(chosen) };
  if (reference) {
    const customer = resolveCustomerRef(state, reference);
    if (!customer.ok) return customer;
    customers.push({ id: customer.value.id });
  }
  if (row.customerTitle !== undefined) {
    // "Customer name to link to that signature": an existing customer with that title.
    const customer = state.customers.find((candidate) => candidate.title === row.customerTitle);
    if (!customer) return prixError('NOT_FOUND_CUSTOMER');
    customers.push({ id: customer.id });
  }
  const { participant } = row;
  return {
    title: row.title,
    participants: [
      {
        role: template.participants[0]?.role,
        input: {
          name: participant.name,
          email: participant.email,
          phone: participant.phone,
          send: participant.send,
          auth: participant.send,
          // In the bulk body the mobile check has only the phone; the participant's name is the legal name (§3.5).
          extraAuthList: participant.extraAuthList?.map((auth) =>
            auth.type === 'MOBILE_IDENTIFICATION' ? { ...auth, phoneName: participant.name } : auth,
          ),
        },
      },
    ],
    items: row.items,
    contract: {
      customKey: row.customKey,
      customers: customers.length ? customers : undefined,
      slugColumns: body.defaultValue?.contract?.slugColumns,
    },
    signature: body.defaultValue?.signature?.requesterName
      ? { requesterName: body.defaultValue.signature.requesterName }
      : undefined,
  };
}

function submit(
  context: PageContext,
  { input, template, rows }: BulkSubject,
  form: URLSearchParams,
  refuse: Refuse,
): PageOutcome {
  const { state, session, now } = context;
  // Not posted (a hidden or older form): the minted default applies.
  const chosen = form.has('customer') ? readField(form, 'customer') : undefined;
  if (chosen && !/^\d+$/.test(chosen)) return refuse(['고객을 다시 고르세요 · Pick the customer again.']);
  const selected = [...new Set(form.getAll('row').map(Number))]
    .filter((index) => rows[index] !== undefined)
    .sort((a, b) => a - b);
  if (!selected.length) return refuse(['보낼 행을 하나 이상 고르세요 · Select at least one row.']);
  const sentRows: Record<number, string> = {};
  const failures: { row: number; errorCode: string; message: string }[] = [];
  for (const index of selected) {
    const body = rowBody(state, template, input, rows[index] as BulkRow, chosen);
    if (isFailure(body)) {
      failures.push({ row: index, errorCode: body.errorCode, message: body.message });
      continue;
    }
    const checked = validateInput(createSignatureFromTemplate, { templateKey: template.id, input: body });
    if (!checked.ok) {
      failures.push({
        row: index,
        errorCode: 'SANDBOX_INVALID_REQUEST',
        message: issueMessages(checked.issues).join('; '),
      });
      continue;
    }
    const parsed = (checked.value as OperationParsedInput<typeof createSignatureFromTemplate>).input;
    const created = requestSignatureFromTemplate(state, template.id, parsed, now);
    if (created.ok) sentRows[index] = created.value.uuid;
    else failures.push({ row: index, errorCode: created.errorCode, message: created.message });
  }
  recordPageSubmission(
    session,
    { action: 'bulk-sent', contractUuids: Object.values(sentRows), sentRows, failures },
    now,
  );
  // The bulk operation takes no `successUrl` (reference §3.5): the page shows how each row went.
  return { type: 'redirect', location: context.url };
}

function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as Failure).ok === false;
}

/**
 * `POST signature-templates/[key]/bulk-url` (reference §3.5): the rows of `input.items` (one
 * contract and one signer each) in a table, with the template's single role; the user picks rows
 * and sends them. Each selected row becomes the request `templates.createSignature` would make
 * (same validation, `requestSignatureFromTemplate`), with the page's default customer, custom
 * columns and requester name; rows are sent one by one, and a refused row is reported without
 * stopping the others (how Prix treats a failing row is not documented). Afterwards the table
 * shows each row's result. Rows cannot be added on the page (Prix's page presumably allows it).
 *
 * The batch's customer can be changed on the page (any customer of the business, as on Prix's
 * pages), unless `input.options.disabledInputs` has `CUSTOMER` (the sandbox's name: Prix does not
 * publish its list): then it is not shown, the minted default applies, and a form that posts one
 * anyway is refused (400). `REQUESTER_EMAIL` (Prix's documented example) hides nothing here: the
 * sandbox's page has no requester e-mail.
 */
export const templateBulkPage = formPage({
  kind: 'template-bulk',
  description,
  title: () => title,
  load,
  submitted,
  // A posted customer while `CUSTOMER` is hidden was not typed on this page.
  hidden: ({ hidden }) => (hidden.has(customerInput) ? [{ name: customerInput, field: 'customer' }] : []),
  form,
  submit,
});
