// @vitest-environment jsdom
import { findContract, templateUseUrl } from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { examplesNow } from './examples.js';
import { request } from './helpers.js';
import { alertText, mintPage, openPage, redirectOf, refusedPage, submitForm } from './pageHarness.js';

const { templates, customers } = seedIds;
const successUrl = 'https://app.example/api/esign/return?esign-kit-launch=0123456789abcdef';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ now: () => examplesNow });
});

/** The employment template (roles 회사 and 근로자, together, some roles may be left out). */
async function employmentPage(extra: { successUrl?: string } = {}) {
  const url = await mintPage(sandbox, templateUseUrl, {
    templateKey: templates.employment.id,
    input: {
      ...(extra.successUrl ? { option: { successUrl: extra.successUrl } } : {}),
      defaultValue: {
        customer: { id: customers.hanbit },
        contract: {
          title: '2025 근로계약',
          startDate: '2025-06-01T00:00:00.000Z',
          endDate: '2026-05-31T00:00:00.000Z',
        },
        signature: {
          participants: [
            { role: '근로자', name: '이근로', send: 'PHONE', phone: '010-2222-3333' },
            // No role: goes to the first role without a default (회사).
            { name: '박회사', send: 'EMAIL', email: 'hr@company.example' },
          ],
        },
      },
    },
  });
  return openPage(sandbox, url);
}

const field = (page: { document: Document }, name: string) =>
  page.document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value;

