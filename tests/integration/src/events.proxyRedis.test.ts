import { esignonWorkflow } from '@esign-kit/core/esignon/server';
import { createEsignProxy, type EsignProxy } from '@esign-kit/proxy';
import { esignon } from '@esign-kit/proxy/esignon';
import { toNodeListener } from '@esign-kit/proxy/node';
import { createRedisEventBus } from '@esign-kit/proxy/redis';
import { type RunningSandbox, startSandbox } from '@esign-kit/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSse, type SseClient } from '../../../packages/proxy/src/__tests__/eventsClient.js';
import { type RedisTestServer, startRedisServer } from '../../../packages/proxy/src/__tests__/redisServer.js';
import { callbackAuthorization, esignonMember } from './esignonStack.js';
import { listen, sandboxKey } from './servers.js';

// Two createEsignProxy instances over loopback, each with its own Redis event bus on one real
// redis-server, both with the eSignon vendor against the sandbox. The sandbox calls back instance
// A only; a screen connected to B hears of it, once, and a repeated callback is not heard again.

const startInput = {
  templateId: '101',
  title: '근로계약서',
  signers: [
    { name: '홍길동', contact: 'hong@example.com' },
    { name: '김대표', contact: 'kim@example.com' },
  ],
};

let sandbox: RunningSandbox;
let redis: RedisTestServer;
const instances: { url: string; proxy: EsignProxy }[] = [];
const closers: (() => Promise<void> | void)[] = [];
const screens: SseClient[] = [];
/** Workflows the app's `authorize` lets the screens read. */
const readable = new Set<string>();

beforeAll(async () => {
  [sandbox, redis] = await Promise.all([
    startSandbox({ port: 0, apiKey: sandboxKey, esignon: { callbackRetryDelaysMs: [20, 40] } }),
    startRedisServer(),
  ]);
  for (let index = 0; index < 2; index++) {
    let handler: ((request: Request) => Promise<Response>) | undefined;
    const server = await listen(
      toNodeListener((request) => (handler as (request: Request) => Promise<Response>)(request)),
    );
    const bus = createRedisEventBus({ client: redis.connect(), key: 'test:proxy-events', blockMs: 500 });
    const proxy = createEsignProxy({
      vendors: [
        esignon({
          upstream: `${sandbox.url}/esignon`,
          ...esignonMember,
          // Every callback goes to the first instance, whichever started the workflow.
          callback: {
            url: `${instances[0]?.url ?? server.url}/api/esign/esignon/callback`,
            authorization: callbackAuthorization,
          },
        }),
      ],
      authorize: ({ operation, input }) =>
        operation !== esignonWorkflow || readable.has((input as { workflowId: string }).workflowId)
          ? true
          : 'not-found',
      events: { bus },
    });
    handler = proxy;
    instances.push({ url: server.url, proxy });
    closers.push(
      () => server.close(),
      () => proxy.close(),
      () => bus.close(),
    );
  }
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await Promise.all([sandbox?.close(), redis?.close()]);
});
afterEach(() => {
  for (const screen of screens.splice(0)) screen.close();
});

async function startWorkflow(on: { url: string }): Promise<string> {
  const response = await fetch(`${on.url}/api/esign/esignon/workflows`, {
    method: 'POST',
    headers: { origin: on.url, 'content-type': 'application/json' },
    body: JSON.stringify(startInput),
  });
  const body = (await response.json()) as { data: { workflowId: string } };
  expect(response.status).toBe(200);
  return body.data.workflowId;
}

async function watch(on: { url: string }, workflowId: string) {
  const screen = await openSse(`${on.url}/api/esign/events?workflow=${workflowId}`);
  screens.push(screen);
  expect(screen.status).toBe(200);
  await screen.waitFor((frame) => frame.id !== undefined);
  return screen;
}

describe('eSignon callbacks as live events, two proxies sharing Redis', () => {
  it('a callback received by A reaches screens on B and on A, once each', async () => {
    const [a, b] = instances as [(typeof instances)[number], (typeof instances)[number]];
    const workflowId = await startWorkflow(b);
    readable.add(workflowId);
    const [onA, onB] = [await watch(a, workflowId), await watch(b, workflowId)];

    // Each callback is sent twice: the proxy stores it once and publishes it once.
    sandbox.sandbox.esignon.duplicateCallbacks(true);
    sandbox.sandbox.esignon.sign(workflowId, 1);
    await sandbox.sandbox.esignon.settled();
    for (const screen of [onA, onB]) {
      const heard = await screen.waitForEvents(1);
      expect(heard[0]?.event).toEqual({
        type: 'workflow.status',
        vendor: 'esignon',
        workflowId,
        status: 'Playing',
        step: 1,
      });
    }
    sandbox.sandbox.esignon.duplicateCallbacks(false);
    const sent = sandbox.sandbox.esignon.callbacks().filter((record) => record.workflowId === workflowId);
    expect(sent).toHaveLength(2);
    expect(sent.every((record) => record.url.startsWith(a.url))).toBe(true);
    // The second signer: one more status; both screens heard each event once, in the same order.
    sandbox.sandbox.esignon.sign(workflowId, 2);
    await sandbox.sandbox.esignon.settled();
    const last = await onB.waitFor((frame) => frame.data?.includes('"Complete"') ?? false);
    expect(last).toBeDefined();
    await onA.waitFor((frame) => frame.data?.includes('"Complete"') ?? false);
    const statuses = (screen: SseClient) =>
      screen
        .envelopes()
        .flatMap((envelope) => (envelope.event.type === 'workflow.status' ? [envelope.event.status] : []));
    expect(statuses(onB)).toEqual(['Playing', 'Complete']);
    expect(onB.envelopes()).toEqual(onA.envelopes());
  });

  it('never opens a screen on a workflow authorize keeps from it', async () => {
    const [, b] = instances as [(typeof instances)[number], (typeof instances)[number]];
    const workflowId = await startWorkflow(b);
    const refused = await openSse(`${b.url}/api/esign/events?workflow=${workflowId}`);
    expect(refused.status).toBe(404);
  });
});
