import { bulkContractUrl, contractDetailUrl, createSignatureFromTemplate, findContract } from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { SandboxControlError } from '../control/sandboxControl.js';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { callKit, request } from './helpers.js';

const { mou } = seedIds;
const apiKey = 'sk_very_secret_sandbox_key_123';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ apiKey, now: () => new Date('2025-05-01T00:00:00.000Z') });
});

function control(path: string, method = 'GET', body?: unknown): Promise<Response> {
  return sandbox.fetch(
    new Request(`http://sandbox.test/__sandbox/${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

describe('POST /__sandbox/participants/{uuid}/advance', () => {
  it('signs for the participant whose turn it is, and the next one gets a request', async () => {
    const response = await control(`participants/${mou.emailParticipantUuid}/advance`, 'POST', { action: 'sign' });

    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await response.json()).toEqual({
      ok: true,
      data: {
        participant: { uuid: mou.emailParticipantUuid, status: 'DONE' },
        signature: { uuid: mou.signatureUuid, status: 'WAITING' },
        contract: { uuid: mou.contractUuid, status: 'CREATED' },
      },
    });
    const notifications = await (await control('notifications')).json();
    expect(notifications.data.notifications).toEqual([
      expect.objectContaining({
        participantUuid: mou.phoneParticipantUuid,
        reason: 'REQUEST',
        sendAddress: '010-1234-5678',
      }),
    ]);
  });

  it('answers 409 SANDBOX_CONFLICT when it is not the participant’s turn, 404 for an unknown one', async () => {
    const early = await control(`participants/${mou.phoneParticipantUuid}/advance`, 'POST', { action: 'sign' });
    const unknown = await control('participants/0b0e5d6c-1111-4222-8333-444455556666/advance', 'POST', {
      action: 'decline',
    });

    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ ok: false, errorCode: 'SANDBOX_CONFLICT' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ errorCode: 'SANDBOX_NOT_FOUND' });
  });

  it('refuses a missing or unknown action, and GET', async () => {
    const path = `participants/${mou.emailParticipantUuid}/advance`;

    expect((await control(path, 'POST')).status).toBe(400);
    expect((await control(path, 'POST', { action: 'approve' })).status).toBe(400);
    expect((await control(path, 'POST', '{not json')).status).toBe(400);
    const get = await control(path);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });
});

describe('POST /__sandbox/seed', () => {
  it('without a body restores the seed data but keeps the logs', async () => {
    await callKit(sandbox, 'customers/5', { method: 'DELETE' });
    expect(sandbox.state.customers).toHaveLength(4);

    const response = await control('seed', 'POST');

    expect(await response.json()).toEqual({ ok: true, data: { customerIds: [], tagIds: [], templateIds: [] } });
    expect(sandbox.state.customers).toHaveLength(5);
    expect(sandbox.state.requests).toHaveLength(1);
  });

  it('adds fixtures and answers their ids; an added one-role template is bulk-eligible', async () => {
    const response = await control('seed', 'POST', {
      customers: [{ title: '시드 고객', customKey: 'SEED-1' }],
      tags: [{ name: '시드', colorCode: 'YELLOW' }],
      templates: [
        {
          name: '위임장',
          slug: 'proxy-letter',
          roles: ['위임인'],
          objects: [{ name: '위임 내용', slug: 'scope', required: true }],
          tagIds: [6],
        },
      ],
    });

    const { data } = await response.json();
    expect(data).toEqual({ customerIds: [6], tagIds: [6], templateIds: [6002] });
    const bulk = await callKit(sandbox, 'signature-templates/proxy-letter/bulk-url', { method: 'POST', body: {} });
    expect(bulk.status).toBe(200);
    const created = await request(sandbox, createSignatureFromTemplate, {
      templateKey: 'proxy-letter',
      input: {
        title: '위임장',
        participants: [
          { role: '위임인', input: { name: '홍길동', email: 'gildong@prix.im', auth: 'EMAIL', send: 'EMAIL' } },
        ],
        items: [{ slug: 'scope', contents: '계약 체결 일체' }],
        contract: { customers: [{ customKey: 'SEED-1' }] },
      },
    });
    expect(created.signature.participants).toEqual([expect.objectContaining({ status: 'WAITING', order: 1 })]);
  });

  it('changes nothing and lists every issue when a fixture is invalid', async () => {
    const response = await control('seed', 'POST', {
      customers: [{ title: '파트너 고객사' }, { title: '새 고객', customKey: 'bad key' }],
      templates: [{ name: '', roles: [] }],
      credits: { remainingPaidCount: -1 },
      colours: [],
    });

    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errorCode).toBe('SANDBOX_INVALID_REQUEST');
    expect(body.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'colours',
      'credits.remainingPaidCount',
      'customers.0',
      'customers.1.customKey',
      'templates.0.name',
      'templates.0.roles',
    ]);
    expect(sandbox.state.customers).toHaveLength(5);
  });

  it('sets credits, and reseeds first when asked', () => {
    sandbox.control.seed({ credits: { remainingDefaultCount: 0 } });
    expect(sandbox.state.credits.remainingDefaultCount).toBe(0);

    sandbox.control.seed({ reseed: true, customers: [{ title: '파트너 고객사 2' }] });

    expect(sandbox.state.credits.remainingDefaultCount).toBe(27);
    expect(sandbox.state.customers.map((customer) => customer.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(() => sandbox.control.seed({ customers: [{ title: '파트너 고객사 2' }] })).toThrow(SandboxControlError);
  });
});

describe('GET /__sandbox/state', () => {
  it('dumps the whole state as JSON, readable anywhere, without the sandbox’s own key', async () => {
    await request(sandbox, contractDetailUrl, { contractUuid: mou.contractUuid });
    await request(sandbox, bulkContractUrl, { templateKey: seedIds.templates.consent.id });

    const response = await control('state');
    const text = await response.text();

    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(text).not.toContain(apiKey);
    const { data } = JSON.parse(text);
    expect(Object.keys(data).sort()).toEqual(
      [
        'business',
        'contracts',
        'counters',
        'creditUsages',
        'credits',
        'customColumns',
        'customers',
        'injectedFailures',
        'managedBusinesses',
        'notifications',
        'pageSessions',
        'reminders',
        'requests',
        'tags',
        'templates',
      ].sort(),
    );
    expect(data.pageSessions).toHaveLength(2);
    expect(data.managedBusinesses[0].apiKey).toBe('sk_sandbox_managed_0001');
  });

  it('is a copy: changing the snapshot does not change the sandbox', async () => {
    const snapshot = sandbox.control.snapshot();
    snapshot.contracts.length = 0;

    expect((await request(sandbox, findContract, { uuid: mou.contractUuid })).contract.uuid).toBe(mou.contractUuid);
  });
});

describe('reset', () => {
  it('clears page sessions and notifications too, through HTTP or control.reset()', async () => {
    await request(sandbox, contractDetailUrl, { contractUuid: mou.contractUuid });
    sandbox.control.advanceParticipant(mou.emailParticipantUuid, 'sign');

    await control('reset', 'POST');

    expect(sandbox.state.pageSessions.size).toBe(0);
    expect(sandbox.state.notifications).toEqual([]);
    expect(sandbox.state.contracts[0]?.signature?.participants[0]?.status).toBe('WAITING');
    sandbox.control.advanceParticipant(mou.emailParticipantUuid, 'sign');
    sandbox.control.reset();
    expect(sandbox.state.contracts[0]?.signature?.participants[0]?.status).toBe('WAITING');
  });
});

describe('cross-origin protection', () => {
  it('refuses a state-changing control request a browser sends from another origin', async () => {
    const fromElsewhere = (path: string, origin: string) =>
      sandbox.fetch(new Request(`http://sandbox.test/__sandbox/${path}`, { method: 'POST', headers: { origin } }));
    sandbox.control.advanceParticipant(mou.emailParticipantUuid, 'sign');

    const response = await fromElsewhere('reset', 'https://evil.example');

    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errorCode: 'SANDBOX_FORBIDDEN' });
    expect(sandbox.state.notifications).toHaveLength(1);
    expect((await fromElsewhere('reset', 'http://sandbox.test')).status).toBe(200);
    expect((await control('state')).status).toBe(200);
  });
});