describe('use-template page', () => {
  it('is a form pre-filled from defaultValue, with a field per role and per pre-input value', async () => {
    const page = await employmentPage();

    expect(page.document.querySelector('h2')?.textContent).toBe('근로계약서');
    expect(field(page, 'title')).toBe('2025 근로계약');
    expect(field(page, 'startDate')).toBe('2025-06-01');
    expect(field(page, 'endDate')).toBe('2026-05-31');
    expect(field(page, 'customer')).toBe(String(customers.hanbit));
    expect(field(page, 'role-0-name')).toBe('박회사');
    expect(field(page, 'role-0-email')).toBe('hr@company.example');
    expect(field(page, 'role-1-name')).toBe('이근로');
    expect(field(page, 'role-1-send')).toBe('PHONE');
    expect(field(page, 'role-1-phone')).toBe('010-2222-3333');
    expect(page.document.querySelector('label[for="field-item-301"]')?.textContent).toBe('연봉');
    const legends = Array.from(page.document.querySelectorAll('legend'), (legend) => legend.textContent);
    expect(legends).toEqual([
      '계약서 · Contract',
      '사전 입력값 · Pre-input values',
      '회사 · 순서 1 · order 1',
      '근로자 · 순서 2 · order 2',
    ]);
  });

  it('creates the contract and its signature on submit, as the create-signature endpoint does, then goes to successUrl', async () => {
    const page = await employmentPage({ successUrl });
    const signaturesBefore = sandbox.state.templates.find((t) => t.id === templates.employment.id)?.signatureCount ?? 0;

    const response = await submitForm(sandbox, page, { changes: { 'item-301': '4,200만원' } });

    expect(await redirectOf(response)).toBe(successUrl);
    const session = sandbox.state.pageSessions.get(page.url.split('/').at(-1) as string);
    expect(session?.submissions).toEqual([
      { at: examplesNow.toISOString(), action: 'signature-requested', contractUuids: [expect.any(String)] },
    ]);
    const uuid = session?.submissions[0]?.contractUuids[0] as string;
    const { contract } = await request(sandbox, findContract, { uuid });
    expect(contract).toMatchObject({
      title: '2025 근로계약',
      status: 'CREATED',
      customers: [{ id: customers.hanbit }],
      contractDate: { startDate: '2025-06-01T00:00:00.000Z', endDate: '2026-05-31T00:00:00.000Z' },
      signature: {
        status: 'WAITING',
        objects: expect.arrayContaining([expect.objectContaining({ name: '연봉', contents: '4,200만원' })]),
      },
    });
    expect(
      contract.signature?.participants.map(({ name, role, status, send }) => ({ name, role, status, send })),
    ).toEqual([
      { name: '박회사', role: '회사', status: 'WAITING', send: 'EMAIL' },
      { name: '이근로', role: '근로자', status: 'WAITING', send: 'PHONE' },
    ]);
    expect(sandbox.state.templates.find((t) => t.id === templates.employment.id)?.signatureCount).toBe(
      signaturesBefore + 1,
    );
    expect(sandbox.state.notifications.filter((n) => n.reason === 'REQUEST').map((n) => n.sendAddress)).toEqual([
      'hr@company.example',
      '010-2222-3333',
    ]);
  });

  it('goes to the new contract’s detail page when there is no successUrl', async () => {
    const page = await employmentPage();

    const location = await redirectOf(await submitForm(sandbox, page));

    expect(location).toMatch(/^http:\/\/sandbox\.test\/pages\/contract-detail\/[A-Za-z0-9_-]{32}$/);
    const detail = await openPage(sandbox, location);
    expect(detail.document.querySelector('h1')?.textContent).toBe('2025 근로계약');
    expect(detail.document.querySelectorAll('[data-status="WAITING"]')).toHaveLength(2);
  });

  it('leaves out a role left empty when the template allows it, and refuses otherwise', async () => {
    const partial = await employmentPage();
    await redirectOf(await submitForm(sandbox, partial, { changes: { 'role-1-name': '', 'role-1-phone': '' } }));
    const created = sandbox.state.contracts.at(-1);
    expect(created?.signature?.participants.map((participant) => participant.role)).toEqual(['회사']);

    const supply = await openPage(
      sandbox,
      await mintPage(sandbox, templateUseUrl, {
        templateKey: templates.supply.slug,
        input: {
          defaultValue: {
            signature: { participants: [{ role: '갑', name: '갑', send: 'EMAIL', email: 'a@x.example' }] },
          },
        },
      }),
    );
    const refused = await submitForm(sandbox, supply, { changes: { 'item-231': '1,000만원' } });
    expect(refused.status).toBe(400);
    expect(alertText(await refusedPage(refused, supply.url))).toContain('NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH');
  });

  it('shows the form again with what was entered and why, changing nothing', async () => {
    const page = await openPage(
      sandbox,
      await mintPage(sandbox, templateUseUrl, {
        templateKey: templates.consent.id,
        input: {
          defaultValue: {
            signature: { participants: [{ role: '고객', name: '정고객', send: 'EMAIL', email: 'c@x.example' }] },
          },
        },
      }),
    );
    const before = sandbox.state.contracts.length;

    // The required pre-input value (이름) is left empty: Prix's INVALID_ADDITIONAL_INPUT.
    const missing = await refusedPage(await submitForm(sandbox, page), page.url);
    const badEmail = await refusedPage(
      await submitForm(sandbox, page, { changes: { 'item-13': '정고객', 'role-0-email': 'not-an-email' } }),
      page.url,
    );

    expect(missing.response.status).toBe(400);
    expect(alertText(missing)).toContain('INVALID_ADDITIONAL_INPUT');
    expect(badEmail.response.status).toBe(400);
    expect(alertText(badEmail)).toContain('participants.0.input.email');
    expect(field(badEmail, 'role-0-email')).toBe('not-an-email');
    expect(field(badEmail, 'item-13')).toBe('정고객');
    expect(sandbox.state.contracts).toHaveLength(before);
    expect(sandbox.state.pageSessions.get(page.url.split('/').at(-1) as string)?.submissions).toEqual([]);
  });

  it('carries the minted extra authentication over: a mobile identity check takes a credit', async () => {
    const page = await openPage(
      sandbox,
      await mintPage(sandbox, templateUseUrl, {
        templateKey: templates.employment.id,
        input: {
          defaultValue: {
            signature: {
              participants: [
                {
                  role: '근로자',
                  name: '이근로',
                  send: 'PHONE',
                  phone: '010-2222-3333',
                  extraAuthList: [{ type: 'MOBILE_IDENTIFICATION', phoneName: '이근로', phoneNumber: '010-2222-3333' }],
                },
              ],
            },
          },
        },
      }),
    );
    const credits = sandbox.state.credits.remainingDefaultCount;

    await redirectOf(await submitForm(sandbox, page));

    expect(sandbox.state.credits.remainingDefaultCount).toBe(credits - 1);
    expect(sandbox.state.contracts.at(-1)?.signature?.participants[0]?.extraAuthList).toEqual([
      { type: 'MOBILE_IDENTIFICATION', phoneName: '이근로', phoneNumber: '010-2222-3333' },
    ]);
  });

  it('is used once: afterwards it says so, and a second submission is refused', async () => {
    const page = await employmentPage({ successUrl });
    await redirectOf(await submitForm(sandbox, page));
    const count = sandbox.state.contracts.length;

    const again = await submitForm(sandbox, page);
    const reopened = await openPage(sandbox, page.url);

    expect(again.status).toBe(409);
    expect(await again.text()).toContain('이미 제출된 페이지입니다');
    expect(sandbox.state.contracts).toHaveLength(count);
    expect(reopened.document.querySelector('form')).toBeNull();
    expect(reopened.document.querySelector('[role=status]')?.textContent).toContain('완료');
    expect(reopened.document.querySelector('li')?.textContent).toContain('2025 근로계약');
  });
});
