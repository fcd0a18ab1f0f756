import type { OperationParsedInput } from '@esign-kit/core';
import { type contractFormUrl, legacyContractFormUrl } from '@esign-kit/core/server';
import { registerContract } from '../domain/contractRegistration.js';
import { resolveCustomerRef } from '../domain/customers.js';
import { recordPageSubmission } from '../domain/pageSessions.js';
import type { SandboxPageSession, SandboxState } from '../state/index.js';
import { redirectAfterForm } from './completion.js';
import { contractBasicsFields, customerSelect } from './contractFields.js';
import { type FormParts, formPage, type Loaded, type Refuse } from './formPage.js';
import { failureMessage, fieldset, fromDateInput, readField, shownValue, textField } from './forms.js';
import type { FormRetry, PageContext, PageOutcome } from './pageTypes.js';
import {
  type ParticipantPrefill,
  participantRowCount,
  participantRows,
  participantTypeField,
  readParticipants,
  readParticipantType,
} from './participantFields.js';
import { html } from './render.js';

/** What the page is for, shown under its heading. */
const description = '계약서 등록/전자서명 요청 페이지 · Register a contract and request its e-signature';

const title = '계약서 등록 · Register a contract';

/** What the two contract form operations pre-fill, in one shape. */
interface ContractFormDefaults {
  readonly successUrl?: string | undefined;
  readonly customer?: { readonly id?: number | undefined; readonly customKey?: string | undefined } | undefined;
  /** `disable=customer` of the deprecated form: the given customer is linked, and cannot be changed. */
  readonly customerLocked: boolean;
  readonly title?: string | undefined;
  readonly file?: string | undefined;
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
  readonly slugColumns: readonly { readonly slug: string; readonly value: string }[];
  readonly participants: readonly ParticipantPrefill[];
}

function defaultsOf(session: SandboxPageSession): ContractFormDefaults {
  if (session.operationId === legacyContractFormUrl.id) {
    const input = session.input as OperationParsedInput<typeof legacyContractFormUrl>;
    const hasCustomer = input.customerId !== undefined || input.customerCustomKey !== undefined;
    return {
      successUrl: input.successUrl,
      customer: hasCustomer ? { id: input.customerId, customKey: input.customerCustomKey } : undefined,
      customerLocked: input.disable === 'customer',
      slugColumns: [],
      participants: [],
    };
  }
  const body = (session.input as OperationParsedInput<typeof contractFormUrl>).input;
  const contract = body?.defaultValue?.contract;
  return {
    successUrl: body?.option?.successUrl,
    customer: body?.defaultValue?.customer,
    customerLocked: false,
    title: contract?.title,
    file: contract?.file,
    startDate: contract?.startDate,
    endDate: contract?.endDate,
    slugColumns: contract?.slugColumns ?? [],
    participants: body?.defaultValue?.signature?.participants ?? [],
  };
}

function defaultCustomerId(state: SandboxState, defaults: ContractFormDefaults): number | undefined {
  if (!defaults.customer) return undefined;
  const customer = resolveCustomerRef(state, defaults.customer);
  return customer.ok ? customer.value.id : undefined;
}

function load(context: PageContext): Loaded<ContractFormDefaults> {
  return { subject: defaultsOf(context.session) };
}

function form(context: PageContext, defaults: ContractFormDefaults, retry: FormRetry | undefined): FormParts {
  const { state } = context;
  return {
    formTargets: [defaults.successUrl],
    fields: [
      fieldset('계약서 · Contract', [
        contractBasicsFields(defaults, retry),
        defaults.file ? html`<p>문서 · Document: <code>${defaults.file}</code></p>` : null,
        customerField(state, defaults, retry),
      ]),
      state.customColumns.length
        ? fieldset(
            '커스텀 컬럼 · Custom columns',
            state.customColumns.map((column) =>
              textField({
                name: `column-${column.slug}`,
                label: column.name,
                value: shownValue(
                  retry,
                  `column-${column.slug}`,
                  defaults.slugColumns.find((item) => item.slug === column.slug)?.value,
                ),
              }),
            ),
          )
        : null,
      html`<h2>전자서명 참여자 · E-signature participants</h2>
<p>참여자를 비워 두면 전자서명 없이 계약서만 등록합니다 · Leave the participants empty to register the contract without an e-signature.</p>`,
      participantTypeField(retry),
      participantRows(defaults.participants, retry),
    ],
    submitLabel: '계약서 등록 · Register the contract',
  };
}

function submit(
  context: PageContext,
  defaults: ContractFormDefaults,
  form: URLSearchParams,
  refuse: Refuse,
): PageOutcome {
  const { state, session, now } = context;
  const participants = readParticipants(form, participantRowCount(defaults.participants));
  const chosen = readField(form, 'customer');
  const customerId = defaults.customerLocked ? defaultCustomerId(state, defaults) : Number(chosen) || undefined;
  const registered = registerContract(
    state,
    {
      title: readField(form, 'title'),
      customerIds: customerId === undefined ? [] : [customerId],
      startDate: fromDateInput(readField(form, 'startDate')),
      endDate: fromDateInput(readField(form, 'endDate')),
      slugColumns: state.customColumns.map((column) => ({
        slug: column.slug,
        value: readField(form, `column-${column.slug}`),
      })),
      signature: participants.length ? { participantType: readParticipantType(form), participants } : undefined,
    },
    now,
  );
  if (!registered.ok) return refuse([failureMessage(registered)], registered.status);
  const contract = registered.value;
  recordPageSubmission(session, { action: 'contract-registered', contractUuids: [contract.uuid] }, now);
  return redirectAfterForm(context, defaults.successUrl, contract.uuid);
}

/**
 * `POST contracts/form-url` (reference §2.1) and the deprecated `GET contracts/form-url` (§2.13):
 * register a contract and, when participants are entered, request its e-signature. Pre-filled
 * from the minted input (customer, title, period, custom columns, participants). On submit the
 * contract is registered (`registerContract`), then the page goes to `successUrl`, or to the new
 * contract's detail page (§2.13's documented default). Prix's page also takes the document
 * (upload, signature positions); the sandbox only shows a pre-filled `file` URL and keeps its own
 * placeholder PDF.
 */
export const contractFormPage = formPage({
  kind: 'contract-form',
  description,
  title: () => title,
  load,
  form,
  submit,
});

function customerField(state: SandboxState, defaults: ContractFormDefaults, retry: FormRetry | undefined) {
  const id = defaultCustomerId(state, defaults);
  if (defaults.customerLocked) {
    const customer = state.customers.find((candidate) => candidate.id === id);
    return html`<p>고객 · Customer: ${customer?.title ?? '-'} (변경할 수 없습니다 · fixed)</p>`;
  }
  return customerSelect(state, id, retry);
}
