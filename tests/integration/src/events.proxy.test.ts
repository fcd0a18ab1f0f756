import type { SigningEvent } from '@esign-kit/core/events';
import { findContract } from '@esign-kit/core/server';
import { type AuthorizeContext, createEsignProxy, createMemoryEventBus } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { type RunningSandbox, seedIds, startSandbox } from '@esign-kit/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually, openSse, type SseClient } from '../../../packages/proxy/src/__tests__/eventsClient.js';
import { listen, sandboxKey } from './servers.js';

// createEsignProxy's live events over loopback against the real sandbox: two tenants on one
// proxy (a header says which), each owning one contract. A tenant hears the events of its own
// mutations and never the other's; the status watcher reads a watched contract once per interval
// however many screens watch it.
const mine = seedIds.mou;
const theirs = seedIds.renewal;
const owners: Record<string, 'a' | 'b'> = {
  [mine.contractUuid]: 'a',
  [mine.signatureUuid]: 'a',
  [theirs.contractUuid]: 'b',
  [theirs.signatureUuid]: 'b',
};
const pageOpenMs = 300;

/** Row-level rule: a contract or signature is reachable only by its tenant; listing is for all. */
function authorize({ request, input }: AuthorizeContext) {
  const tenant = request.headers.get('x-tenant');
  if (!tenant) return false;
  const fields = (input ?? {}) as Record<string, unknown>;
  const row = [fields.uuid, fields.contractUuid, fields.signatureUuid].find((value) => typeof value === 'string');
  if (row === undefined) return true;
  return owners[row as string] === tenant ? true : 'not-found';
}

let sandbox: RunningSandbox;
let proxyUrl: string;
let origin: string;
const closers: (() => Promise<void> | void)[] = [];
const screens: SseClient[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, apiKey: sandboxKey });
  const bus = createMemoryEventBus();
  const proxy = createEsignProxy({
    apiKey: sandboxKey,
    upstream: sandbox.upstream,
    authorize,
    events: { bus, watcher: { pageOpenMs, idleMs: 60_000 }, heartbeatMs: 1000 },
  });
  const server = await listen(toNodeListener(proxy));
  origin = server.url;
  proxyUrl = `${server.url}/api/esign`;
  closers.push(
    () => server.close(),
    () => proxy.close(),
    () => bus.close(),
  );
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await sandbox?.close();
});
afterEach(() => {
  for (const screen of screens.splice(0)) screen.close();
  sandbox.sandbox.reset();
});

async function open(tenant: 'a' | 'b', query: string) {
  const screen = await openSse(`${proxyUrl}/events?${query}`, { 'x-tenant': tenant });
  screens.push(screen);
  return screen;
}

async function call(tenant: 'a' | 'b', method: 'POST' | 'PATCH', path: string, body: unknown) {
  const response = await fetch(`${proxyUrl}/${path}`, {
    method,
    headers: { 'x-tenant': tenant, origin, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

const types = (screen: SseClient) => screen.envelopes().map((envelope) => envelope.event);
const requestsTo = (path: string) => sandbox.sandbox.state.requests.filter((request) => request.path.endsWith(path));

describe('createEsignProxy live events, on the sandbox', () => {
  it("gives a tenant its own reminder and tag events, never another tenant's", async () => {
    const a = await open('a', `contract=${mine.contractUuid}&signature=${mine.signatureUuid}`);
    const b = await open('b', `contract=${theirs.contractUuid}&signature=${theirs.signatureUuid}`);
    await Promise.all([a, b].map((screen) => screen.waitFor((frame) => frame.id !== undefined)));

    await call('a', 'POST', `signatures/${mine.signatureUuid}/send`, { participantUuid: mine.emailParticipantUuid });
    await call('a', 'PATCH', `contracts/${mine.contractUuid}`, { input: { tagIds: [] } });
    await call('b', 'PATCH', `contracts/${theirs.contractUuid}`, { input: { tagIds: [] } });

    const expected: SigningEvent[] = [
      {
        type: 'reminder.sent',
        vendor: 'prix',
        signatureUuid: mine.signatureUuid,
        participantUuid: mine.emailParticipantUuid,
      },
      { type: 'tags.set', vendor: 'prix', contractUuid: mine.contractUuid },
    ];
    await a.waitForEvents(2);
    // B's own event arrived after A's two: had A's reached B, they would be there by now.
    await b.waitForEvents(1);
    expect(types(b)).toEqual([{ type: 'tags.set', vendor: 'prix', contractUuid: theirs.contractUuid }]);
    expect(types(a)).toEqual(expected);
  });

  it("refuses a stream on another tenant's contract, and one without a tenant, before it opens", async () => {
    const denied = await open('b', `contract=${mine.contractUuid}`);
    expect(denied.status).toBe(404);
    expect(denied.frames).toEqual([]);
    const anonymous = await openSse(`${proxyUrl}/events?contract=${mine.contractUuid}`);
    expect(anonymous.status).toBe(403);
    // A mix of one's own and another's subject is refused whole.
    expect((await open('a', `contract=${mine.contractUuid},${theirs.contractUuid}`)).status).toBe(404);
  });

  it('reads a watched contract once per interval for 30 screens, and stops with the last one', async () => {
    const many = await Promise.all(
      Array.from({ length: 30 }, () => open('a', `contract=${mine.contractUuid}&pageOpen=1`)),
    );
    await Promise.all(many.map((screen) => screen.waitFor((frame) => frame.id !== undefined)));
    const started = Date.now();
    await eventually(() => requestsTo('/contracts/find').length >= 2);
    sandbox.sandbox.control.advanceParticipant(mine.emailParticipantUuid, 'sign');
    await Promise.all(many.map((screen) => screen.waitForEvents(1, 5000)));
    for (const screen of many) {
      expect(types(screen)[0]).toMatchObject({
        type: 'participant.status',
        participantUuid: mine.emailParticipantUuid,
        status: 'DONE',
      });
    }
    const elapsed = Date.now() - started;
    // One read per interval (the baseline plus one a round, a round late at most), not one per screen.
    expect(requestsTo('/contracts/find').length).toBeLessThanOrEqual(Math.ceil(elapsed / pageOpenMs) + 2);
    expect(requestsTo('/send')).toEqual([]);
    for (const screen of screens.splice(0)) screen.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = requestsTo('/contracts/find').length;
    await new Promise((resolve) => setTimeout(resolve, pageOpenMs * 3));
    expect(requestsTo('/contracts/find').length).toBe(after);
  });

  it('asks authorize as findContract for a contract subject', async () => {
    const asked: unknown[] = [];
    const proxy = createEsignProxy({
      apiKey: sandboxKey,
      upstream: sandbox.upstream,
      authorize: (context) => {
        asked.push([context.operation === findContract, context.input]);
        return false;
      },
      events: { watcher: false },
    });
    const response = await proxy(new Request(`${proxyUrl}/events?contract=${mine.contractUuid}`));
    expect(response.status).toBe(403);
    expect(asked).toEqual([[true, { uuid: mine.contractUuid }]]);
    await proxy.close();
  });
});
