import type { CreateSignatureFromTemplateInput } from '@esign-kit/core';
import {
  createSignatureFromTemplate,
  creditStatus,
  findContract,
  getTemplate,
  listCreditUsages,
} from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { exampleInputs, examplesNow } from './examples.js';
import { request, requestError } from './helpers.js';

const { supply, employment } = seedIds.templates;
type Body = CreateSignatureFromTemplateInput['input'];

/** The smallest valid request on template 4328 (both roles, the required 금액). */
function body(overrides: Partial<Body> = {}): Body {
  return {
    title: '솔루션 공급 계약서',
    participants: [
      { role: '갑', input: { name: '홍길동', email: 'gildong@prix.im', auth: 'EMAIL', send: 'EMAIL' } },
      { role: '을', input: { name: '김프릭', phone: '010-1234-1234', auth: 'PHONE', send: 'PHONE' } },
    ],
    items: [{ id: 231, contents: '2,000,000' }],
    ...overrides,
  };
}

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ now: () => examplesNow });
});

const create = (input: Body, templateKey: number | string = supply.id) =>
  request(sandbox, createSignatureFromTemplate, { templateKey, input });
const fail = (input: Body, templateKey: number | string = supply.id) =>
  requestError(sandbox, createSignatureFromTemplate, { templateKey, input });

