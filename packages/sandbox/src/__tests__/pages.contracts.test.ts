// @vitest-environment jsdom
import {
  contractDetailUrl,
  contractFormUrl,
  contractListUrl,
  contractSignatureUrl,
  findContract,
  legacyContractFormUrl,
} from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { exampleInputs, examplesNow } from './examples.js';
import { request } from './helpers.js';
import { alertText, mintPage, openPage, redirectOf, refusedPage, submitForm } from './pageHarness.js';

const { mou, unsigned, concluded, customers } = seedIds;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ now: () => examplesNow });
});

const value = (page: { document: Document }, name: string) =>
  page.document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value;
const statuses = (page: { document: Document }) =>
  Array.from(page.document.querySelectorAll('[data-participant]'), (cell) => [
    cell.getAttribute('data-participant'),
    cell.getAttribute('data-status'),
  ]);

describe('contract detail page', () => {
  it("shows the contract's status, its e-signature and each participant's status, live", async () => {
    const url = await mintPage(sandbox, contractDetailUrl, { contractUuid: mou.contractUuid });

    const before = await openPage(sandbox, url);
    sandbox.control.advanceParticipant(mou.emailParticipantUuid, 'sign');
    const after = await openPage(sandbox, url);

    expect(before.document.querySelector('h1')?.textContent).toBe('A컴퍼니 MOU');
    expect(before.document.querySelector('[data-contract-status]')?.getAttribute('data-contract-status')).toBe(
      'CREATED',
    );
    expect(before.document.querySelector('[data-signature-status]')?.getAttribute('data-signature-status')).toBe(
      'WAITING',
    );
    expect(before.document.body.textContent).toContain('파트너 고객사');
    expect(statuses(before)).toEqual([
      [mou.emailParticipantUuid, 'WAITING'],
      [mou.phoneParticipantUuid, 'CREATED'],
    ]);
    expect(statuses(after)).toEqual([
      [mou.emailParticipantUuid, 'DONE'],
      [mou.phoneParticipantUuid, 'WAITING'],
    ]);
    expect(after.document.querySelector('form')).toBeNull();
  });

  it('says when there is no e-signature, and answers 404 once the contract is gone', async () => {
    const url = await mintPage(sandbox, contractDetailUrl, { contractUuid: unsigned.contractUuid });

    const page = await openPage(sandbox, url);
    sandbox.state.contracts.splice(
      sandbox.state.contracts.findIndex((contract) => contract.uuid === unsigned.contractUuid),
      1,
    );
    const gone = await openPage(sandbox, url);

    expect(page.document.body.textContent).toContain('No e-signature has been requested.');
    expect(page.document.querySelector('table')).toBeNull();
    expect(gone.response.status).toBe(404);
  });
});

