import type { OperationParsedInput } from '@esign-kit/core';
import { contractDetailUrl, type contractListUrl, type listContracts } from '@esign-kit/core/server';
import { queryContracts } from '../domain/contractQuery.js';
import { findContractByUuid } from '../domain/contracts.js';
import { linkedCustomers, resolveCustomerRef } from '../domain/customers.js';
import { openPageSession } from '../domain/pageSessions.js';
import { missingView } from './contractFacts.js';
import { dataTable } from './dataTable.js';
import { pageForm, readField, submitButton } from './forms.js';
import { contractStatusLabels, shortDate, signatureStatusLabels } from './labels.js';
import { hostedPage, type PageContext } from './pageTypes.js';
import { html } from './render.js';

/** What the page is for, shown under its heading. */
const description = '계약서/전자서명 목록 페이지 · Contract list';

type ListInput = OperationParsedInput<typeof contractListUrl>;

/** How many contracts the page shows (the list endpoint's largest page). */
const shown = 100;

/**
 * `GET contracts/url` (reference §2.5): the contracts of one customer (`customerId` /
 * `customerCustomKey`), of no customer (`hasNoCustomer`), or all, newest first, read live.
 * Each row's button opens that contract's detail page, as a list links to its items: the sandbox
 * mints a detail-page URL then (as `contracts.detailUrl` would) and redirects there.
 */
export const contractListPage = hostedPage({
  kind: 'contract-list',
  description,
  render(context) {
    const { state, now } = context;
    const input = context.session.input as ListInput;
    const filter = customerFilter(context, input);
    if (!filter.ok) return missingView('고객이 없습니다 · The customer no longer exists.');
    const { total, page } = queryContracts(state, { ...filter.value, limit: shown, offset: 0 }, now);
    const rows = page.map((contract) => [
      contract.title,
      html`<span data-contract-status="${contract.status}">${contractStatusLabels[contract.status]}</span>`,
      contract.signature ? signatureStatusLabels[contract.signature.status] : '-',
      linkedCustomers(state, contract.customerIds)
        .map((customer) => customer.title)
        .join(', ') || '-',
      shortDate(contract.createdAt),
      submitButton(`상세 보기 · View details: ${contract.title}`, { name: 'contract', value: contract.uuid }),
    ]);
    return {
      type: 'view',
      title: '계약서 목록 · Contracts',
      description,
      body: html`<p>${filter.label} · 총 ${total}건 · ${total} contract(s)${total > shown ? ` (최근 ${shown}건 · latest ${shown})` : ''}</p>
${
  rows.length
    ? pageForm(
        context,
        dataTable(
          '계약서 · Contracts',
          [
            '제목 · Title',
            '계약 상태 · Status',
            '전자서명 · E-signature',
            '고객 · Customers',
            '등록일 · Registered',
            '열기 · Open',
          ],
          rows,
        ),
        '계약서 목록 · Contract list',
      )
    : html`<p>계약서가 없습니다 · No contracts.</p>`
}`,
    };
  },

  submit(context, form) {
    const contract = findContractByUuid(context.state, readField(form, 'contract'));
    if (!contract) return missingView('계약서가 없습니다 · No such contract.');
    const url = openPageSession(context.state, {
      kind: 'contract-detail',
      operationId: contractDetailUrl.id,
      input: { contractUuid: contract.uuid },
      origin: context.origin,
      now: context.now,
    });
    return { type: 'redirect', location: url };
  },
});

type ListFilter = Pick<OperationParsedInput<typeof listContracts>, 'customerIds' | 'hasNoCustomer'>;

function customerFilter(
  context: PageContext,
  input: ListInput,
): { ok: true; value: ListFilter; label: string } | { ok: false } {
  if (input.customerId === undefined && input.customerCustomKey === undefined) {
    return input.hasNoCustomer
      ? { ok: true, value: { hasNoCustomer: true }, label: '고객 없는 계약서 · Without a customer' }
      : { ok: true, value: {}, label: '전체 · All contracts' };
  }
  const customer = resolveCustomerRef(context.state, { id: input.customerId, customKey: input.customerCustomKey });
  if (!customer.ok) return { ok: false };
  // Both filters together match nothing, as they would in the list endpoint.
  return {
    ok: true,
    value: { customerIds: [customer.value.id], ...(input.hasNoCustomer ? { hasNoCustomer: true as const } : {}) },
    label: `고객 · Customer: ${customer.value.title}`,
  };
}