describe('POST signature-templates/{key}/signatures', () => {
  it('answers the reference example: a WAITING signature, participants in order, a CREATED contract', async () => {
    const data = await request(sandbox, createSignatureFromTemplate, exampleInputs['templates.createSignature']);

    expect(data.signature).toMatchObject({
      title: '솔루션 공급 계약서',
      expiredDate: '2025-12-20T15:00:00.000Z',
      status: 'WAITING',
      createdAt: examplesNow.toISOString(),
      ccEmails: ['legal@prix.im'],
      facilitator: { name: '대면서명 담당자', email: 'facilitator@prix.im' },
    });
    expect(data.signature.participants.map(({ role, order, status }) => [role, order, status])).toEqual([
      ['갑', 1, 'WAITING'],
      ['을', 2, 'CREATED'],
    ]);
    expect(data.signature.participants[1]).toMatchObject({ phone: '010-1234-1234', send: 'PHONE', language: 'KOREAN' });
    expect(data.signature.participants[1]).not.toHaveProperty('email');
    expect(data.contract).toMatchObject({
      status: 'CREATED',
      type: 'NEW',
      contractDate: { startDate: '2024-10-01T00:00:00.000Z', endDate: null },
    });
  });

  it('stores a contract that find returns by its customKey, with customers, items and the template tags', async () => {
    await request(sandbox, createSignatureFromTemplate, exampleInputs['templates.createSignature']);

    const { contract } = await request(sandbox, findContract, { customKey: 'custom-id' });

    expect(contract.customers).toEqual([{ id: 1, title: '파트너 고객사', customKey: 'A5-k159402' }]);
    expect(contract.managerNames).toEqual(['이용우']);
    expect(contract.signature?.objects.map((object) => [object.name, object.contents])).toEqual([
      ['금액', '2,000,000'],
      ['주소', '선릉로 551 새롬아파트 101-204'],
      ['동의', 'true'],
      ['갑 서명', ''],
      ['을 서명', ''],
    ]);
    const stored = sandbox.state.contracts.at(-1);
    expect(stored?.tagIds).toEqual([seedIds.tags.supply]);
    expect(stored?.columnItems).toEqual([{ slug: 'slug-column-1', name: '관리 번호', value: 'slug-column-value' }]);
  });

  it("increments the template's signatureCount", async () => {
    const before = await request(sandbox, getTemplate, { templateKey: supply.id });

    await create(body());

    const after = await request(sandbox, getTemplate, { templateKey: supply.slug });
    expect(after.signatureCount).toBe(before.signatureCount + 1);
  });

  it('notifies the WAITING participant and extra recipients, and nobody with skipSend', async () => {
    const extra = { additionalRequests: [{ role: '참관자', type: 'EMAIL' as const, contact: 'observer@prix.im' }] };
    const { signature } = await create(body({ signature: extra }));

    expect(sandbox.state.notifications).toEqual([
      expect.objectContaining({ signatureUuid: signature.uuid, reason: 'REQUEST', sendAddress: 'gildong@prix.im' }),
      expect.objectContaining({ participantUuid: null, reason: 'ADDITIONAL_REQUEST', sendAddress: 'observer@prix.im' }),
    ]);

    sandbox.state.notifications.length = 0;
    await create(body({ signature: extra, option: { skipSend: true } }));
    expect(sandbox.state.notifications).toEqual([]);
  });

  it('takes a credit per mobile identity check and records the usage', async () => {
    const before = await request(sandbox, creditStatus, {});

    const { signature } = await request(
      sandbox,
      createSignatureFromTemplate,
      exampleInputs['templates.createSignature'],
    );

    const after = await request(sandbox, creditStatus, {});
    expect(after.credit.remainingCount).toBe(before.credit.remainingCount - 1);
    expect(after.credit.remainingDefaultCount).toBe(before.credit.remainingDefaultCount - 1);
    const at = examplesNow.toISOString();
    const usages = await request(sandbox, listCreditUsages, { createdAtAfter: at, createdAtBefore: at });
    expect(usages).toMatchObject({ total: 1, creditUsages: [{ case: 'SIGNATURE_IDENTIFICATION' }] });
    expect(sandbox.state.creditUsages.at(-1)?.signatureUuid).toBe(signature.uuid);
  });

  it('lets a TOGETHER template saved for partial requests take some roles, all WAITING', async () => {
    const participant = { name: '박회사', email: 'hr@company.example', auth: 'EMAIL', send: 'EMAIL' } as const;

    const partial = await create(
      { title: '근로계약서', participants: [{ role: '회사', input: participant }] },
      employment.id,
    );
    const both = await create(
      {
        title: '근로계약서',
        participants: [
          { role: '근로자', input: { ...participant, name: '이근로', email: 'worker@example.com' } },
          { role: '회사', input: participant },
        ],
      },
      String(employment.id),
    );

    expect(partial.signature.participants.map((p) => p.status)).toEqual(['WAITING']);
    expect(both.signature.participants.map((p) => [p.role, p.status])).toEqual([
      ['회사', 'WAITING'],
      ['근로자', 'WAITING'],
    ]);
  });

  describe('documented errors', () => {
    it('400 EXISTING_CONTRACT_KEY for a contract customKey already used', async () => {
      expect(await fail(body({ contract: { customKey: seedIds.mou.customKey } }))).toEqual([
        400,
        'EXISTING_CONTRACT_KEY',
      ]);
      await create(body({ contract: { customKey: 'fresh-key' } }));
      expect(await fail(body({ contract: { customKey: 'fresh-key' } }))).toEqual([400, 'EXISTING_CONTRACT_KEY']);
    });

    it.each([
      ['now', examplesNow.toISOString()],
      ['in the past', '2025-04-30T00:00:00.000Z'],
    ])('400 INVALID_SIGNATURE_EXPIRED_DATE for an expiry %s (by the sandbox clock)', async (_, expiredDate) => {
      expect(await fail(body({ signature: { expiredDate } }))).toEqual([400, 'INVALID_SIGNATURE_EXPIRED_DATE']);
    });

    it('400 NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH when a role is missing, or no participant is given', async () => {
      const onlyFirst = body().participants.slice(0, 1);
      expect(await fail(body({ participants: onlyFirst }))).toEqual([400, 'NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH']);
      expect(await fail(body({ participants: [] }))).toEqual([400, 'NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH']);
    });

    it.each([9999, 'no-such-template'])('404 NOT_FOUND_SIGNATURE_TEMPLATE for template %s', async (key) => {
      expect(await fail(body(), key)).toEqual([404, 'NOT_FOUND_SIGNATURE_TEMPLATE']);
    });

    it.each(['', '   '])('400 INVALID_SIGNATURE_TITLE for the title %j', async (title) => {
      expect(await fail(body({ title }))).toEqual([400, 'INVALID_SIGNATURE_TITLE']);
    });

    it('400 INVALID_ADDITIONAL_INPUT for a required input left out, or an input the template lacks', async () => {
      expect(await fail(body({ items: [] }))).toEqual([400, 'INVALID_ADDITIONAL_INPUT']);
      expect(await fail(body({ items: [...(body().items ?? []), { id: 999, contents: 'x' }] }))).toEqual([
        400,
        'INVALID_ADDITIONAL_INPUT',
      ]);
    });

    it.each([
      [{ role: '참관자' }, 'SIGNATURE_PARTICIPANT_EMPTY_ADDITIONAL_REQUEST_INPUT'],
      [{ type: 'EMAIL', contact: 'not-an-email' }, 'SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_EMAIL'],
      [{ type: 'PHONE', contact: '01012341234' }, 'SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_PHONE'],
    ] as const)('400 for the additional request %j: %s', async (additional, code) => {
      expect(await fail(body({ signature: { additionalRequests: [additional] } }))).toEqual([400, code]);
    });

    it('403 NOT_ALLOWED_PASS_AUTH_NOT_ENOUGH when credits are exhausted, creating nothing', async () => {
      Object.assign(sandbox.state.credits, { remainingDefaultCount: 0, remainingPaidCount: 0 });
      const contracts = sandbox.state.contracts.length;

      const result = await requestError(
        sandbox,
        createSignatureFromTemplate,
        exampleInputs['templates.createSignature'],
      );

      expect(result).toEqual([403, 'NOT_ALLOWED_PASS_AUTH_NOT_ENOUGH']);
      expect(sandbox.state.contracts).toHaveLength(contracts);
      expect(sandbox.state.templates.find((template) => template.id === supply.id)?.signatureCount).toBe(2);
    });
  });

  describe('undocumented refusals', () => {
    it('404 NOT_FOUND_CUSTOMER for a customer to link that does not exist', async () => {
      expect(await fail(body({ contract: { customers: [{ id: 999 }] } }))).toEqual([404, 'NOT_FOUND_CUSTOMER']);
    });

    it.each([
      [
        'a role the template lacks',
        { participants: [...body().participants, { ...body().participants[0], role: '병' }] },
      ],
      ['an unknown custom column', { contract: { slugColumns: [{ slug: 'nope', value: 'x' }] } }],
      ['a contract key outside the key rule', { contract: { customKey: 'key with spaces' } }],
      [
        'a PHONE participant without a phone',
        {
          participants: [
            body().participants[0],
            { role: '을', input: { name: '김', email: 'k@x.example', auth: 'PHONE', send: 'PHONE' } },
          ],
        },
      ],
    ] as const)('400 SANDBOX_INVALID_REQUEST for %s', async (_, overrides) => {
      expect(await fail(body(overrides as Partial<Body>))).toEqual([400, 'SANDBOX_INVALID_REQUEST']);
    });
  });
});
