import { defineOperation, findContract } from '@esign-kit/core/server';
import { createEsignProxy, createMemoryStore, defaultRateLimits } from '@esign-kit/proxy';
import { seedIds } from '@esign-kit/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { sandboxKey, startStack } from './servers.js';

// Issue 12, "Limits and replays that cannot be dodged": over loopback HTTP to the real sandbox.
const { signatureUuid, emailParticipantUuid, phoneParticipantUuid, contractUuid } = seedIds.mou;
const sendPath = (signature: string) => `signatures/${signature}/send`;
/** The same uuid in another case: all upper, or alternating. */
const spellings = (uuid: string) => [
  uuid,
  uuid.toUpperCase(),
  [...uuid].map((char, index) => (index % 2 ? char.toUpperCase() : char)).join(''),
  [...uuid].map((char, index) => (index % 2 ? char : char.toUpperCase())).join(''),
];

type Stack = Awaited<ReturnType<typeof startStack>>;
const stacks: Stack[] = [];
const start = async (overrides: Parameters<typeof startStack>[0] = {}) => {
  const stack = await startStack(overrides);
  stacks.push(stack);
  return stack;
};
afterEach(async () => {
  await Promise.all(stacks.splice(0).map((stack) => stack.close()));
});

const post = (stack: Stack, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${stack.proxyUrl}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const remind = (stack: Stack, signature: string, participant: string, headers: Record<string, string> = {}) =>
  post(stack, sendPath(signature), { participantUuid: participant }, headers);

describe('ids are counted as Prix reads them, not as they are spelled', () => {
  it('every case variant of a participant counts against one reminder limit (the 6th is 429)', async () => {
    const stack = await start(); // the default: 5 per participant per hour
    const [lower, upper, mixedA, mixedB] = spellings(emailParticipantUuid) as [string, string, string, string];
    const [sigLower, sigUpper, sigMixed] = spellings(signatureUuid) as [string, string, string];
    const statuses: number[] = [];
    for (const [signature, participant] of [
      [sigLower, lower],
      [sigUpper, upper],
      [sigMixed, mixedA],
      [sigLower, mixedB],
      [sigUpper, lower],
      [sigUpper, upper],
    ] as const) {
      statuses.push((await remind(stack, signature, participant)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(stack.state.reminders).toHaveLength(5);
    // What went to Prix is the canonical spelling.
    expect(stack.state.requests.every((request) => request.path === `/kit-api/v1/${sendPath(signatureUuid)}`)).toBe(
      true,
    );
  });

  it('a retry that spells the ids differently is the same idempotent request: replayed, sent once', async () => {
    const stack = await start();
    const key = 'remind-case-variant-0001';
    const first = await remind(stack, signatureUuid, emailParticipantUuid, { 'idempotency-key': key });
    const upper = (value: string) => value.toUpperCase();
    const again = await remind(stack, upper(signatureUuid), upper(emailParticipantUuid), { 'idempotency-key': key });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(stack.state.reminders).toHaveLength(1);
  });
});

describe('a flood of new keys never resets a live limit or record', () => {
  it('keeps the counter and the idempotency record, and answers 503 with Retry-After under pressure', async () => {
    const stack = await start({
      store: createMemoryStore({ maxEntries: 12 }),
      rateLimits: {
        'signatures.send': { ...defaultRateLimits['signatures.send'], limit: 3, windowMs: 60 * 60 * 1000 },
      },
    });
    for (let sent = 0; sent < 3; sent++)
      expect((await remind(stack, signatureUuid, emailParticipantUuid)).status).toBe(200);
    const key = 'remind-before-the-flood';
    const recorded = await remind(stack, signatureUuid, phoneParticipantUuid, { 'idempotency-key': key });
    expect(recorded.status).toBe(200);
    const remindersBefore = stack.state.reminders.length;

    const flood: Response[] = [];
    for (let index = 0; index < 30; index++) {
      flood.push(
        await remind(stack, crypto.randomUUID(), crypto.randomUUID(), { 'idempotency-key': `flood-${index}-key` }),
      );
    }
    const busy = flood.filter((response) => response.status === 503);
    expect(busy.length).toBeGreaterThan(20);
    expect(await busy[0]?.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_BUSY' });
    expect(Number(busy[0]?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(flood.every((response) => response.status === 503 || response.status === 404)).toBe(true);

    const overLimit = await remind(stack, signatureUuid, emailParticipantUuid);
    expect(overLimit.status).toBe(429);
    const replay = await remind(stack, signatureUuid, phoneParticipantUuid, { 'idempotency-key': key });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(stack.state.reminders).toHaveLength(remindersBefore);
  });
});

describe('a replayed answer', () => {
  it('carries the same protective headers as the first', async () => {
    const stack = await start();
    const key = 'remind-headers-0001';
    const first = await remind(stack, signatureUuid, emailParticipantUuid, { 'idempotency-key': key });
    const replay = await remind(stack, signatureUuid, emailParticipantUuid, { 'idempotency-key': key });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    for (const name of ['content-type', 'cache-control', 'x-content-type-options']) {
      expect({ name, value: replay.headers.get(name) }).toEqual({ name, value: first.headers.get(name) });
    }
    expect(replay.headers.get('cache-control')).toBe('no-store');
    expect(replay.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('key-like names in an answer', () => {
  const keyLike = { ApiKey: 'k1', API_KEY: 'k2', secretKey: 'k3', accessToken: 'k4', 'x-api-key': 'k5' };
  /** A contract lookup whose `data` is read as `z.unknown()`: whatever Prix adds passes the schema. */
  const findAnything = defineOperation({
    id: 'custom.findAnything',
    method: 'GET',
    path: 'contracts/find',
    kind: 'query',
    summary: 'contracts/find with data the schema does not describe.',
    input: z.strictObject({ uuid: z.string() }),
    data: z.unknown(),
  });

  it('are dropped at any depth, in any case and spelling', async () => {
    // Prix (here the sandbox, with fields added at the network edge) answering with credentials.
    const withKeys: typeof fetch = async (input, init) => {
      const answer = (await (await fetch(input, init)).json()) as { data: Record<string, unknown> };
      answer.data.extraAuthList = [
        { type: 'CODE', ...keyLike, nested: { clientSecret: 'k6', Password: 'k7', keep: 1 } },
      ];
      return Response.json(answer);
    };
    const stack = await start({ operations: [findAnything], fetch: withKeys });
    const response = await fetch(`${stack.proxyUrl}/contracts/find?uuid=${contractUuid}`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text).data.extraAuthList).toEqual([{ type: 'CODE', nested: { keep: 1 } }]);
    expect(JSON.parse(text).data.contract.uuid).toBe(contractUuid);
    for (const value of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7']) expect(text).not.toContain(`"${value}"`);
  });
});

describe('server-only routes', () => {
  const businessByName = defineOperation({
    id: 'custom.business',
    method: 'GET',
    path: 'business/{name}',
    kind: 'query',
    summary: 'A user-defined route overlapping the server-only business/managing.',
    input: z.strictObject({ name: z.string() }),
    data: z.unknown(),
  });

  it('are refused for a user-defined operation whose parameter reaches one, before any upstream call', async () => {
    const stack = await start({ operations: [businessByName, findContract] });
    for (const name of ['managing', 'MANAGING', '%6Danaging', 'managing;x=1']) {
      const response = await fetch(`${stack.proxyUrl}/business/${name}`);
      const body = await response.json();
      expect({ name, status: response.status, errorCode: body.errorCode }).toEqual({
        name,
        status: 403,
        errorCode: 'ESIGN_KIT_SERVER_ONLY_OPERATION',
      });
    }
    expect(stack.state.requests).toHaveLength(0);
  });

  it('cannot be exposed under another id or case: the proxy refuses to start', () => {
    const managing = defineOperation({
      id: 'custom.managing',
      method: 'GET',
      path: 'Business/Managing',
      kind: 'query',
      summary: 'The server-only listManagedBusinesses, unflagged.',
      input: z.strictObject({}),
      data: z.unknown(),
    });
    const options = { apiKey: sandboxKey, upstream: 'http://127.0.0.1:9/kit-api/v1', authorize: () => true };
    expect(() => createEsignProxy({ ...options, operations: [managing] })).toThrow(/server-only/);
  });
});

describe('authenticate', () => {
  it('answers 403 without issues before validating, so a caller not signed in learns no fields', async () => {
    const stack = await start({
      authenticate: (request) => request.headers.get('cookie') === 'session=signed-in',
      authorize: () => true,
    });
    const anonymous = await post(stack, sendPath(signatureUuid), { unexpected: true });
    const body = await anonymous.json();
    expect(anonymous.status).toBe(403);
    expect(body).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_FORBIDDEN' });
    expect(body).not.toHaveProperty('issues');
    const lookup = await fetch(`${stack.proxyUrl}/contracts/find?nonsense=1`);
    expect([lookup.status, 'issues' in (await lookup.json())]).toEqual([403, false]);

    const signedIn = await post(stack, sendPath(signatureUuid), { unexpected: true }, { cookie: 'session=signed-in' });
    expect(signedIn.status).toBe(400);
    expect(await signedIn.json()).toHaveProperty('issues');
    expect(stack.state.requests).toHaveLength(0);
  });
});
