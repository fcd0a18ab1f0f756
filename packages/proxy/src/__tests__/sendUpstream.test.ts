import { describe, expect, it } from 'vitest';
import { openTransport, type TransportSettings } from '../vendor/sendUpstream.js';
import type { UpstreamRequest } from '../vendor/Vendor.js';

// The transport every vendor sends through, with an injected fetch: what it sends, when it tries
// again, and how each way of failing comes back (in the kit's terms, told to onError once).

const request: UpstreamRequest = {
  url: 'https://vendor.test/api/items?x=1',
  method: 'POST',
  headers: { authorization: 'vendor token', 'content-type': 'application/json' },
  body: '{"name":"a"}',
};

type Answer = (init: RequestInit, attempt: number) => Promise<Response>;

function setUp(answer: Answer, settings: Partial<TransportSettings> = {}, clientSignal?: AbortSignal) {
  const sent: { url: string; init: RequestInit }[] = [];
  const reports: [string, number, string][] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return answer(init, sent.length);
  }) as unknown as typeof globalThis.fetch;
  const transport = openTransport(
    { timeoutMs: 1000, maxUpstreamBytes: 1024, queryRetries: 2, fetch, ...settings },
    {
      operationId: 'fake.items.create',
      vendorName: 'Fake',
      clientSignal,
      report: (...event) => reports.push(event),
    },
  );
  return { transport, sent, reports };
}

/** A fetch that never answers: it fails when its signal aborts (at once if it already has), as fetch does. */
const never: Answer = (init) =>
  new Promise((_, reject) => {
    if (init.signal?.aborted) reject(init.signal.reason);
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

describe('the vendor transport', () => {
  it("sends the vendor's request as built, refusing redirects, and gives back status and parsed body", async () => {
    const { transport, sent, reports } = setUp(async () => Response.json({ done: true }, { status: 201 }));
    expect(await transport.send(request, { retry: false })).toEqual({
      ok: 'reply',
      status: 201,
      payload: { done: true },
    });
    transport.release();
    expect(sent.map(({ url, init }) => [url, init.method, init.headers, init.body, init.redirect])).toEqual([
      [request.url, 'POST', request.headers, request.body, 'error'],
    ]);
    expect(reports).toEqual([]);
  });

  it('tries a request sent with retry again after a 5xx or a network error, within queryRetries', async () => {
    const { transport, sent } = setUp(async (_, attempt) => {
      if (attempt === 1) throw new TypeError('fetch failed');
      return attempt === 2 ? new Response('busy', { status: 503 }) : Response.json({ ok: true });
    });
    expect(await transport.send(request, { retry: true })).toEqual({ ok: 'reply', status: 200, payload: { ok: true } });
    expect(sent).toHaveLength(3);
    transport.release();
  });

  it('answers the last 5xx when the retries run out, and sends a request without retry once', async () => {
    const failing = setUp(async () => new Response('down', { status: 502 }), { queryRetries: 1 });
    expect(await failing.transport.send(request, { retry: true })).toMatchObject({ ok: 'reply', status: 502 });
    expect(failing.sent).toHaveLength(2);
    const once = setUp(async () => new Response('down', { status: 502 }));
    expect(await once.transport.send(request, { retry: false })).toMatchObject({ ok: 'reply', status: 502 });
    expect(once.sent).toHaveLength(1);
  });

  it('reports an unreachable vendor, saying a request without retry may have been carried out', async () => {
    const { transport, reports } = setUp(async () => {
      throw new TypeError('connect ECONNREFUSED');
    });
    expect(await transport.send(request, { retry: false })).toMatchObject({
      ok: false,
      errorCode: 'ESIGN_KIT_UPSTREAM_UNREACHABLE',
      status: 502,
      texts: { ko: expect.any(String), en: expect.any(String) },
    });
    expect(reports).toEqual([
      [
        'ESIGN_KIT_UPSTREAM_UNREACHABLE',
        502,
        'connect ECONNREFUSED Fake may have carried out fake.items.create: the request had been sent.',
      ],
    ]);
  });

  it('cuts off an answer over maxUpstreamBytes (502)', async () => {
    const { transport, reports } = setUp(async () => new Response('x'.repeat(2000)), { maxUpstreamBytes: 100 });
    expect(await transport.send(request, { retry: true })).toMatchObject({
      errorCode: 'ESIGN_KIT_UPSTREAM_TOO_LARGE',
      status: 502,
    });
    expect(reports.map(([code, status]) => [code, status])).toEqual([['ESIGN_KIT_UPSTREAM_TOO_LARGE', 502]]);
  });

  it('ends every request of the call at the one deadline (504)', async () => {
    const { transport, reports } = setUp(never, { timeoutMs: 30 });
    expect(await transport.send(request, { retry: true })).toMatchObject({
      errorCode: 'ESIGN_KIT_UPSTREAM_TIMEOUT',
      status: 504,
    });
    // The deadline is the call's, not the request's: a later request of the same call ends at once.
    const started = performance.now();
    expect(await transport.send(request, { retry: true })).toMatchObject({ errorCode: 'ESIGN_KIT_UPSTREAM_TIMEOUT' });
    expect(performance.now() - started).toBeLessThan(25);
    expect(reports[0]).toEqual(['ESIGN_KIT_UPSTREAM_TIMEOUT', 504, 'No complete answer within 30 ms.']);
    transport.release();
  });

  it('stops when the browser goes away (499), but not a shared request, which others wait for', async () => {
    const browser = new AbortController();
    const { transport, reports } = setUp(
      // As fetch does: an aborted signal fails at once.
      async (init) => {
        init.signal?.throwIfAborted();
        return Response.json({ token: 't' });
      },
      {},
      browser.signal,
    );
    browser.abort();
    expect(await transport.send(request, { retry: false })).toMatchObject({
      errorCode: 'ESIGN_KIT_CLIENT_CLOSED_REQUEST',
      status: 499,
    });
    expect(reports.map(([code, , detail]) => [code, detail])).toEqual([
      ['ESIGN_KIT_CLIENT_CLOSED_REQUEST', 'The browser went away; the call to Fake was aborted.'],
    ]);
    expect(await transport.send(request, { retry: true, shared: true })).toEqual({
      ok: 'reply',
      status: 200,
      payload: { token: 't' },
    });
    transport.release();
  });
});
