// @vitest-environment jsdom
import type { OperationInput } from '@esign-kit/core';
import { bulkContractUrl } from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { examplesNow } from './examples.js';
import { alertText, mintPage, openPage, postForm, redirectOf, refusedPage, submitForm } from './pageHarness.js';

const { templates, customers, mou } = seedIds;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ now: () => examplesNow });
});

type BulkRow = NonNullable<NonNullable<OperationInput<typeof bulkContractUrl>['input']>['items']>[number];

const rows: readonly BulkRow[] = [
  {
    title: '동의서 김프릭',
    participant: { name: '김프릭', send: 'EMAIL', email: 'kim@prix.im' },
    items: [{ id: 13, contents: '김프릭' }],
  },
  {
    title: '동의서 이프릭',
    participant: { name: '이프릭', send: 'PHONE', phone: '010-1111-2222' },
    items: [{ id: 13, contents: '이프릭' }],
    customKey: 'BULK-2',
  },
  {
    title: '동의서 박프릭',
    participant: { name: '박프릭', send: 'EMAIL', email: 'park@prix.im' },
    items: [{ id: 13, contents: '박프릭' }],
    customerTitle: '스튜디오 모노',
  },
];

async function bulkPage(items: readonly BulkRow[] = rows.map((row) => structuredClone(row))) {
  const url = await mintPage(sandbox, bulkContractUrl, {
    templateKey: templates.consent.slug,
    input: {
      defaultValue: { customer: { customKey: 'B5-k159402' }, signature: { requesterName: '인사팀' } },
      items: [...items],
    },
  });
  return openPage(sandbox, url);
}

const cellsOf = (page: { document: Document }) =>
  Array.from(page.document.querySelectorAll('tbody tr'), (row) =>
    Array.from(row.querySelectorAll('td'), (cell) => cell.textContent?.trim()),
  );