describe('contract list page', () => {
  it("lists the customer's contracts, newest first, live", async () => {
    const page = await openPage(sandbox, await mintPage(sandbox, contractListUrl, { customerId: customers.partner }));
    const all = await openPage(sandbox, await mintPage(sandbox, contractListUrl, {}));
    const none = await openPage(sandbox, await mintPage(sandbox, contractListUrl, { hasNoCustomer: true }));

    const titles = (list: typeof page) =>
      Array.from(list.document.querySelectorAll('tbody tr td:first-child'), (cell) => cell.textContent);
    const partnerContracts = sandbox.state.contracts
      .filter((contract) => contract.customerIds.includes(customers.partner) && contract.status !== 'DELETED')
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((contract) => contract.title);
    expect(titles(page)).toEqual(partnerContracts);
    expect(page.document.body.textContent).toContain(
      `고객 · Customer: 파트너 고객사 · 총 ${partnerContracts.length}건`,
    );
    expect(titles(all).length).toBe(sandbox.state.contracts.filter((contract) => contract.status !== 'DELETED').length);
    expect(titles(none)).toEqual(
      sandbox.state.contracts
        .filter((contract) => contract.customerIds.length === 0 && contract.status !== 'DELETED')
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((contract) => contract.title),
    );
  });

  it("opens a contract's detail page from its row", async () => {
    const page = await openPage(sandbox, await mintPage(sandbox, contractListUrl, { customerId: customers.partner }));

    const location = await redirectOf(await submitForm(sandbox, page, { button: 'A컴퍼니 MOU' }));

    expect(location).toMatch(/^http:\/\/sandbox\.test\/pages\/contract-detail\//);
    expect(sandbox.state.pageSessions.get(location.split('/').at(-1) as string)).toMatchObject({
      operationId: 'contracts.detailUrl',
      input: { contractUuid: mou.contractUuid },
    });
    expect((await openPage(sandbox, location)).document.querySelector('h1')?.textContent).toBe('A컴퍼니 MOU');
  });
});

describe('contract form page', () => {
  it('is pre-filled from defaultValue and registers the contract with its e-signature, then goes to successUrl', async () => {
    const page = await openPage(sandbox, await mintPage(sandbox, contractFormUrl, exampleInputs['contracts.formUrl']));
    expect(value(page, 'title')).toBe('솔루션 공급 계약서');
    expect(value(page, 'startDate')).toBe('2025-06-01');
    expect(value(page, 'customer')).toBe(String(customers.partner));
    expect(value(page, 'column-slug-column-1')).toBe('slug-column-value');
    expect(value(page, 'participant-0-name')).toBe('홍길동');
    expect(value(page, 'participant-0-message')).toBe('서명 부탁드립니다.');
    expect(value(page, 'participant-1-name')).toBe('');

    const location = await redirectOf(
      await submitForm(sandbox, page, {
        changes: {
          'participant-1-name': '성춘향',
          'participant-1-send': 'PHONE',
          'participant-1-phone': '010-5555-6666',
        },
      }),
    );

    expect(location).toBe('https://example.com/contracts/done');
    const created = sandbox.state.contracts.at(-1);
    const { contract } = await request(sandbox, findContract, { uuid: created?.uuid as string });
    expect(contract).toMatchObject({
      title: '솔루션 공급 계약서',
      status: 'CREATED',
      customers: [{ id: customers.partner }],
      contractDate: { startDate: '2025-06-01T00:00:00.000Z', endDate: null },
      signature: { status: 'WAITING' },
    });
    expect(created?.columnItems).toEqual([{ slug: 'slug-column-1', name: '관리 번호', value: 'slug-column-value' }]);
    expect(contract.signature?.participants.map(({ name, status, send }) => [name, status, send])).toEqual([
      ['홍길동', 'WAITING', 'EMAIL'],
      ['성춘향', 'CREATED', 'PHONE'],
    ]);
    expect(created?.signature?.participants[0]?.message).toBe('서명 부탁드립니다.');
    expect(sandbox.state.notifications.at(-1)).toMatchObject({ reason: 'REQUEST', sendAddress: 'gildong@prix.im' });
  });

  it('registers a contract without an e-signature when no participant is entered, then opens its detail page', async () => {
    const page = await openPage(sandbox, await mintPage(sandbox, contractFormUrl, {}));

    const location = await redirectOf(await submitForm(sandbox, page, { changes: { title: '서명 없는 계약서' } }));

    expect(sandbox.state.contracts.at(-1)).toMatchObject({
      title: '서명 없는 계약서',
      signature: null,
      customerIds: [],
    });
    expect(location).toMatch(/\/pages\/contract-detail\//);
    expect((await openPage(sandbox, location)).document.body.textContent).toContain(
      'No e-signature has been requested.',
    );
  });

  it('links the fixed customer of the deprecated form and goes to its successUrl', async () => {
    const page = await openPage(
      sandbox,
      await mintPage(sandbox, legacyContractFormUrl, exampleInputs['contracts.formUrlLegacy']),
    );
    expect(page.document.querySelector('[name=customer]')).toBeNull();
    expect(page.document.body.textContent).toContain('고객 · Customer: 서울물류㈜ (변경할 수 없습니다 · fixed)');

    const location = await redirectOf(await submitForm(sandbox, page, { changes: { title: '물류 위탁 계약' } }));

    expect(location).toBe('https://example.com/done');
    expect(sandbox.state.contracts.at(-1)?.customerIds).toEqual([customers.seoulLogistics]);
  });

  it('shows the form again for a participant without an address, and is used once', async () => {
    const page = await openPage(sandbox, await mintPage(sandbox, contractFormUrl, {}));
    const count = sandbox.state.contracts.length;

    const refused = await refusedPage(
      await submitForm(sandbox, page, { changes: { title: '계약', 'participant-0-name': '주소 없음' } }),
      page.url,
    );
    expect(refused.response.status).toBe(400);
    expect(alertText(refused)).toContain('주소 없음 참여자의 발송 수단(EMAIL)에 해당하는 연락처가 없습니다');
    expect(value(refused, 'participant-0-name')).toBe('주소 없음');
    expect(sandbox.state.contracts).toHaveLength(count);

    // The same document: the name typed before is still in the field until cleared.
    await redirectOf(await submitForm(sandbox, page, { changes: { 'participant-0-name': '' } }));
    expect((await submitForm(sandbox, page)).status).toBe(409);
    expect(sandbox.state.contracts).toHaveLength(count + 1);
  });
});

describe('signature request page', () => {
  it('requests an e-signature on a registered contract, then opens its detail page', async () => {
    const page = await openPage(
      sandbox,
      await mintPage(sandbox, contractSignatureUrl, { contractUuid: unsigned.contractUuid }),
    );
    expect(page.document.querySelectorAll('fieldset')).toHaveLength(2);

    const location = await redirectOf(
      await submitForm(sandbox, page, {
        changes: {
          participantType: 'TOGETHER',
          expiredDate: '2025-06-30',
          'participant-0-name': '갑돌이',
          'participant-0-email': 'gap@x.example',
          'participant-1-name': '을순이',
          'participant-1-email': 'eul@x.example',
        },
      }),
    );

    const contract = sandbox.state.contracts.find((candidate) => candidate.uuid === unsigned.contractUuid);
    expect(contract?.signature).toMatchObject({
      status: 'WAITING',
      participantType: 'TOGETHER',
      expiredDate: '2025-06-30T00:00:00.000Z',
      title: contract?.title,
    });
    expect(contract?.signature?.participants.map((participant) => participant.status)).toEqual(['WAITING', 'WAITING']);
    const detail = await openPage(sandbox, location);
    expect(detail.document.querySelectorAll('[data-status="WAITING"]')).toHaveLength(2);
    expect(sandbox.state.pageSessions.get(page.url.split('/').at(-1) as string)?.submissions[0]?.action).toBe(
      'signature-requested',
    );
  });

  it('has no form once the contract has an e-signature', async () => {
    const url = await mintPage(sandbox, contractSignatureUrl, { contractUuid: unsigned.contractUuid });
    const contract = sandbox.state.contracts.find((candidate) => candidate.uuid === unsigned.contractUuid);
    const other = sandbox.state.contracts.find((candidate) => candidate.uuid === concluded.contractUuid);
    if (!contract || !other) throw new Error('seed changed');
    contract.signature = structuredClone(other.signature);

    const page = await openPage(sandbox, url);

    expect(page.response.status).toBe(409);
    expect(page.document.querySelector('form')).toBeNull();
    expect(alertText(page)).toContain('already has an e-signature');
  });
});
