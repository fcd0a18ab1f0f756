import {
  createEventStreamRoute,
  createMemoryEventBus,
  createPrixStatusReader,
  createStatusWatcher,
  type StatusWatcher,
} from '@esign-kit/proxy';
import { type RunningSandbox, seedIds, startSandbox } from '@esign-kit/sandbox';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventually, openSse, serveOnLoopback } from '../../../packages/proxy/src/__tests__/eventsClient.js';
import { sandboxKey } from './servers.js';

// The Prix status watcher against the real sandbox, behind the SSE route over loopback: 50
// screens on one contract, a participant signs in the sandbox, every screen hears of it, and the
// sandbox saw one contracts/find per interval, never a reminder.
const { contractUuid, signatureUuid, emailParticipantUuid } = seedIds.mou;
const pageOpenMs = 250;

let sandbox: RunningSandbox;
let watcher: StatusWatcher;
let streamUrl: string;
const closers: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, apiKey: sandboxKey });
  const bus = createMemoryEventBus();
  watcher = createStatusWatcher({
    bus,
    fetchStatus: createPrixStatusReader({ apiKey: sandboxKey, upstream: sandbox.upstream }),
    intervals: { pageOpenMs, idleMs: 60_000 },
  });
  const server = await serveOnLoopback(createEventStreamRoute({ bus, authorizeSubject: () => true, watcher }));
  streamUrl = `${server.url}/api/esign/events`;
  closers.push(
    () => server.close(),
    () => watcher.close(),
  );
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await sandbox?.close();
});
beforeEach(() => sandbox.sandbox.reset());
afterEach(async () => {
  await eventually(() => watcher.size === 0);
});

/** The upstream requests the sandbox logged, by path. */
const requestsTo = (path: string) => sandbox.sandbox.state.requests.filter((request) => request.path.endsWith(path));

describe('status watcher on the sandbox', () => {
  it('tells 50 screens of a signature with one contracts/find per interval, and stops with the last screen', async () => {
    const screens = await Promise.all(
      Array.from({ length: 50 }, () => openSse(`${streamUrl}?contract=${contractUuid}&pageOpen=1`)),
    );
    await Promise.all(screens.map((screen) => screen.waitFor((frame) => frame.id !== undefined)));
    expect(watcher.size).toBe(1);
    const started = Date.now();
    await eventually(() => requestsTo('/contracts/find').length >= 2); // the baseline, then a read
    sandbox.sandbox.control.advanceParticipant(emailParticipantUuid, 'sign');
    const heard = await Promise.all(screens.map((screen) => screen.waitForEvents(2, 5000)));
    for (const events of heard) {
      expect(events.map((envelope) => envelope.event)).toEqual([
        expect.objectContaining({
          type: 'participant.status',
          participantUuid: emailParticipantUuid,
          status: 'DONE',
          signatureUuid,
        }),
        expect.objectContaining({
          type: 'participant.status',
          participantUuid: seedIds.mou.phoneParticipantUuid,
          status: 'WAITING',
        }),
      ]);
    }
    const elapsed = Date.now() - started;
    const reads = requestsTo('/contracts/find');
    // One read per interval (plus the baseline), not one per screen: 50 screens would be 50 a round.
    expect(reads.length).toBeLessThanOrEqual(Math.ceil(elapsed / pageOpenMs) + 2);
    expect(reads.every((request) => request.search === `?uuid=${contractUuid}` && request.authorized)).toBe(true);
    expect(
      sandbox.sandbox.state.requests.every(
        (request) => request.method === 'GET' && request.path.endsWith('/contracts/find'),
      ),
    ).toBe(true);
    expect(sandbox.sandbox.state.reminders).toEqual([]);

    for (const screen of screens) screen.close();
    await eventually(() => watcher.size === 0);
    const after = requestsTo('/contracts/find').length;
    await new Promise((resolve) => setTimeout(resolve, pageOpenMs * 3));
    expect(requestsTo('/contracts/find').length).toBeLessThanOrEqual(after + 1); // at most one read already under way
  });

  it('tells the signature and contract statuses when the last participant signs', async () => {
    const screen = await openSse(`${streamUrl}?contract=${contractUuid}&pageOpen=1`);
    await eventually(() => requestsTo('/contracts/find').length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    sandbox.sandbox.control.advanceParticipant(emailParticipantUuid, 'sign');
    sandbox.sandbox.control.advanceParticipant(seedIds.mou.phoneParticipantUuid, 'sign');
    const events = await screen
      .waitFor((frame) => frame.data?.includes('"contract.status"') ?? false, 5000)
      .then(() => screen.envelopes());
    expect(events.map((envelope) => envelope.event.type).slice(-2)).toEqual(['signature.status', 'contract.status']);
    expect(events.at(-1)?.event).toEqual({
      type: 'contract.status',
      vendor: 'prix',
      contractUuid,
      status: 'CONCLUDED',
    });
    screen.close();
  });
});