describe('bulk page', () => {
  it("lists the rows of input.items with the template's single role, each ticked to be sent", async () => {
    const page = await bulkPage();

    expect(page.document.querySelector('caption')?.textContent).toBe('개인정보 수집·이용 동의서 · 고객');
    expect(page.document.body.textContent).toContain('요청자 · Requested by: 인사팀');
    expect(cellsOf(page).map((cells) => cells.slice(1, 5))).toEqual([
      ['동의서 김프릭', '김프릭', '이메일 · E-mail: kim@prix.im', '이름: 김프릭'],
      ['동의서 이프릭', '이프릭', '휴대폰 · Phone: 010-1111-2222', '이름: 이프릭'],
      ['동의서 박프릭', '박프릭', '이메일 · E-mail: park@prix.im', '이름: 박프릭'],
    ]);
    const boxes = Array.from(page.document.querySelectorAll<HTMLInputElement>('input[name=row]'));
    expect(boxes.map((box) => [box.value, box.checked])).toEqual([
      ['0', true],
      ['1', true],
      ['2', true],
    ]);
  });

  it('sends the selected rows: one contract and signature each, through the create-signature domain', async () => {
    const page = await bulkPage();
    const before = sandbox.state.contracts.length;

    const location = await redirectOf(await submitForm(sandbox, page));

    expect(location).toBe(page.url);
    const created = sandbox.state.contracts.slice(before);
    expect(created.map((contract) => contract.title)).toEqual(['동의서 김프릭', '동의서 이프릭', '동의서 박프릭']);
    expect(created.map((contract) => contract.customerIds)).toEqual([
      [customers.abc],
      [customers.abc],
      [customers.abc, customers.mono],
    ]);
    expect(created[1]?.customKey).toBe('BULK-2');
    for (const contract of created) {
      expect(contract.templateId).toBe(templates.consent.id);
      expect(contract.signature?.status).toBe('WAITING');
      expect(contract.signature?.requesterName).toBe('인사팀');
      expect(contract.signature?.participants).toHaveLength(1);
      expect(contract.signature?.participants[0]?.role).toBe('고객');
      expect(contract.signature?.objects.find((object) => object.id === 13)?.contents).toBe(
        contract.signature?.participants[0]?.name,
      );
    }
    expect(sandbox.state.templates.find((template) => template.id === templates.consent.id)?.signatureCount).toBe(3);
  });

  it('sends only the ticked rows, reports a refused row without stopping the others, and shows each result', async () => {
    const taken = sandbox.state.contracts.find((contract) => contract.uuid === mou.contractUuid)?.customKey as string;
    const page = await bulkPage([
      structuredClone(rows[0] as BulkRow),
      {
        title: '키 중복',
        participant: { name: '최', send: 'EMAIL', email: 'choi@prix.im' },
        items: [{ id: 13, contents: '최' }],
        customKey: taken,
      },
      {
        title: '없는 고객',
        participant: { name: '정', send: 'EMAIL', email: 'jung@prix.im' },
        items: [{ id: 13, contents: '정' }],
        customerTitle: '없는 고객사',
      },
      {
        title: '건너뜀',
        participant: { name: '한', send: 'EMAIL', email: 'han@prix.im' },
        items: [{ id: 13, contents: '한' }],
      },
    ]);
    page.document.querySelectorAll<HTMLInputElement>('input[name=row]')[3]?.removeAttribute('checked');
    const before = sandbox.state.contracts.length;

    const location = await redirectOf(await submitForm(sandbox, page));

    expect(sandbox.state.contracts.slice(before).map((contract) => contract.title)).toEqual(['동의서 김프릭']);
    const session = sandbox.state.pageSessions.get(page.url.split('/').at(-1) as string);
    expect(session?.submissions[0]).toMatchObject({
      action: 'bulk-sent',
      contractUuids: [sandbox.state.contracts.at(-1)?.uuid],
      failures: [
        { row: 1, errorCode: 'EXISTING_CONTRACT_KEY', message: expect.any(String) },
        { row: 2, errorCode: 'NOT_FOUND_CUSTOMER', message: expect.any(String) },
      ],
    });
    const after = await openPage(sandbox, location);
    expect(after.document.querySelector('form')).toBeNull();
    expect(
      Array.from(after.document.querySelectorAll('[data-row-result]'), (cell) => cell.getAttribute('data-row-result')),
    ).toEqual(['sent', 'failed', 'failed']);
    expect(cellsOf(after)[3]?.[5]).toBe('-');
    expect((await submitForm(sandbox, page)).status).toBe(409);
  });

  it("offers the batch's customer, pre-set to the minted one, and links the rows to the one picked", async () => {
    const page = await bulkPage([structuredClone(rows[0] as BulkRow)]);
    const select = page.document.querySelector<HTMLSelectElement>('select[name=customer]');
    expect(select?.value).toBe(String(customers.abc));
    const before = sandbox.state.contracts.length;

    await redirectOf(await submitForm(sandbox, page, { changes: { customer: String(customers.mono) } }));

    expect(sandbox.state.contracts.slice(before).map((contract) => contract.customerIds)).toEqual([[customers.mono]]);
  });

  it('hides the customer with disabledInputs CUSTOMER: the minted one applies, and a posted one is refused', async () => {
    const url = await mintPage(sandbox, bulkContractUrl, {
      templateKey: templates.consent.id,
      input: {
        defaultValue: { customer: { id: customers.abc } },
        options: { disabledInputs: ['CUSTOMER', 'REQUESTER_EMAIL'] },
        items: [structuredClone(rows[0] as BulkRow)],
      },
    });
    const page = await openPage(sandbox, url);
    expect(page.document.querySelector('[name=customer]')).toBeNull();
    const before = sandbox.state.contracts.length;

    const tampered = new URLSearchParams({ row: '0', customer: String(customers.mono) });
    const refused = await refusedPage(await postForm(sandbox, url, tampered), url);
    expect(refused.response.status).toBe(400);
    expect(alertText(refused)).toContain('CUSTOMER: 이 페이지에서 숨긴 입력입니다');
    expect(sandbox.state.contracts).toHaveLength(before);

    await redirectOf(await submitForm(sandbox, page));
    expect(sandbox.state.contracts.slice(before).map((contract) => contract.customerIds)).toEqual([[customers.abc]]);
  });

  it('refuses a submission with no row ticked, and has no form without rows', async () => {
    const page = await bulkPage();
    for (const box of page.document.querySelectorAll<HTMLInputElement>('input[name=row]')) box.checked = false;

    const refused = await refusedPage(await submitForm(sandbox, page), page.url);
    const empty = await openPage(
      sandbox,
      await mintPage(sandbox, bulkContractUrl, { templateKey: templates.consent.id }),
    );

    expect(refused.response.status).toBe(400);
    expect(refused.document.querySelectorAll<HTMLInputElement>('input[name=row]:checked')).toHaveLength(0);
    expect(empty.document.querySelector('form')).toBeNull();
    expect(empty.document.body.textContent).toContain('보낼 행이 없습니다');
  });
});
