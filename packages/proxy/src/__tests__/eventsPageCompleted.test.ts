import type { SigningEvent } from '@esign-kit/core/events';
import { describe, expect, it } from 'vitest';
import { createEsignProxy } from '../createEsignProxy.js';
import type { EventBus } from '../events/EventBus.js';
import { createMemoryEventBus } from '../events/memoryEventBus.js';
import type { EsignProxyOptions } from '../options.js';

// `POST <basePath>/events/page-completed`, in process: Prix is an injected fetch that must never
// be called, the bus a memory one the test listens to.

const app = 'https://admin.example.test';
const base = `${app}/api/esign`;
const ours = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const theirs = '0b6b8f52-5f8e-4b0e-9a43-2f1d7c2d9a11';

function setUp(options: Partial<EsignProxyOptions> = {}) {
  const upstream: string[] = [];
  const published: SigningEvent[] = [];
  const bus: EventBus = createMemoryEventBus();
  void bus.subscribe((envelope) => published.push(envelope.event));
  const proxy = createEsignProxy({
    apiKey: 'sk_page_completed_0123456789abcdef',
    upstream: 'https://prix.test/kit-api/v1',
    publicOrigins: [app],
    // A tenant reads only its own contract.
    authorize: ({ input }) => ((input as { uuid?: string }).uuid === theirs ? 'not-found' : true),
    fetch: (async (input: RequestInfo | URL) => {
      upstream.push(String(input));
      return Response.json({ ok: true });
    }) as typeof fetch,
    events: { bus, watcher: false },
    ...options,
  });
  // The bus delivers on its own tick: let it.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
  return { proxy, published, upstream, settle };
}

const report = (body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${base}/events/page-completed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /events/page-completed', () => {
  it('publishes page.completed for an allowed page and a readable subject', async () => {
    const { proxy, published, upstream, settle } = setUp();
    const response = await proxy(report({ page: 'contracts.signatureUrl', contract: ours }));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({});
    await settle();
    expect(published).toEqual([
      { type: 'page.completed', vendor: 'prix', page: 'contracts.signatureUrl', contractUuid: ours },
    ]);
    expect(upstream).toEqual([]);
  });

  it('refuses a cross-site report (403) and publishes nothing', async () => {
    const { proxy, published, settle } = setUp();
    const response = await proxy(
      report({ page: 'contracts.signatureUrl', contract: ours }, { origin: 'https://evil.example' }),
    );
    expect(response.status).toBe(403);
    expect((await response.json()).errorCode).toBe('ESIGN_KIT_CROSS_SITE');
    await settle();
    expect(published).toEqual([]);
  });

  it('refuses an unauthenticated report (403)', async () => {
    const { proxy, published, settle } = setUp({ authenticate: () => false });
    const response = await proxy(report({ page: 'contracts.signatureUrl', contract: ours }));
    expect(response.status).toBe(403);
    expect((await response.json()).errorCode).toBe('ESIGN_KIT_FORBIDDEN');
    await settle();
    expect(published).toEqual([]);
  });

  it.each([
    ['an unknown page', { page: 'contracts.nope', contract: ours }, 'page'],
    ['a page that is not a page-URL operation', { page: 'contracts.find', contract: ours }, 'page'],
    ['an unknown key', { page: 'contracts.signatureUrl', contract: ours, name: 'Kim' }, 'name'],
    ['a malformed uuid', { page: 'contracts.signatureUrl', contract: 'nope' }, 'contract'],
    ['no subject', { page: 'contracts.signatureUrl' }, ''],
    ['not an object', [1, 2], ''],
    ['not JSON', '{page', ''],
  ])('refuses %s (400 with issues)', async (_, body, path) => {
    const { proxy, published, settle } = setUp();
    const response = await proxy(report(body));
    expect(response.status).toBe(400);
    const answer = await response.json();
    expect(answer.errorCode).toBe('ESIGN_KIT_INVALID_INPUT');
    expect(answer.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    await settle();
    expect(published).toEqual([]);
  });

  it('refuses a body that is not sent as JSON (415), like every other call with a body', async () => {
    const { proxy, published, settle } = setUp();
    const body = { page: 'contracts.signatureUrl', contract: ours };
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      expect((await proxy(report(body, { 'content-type': type }))).status).toBe(415);
    }
    await settle();
    expect(published).toEqual([]);
  });

  it('refuses a body over 1 KiB (413)', async () => {
    const { proxy, published, settle } = setUp();
    const response = await proxy(report({ page: 'contracts.signatureUrl', contract: ours, pad: 'x'.repeat(2000) }));
    expect(response.status).toBe(413);
    await settle();
    expect(published).toEqual([]);
  });

  it("refuses another tenant's subject and publishes nothing", async () => {
    const { proxy, published, settle } = setUp();
    const response = await proxy(report({ page: 'contracts.signatureUrl', contract: ours, signature: theirs }));
    expect(response.status).toBe(202); // the signature is asked as a list, which this tenant may read
    await settle();
    published.length = 0;
    const refused = await proxy(report({ page: 'contracts.detailUrl', contract: theirs }));
    expect(refused.status).toBe(404);
    await settle();
    expect(published).toEqual([]);
  });

  it("asks the app's events.authorizeSubject, as the stream does", async () => {
    const { proxy, published, settle } = setUp({
      events: {
        bus: createMemoryEventBus(),
        watcher: false,
        authorizeSubject: ({ subject }, asRead) => (subject.kind === 'signature' ? false : asRead()),
      },
    });
    const response = await proxy(report({ page: 'contracts.signatureUrl', signature: ours }));
    expect(response.status).toBe(403);
    await settle();
    expect(published).toEqual([]);
  });

  it('publishes a repeat within 5 s once, answering 202 each time', async () => {
    const { proxy, published, settle } = setUp();
    const body = { page: 'contracts.signatureUrl', contract: ours };
    expect((await proxy(report(body))).status).toBe(202);
    expect((await proxy(report(body))).status).toBe(202);
    await settle();
    expect(published).toHaveLength(1);
    // Another page of the same contract is news.
    expect((await proxy(report({ page: 'contracts.detailUrl', contract: ours }))).status).toBe(202);
    await settle();
    expect(published).toHaveLength(2);
  });

  it('is not served when events are off', async () => {
    const { proxy } = setUp({ events: false });
    const response = await proxy(report({ page: 'contracts.signatureUrl', contract: ours }));
    expect(response.status).toBe(404);
  });

  it('answers 405 to a GET', async () => {
    const { proxy } = setUp();
    const response = await proxy(new Request(`${base}/events/page-completed`));
    expect(response.status).toBe(405);
  });
});
