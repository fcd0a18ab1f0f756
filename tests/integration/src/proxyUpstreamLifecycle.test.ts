import type { IncomingMessage, ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  createEsignProxy,
  type EsignProxyErrorEvent,
  type EsignProxyLogEvent,
  type EsignProxyOptions,
} from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { startSandbox } from '@esign-kit/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, sandboxKey } from './servers.js';

// The proxy's upstream calls over real loopback HTTP (issue 5): a Prix stand-in that holds every
// request open, so the proxy's own timeout, the browser going away and the no-retry rule for
// mutations can each be seen from the upstream's side. Issue 12 adds the body: one that drips,
// one too large, a browser leaving mid-read or mid-upload.
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const signatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';
const participantUuid = 'e65664ca-bac4-4f94-81bc-bc1a2436543b';

interface HeldRequest {
  readonly path: string;
  /** Settles when the proxy closes the connection without waiting for an answer. */
  readonly abandoned: Promise<void>;
}

/** An upstream that never answers on its own; `onRequest` decides what happens to each request. */
async function startHangingUpstream(
  onRequest: (request: IncomingMessage, response: ServerResponse) => void = () => {},
) {
  const received: HeldRequest[] = [];
  let notify: (() => void) | undefined;
  const server = await listen((request, response) => {
    const abandoned = new Promise<void>((resolve) => response.on('close', () => resolve()));
    received.push({ path: request.url ?? '', abandoned });
    notify?.();
    onRequest(request, response);
  });
  return {
    upstream: `${server.url}/kit-api/v1`,
    received,
    /** Resolves once `count` requests have arrived. */
    arrived(count: number) {
      return new Promise<void>((resolve) => {
        const check = () => {
          if (received.length >= count) resolve();
        };
        notify = check;
        check();
      });
    },
    close: server.close,
  };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

async function startProxyBefore(upstream: string, timeoutMs: number, extra: Partial<EsignProxyOptions> = {}) {
  const proxy = createEsignProxy({ apiKey: sandboxKey, upstream, authorize: () => true, timeoutMs, ...extra });
  const server = await listen(toNodeListener(proxy));
  closers.push(server.close);
  return `${server.url}/api/esign`;
}

/** What the proxy tells the app's logging: `onError` events, and the access-log line once written. */
function recordReports() {
  const errors: EsignProxyErrorEvent[] = [];
  let logged: (event: EsignProxyLogEvent) => void = () => {};
  const log = new Promise<EsignProxyLogEvent>((resolve) => {
    logged = resolve;
  });
  return {
    errors,
    log,
    options: {
      onError: (event) => errors.push(event),
      onLog: (event) => logged(event),
    } satisfies Partial<EsignProxyOptions>,
  };
}

describe('upstream calls over loopback HTTP', () => {
  it('answers 504 ESIGN_KIT_UPSTREAM_TIMEOUT when Prix does not answer within timeoutMs, and lets go of Prix', async () => {
    const prix = await startHangingUpstream();
    closers.push(prix.close);
    const timeoutMs = 300;
    const proxyUrl = await startProxyBefore(prix.upstream, timeoutMs);

    const started = Date.now();
    const response = await fetch(`${proxyUrl}/contracts/find?uuid=${contractUuid}`);
    const elapsed = Date.now() - started;

    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_UPSTREAM_TIMEOUT' });
    // Retries of a query share one deadline, so the answer comes within the limit (with slack for
    // a loaded machine), not after timeoutMs per attempt.
    expect(elapsed).toBeLessThan(timeoutMs * 5);
    // Every attempt was abandoned: no connection to Prix is left hanging.
    expect(prix.received.length).toBeGreaterThanOrEqual(1);
    await Promise.all(prix.received.map((held) => held.abandoned));
  });

  it('aborts the upstream call when the browser goes away, and logs a closed client, not Prix unreachable', async () => {
    const prix = await startHangingUpstream();
    closers.push(prix.close);
    const reports = recordReports();
    const proxyUrl = await startProxyBefore(prix.upstream, 60_000, reports.options);

    const browser = new AbortController();
    const pending = fetch(`${proxyUrl}/contracts/find?uuid=${contractUuid}`, { signal: browser.signal }).catch(
      (error: unknown) => error,
    );
    await prix.arrived(1);
    browser.abort();

    expect(await pending).toBeInstanceOf(Error);
    // Without the abort, Prix would hold this connection for the whole 60 s timeout and the
    // test would time out waiting here.
    await prix.received[0]?.abandoned;
    expect(prix.received).toHaveLength(1);
    // React StrictMode aborts every query on mount: on call, that must not read as Prix being down.
    expect(await reports.log).toMatchObject({ status: 499, errorCode: 'ESIGN_KIT_CLIENT_CLOSED_REQUEST' });
    expect(reports.errors.map((event) => [event.errorCode, event.status])).toEqual([
      ['ESIGN_KIT_CLIENT_CLOSED_REQUEST', 499],
    ]);
  });

  it('never retries a mutation whose connection broke, since Prix may have acted on it', async () => {
    const prix = await startHangingUpstream((_request, response) => response.socket?.destroy());
    closers.push(prix.close);
    const proxyUrl = await startProxyBefore(prix.upstream, 5_000);

    const response = await fetch(`${proxyUrl}/signatures/${signatureUuid}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ participantUuid }),
    });

    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_UPSTREAM_UNREACHABLE' });
    expect(prix.received.map((held) => held.path)).toEqual([`/kit-api/v1/signatures/${signatureUuid}/send`]);
  });

  it('retries a query whose connection broke, and answers the attempt that worked', async () => {
    // The second attempt is passed on to the real sandbox, so the answer is a real contract.
    const sandbox = await startSandbox({ port: 0, apiKey: sandboxKey });
    closers.push(sandbox.close);
    let attempts = 0;
    const prix = await startHangingUpstream((request, response) => {
      attempts++;
      if (attempts === 1) {
        response.socket?.destroy();
        return;
      }
      void fetch(`${sandbox.url}${request.url}`, { headers: { 'x-api-key': sandboxKey } }).then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(await answer.text());
      });
    });
    closers.push(prix.close);
    const proxyUrl = await startProxyBefore(prix.upstream, 5_000);

    const response = await fetch(`${proxyUrl}/contracts/find?uuid=${contractUuid}`);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, data: { contract: { uuid: contractUuid } } });
    expect(attempts).toBe(2);
  });

  it('does not retry a page URL (kind page-url): minting runs once per click', async () => {
    const prix = await startHangingUpstream((_request, response) => response.socket?.destroy());
    closers.push(prix.close);
    const proxyUrl = await startProxyBefore(prix.upstream, 5_000);

    const response = await fetch(`${proxyUrl}/contracts/${contractUuid}/url`);

    expect(response.status).toBe(502);
    expect(prix.received).toHaveLength(1);
  });
});

/** Headers at once, then a valid start of an envelope, then a space every 100 ms, for as long as anyone listens. */
function dripBody(_request: IncomingMessage, response: ServerResponse) {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.write('{"ok":true,"data":{"contract":');
  const timer = setInterval(() => response.write(' '), 100);
  response.on('close', () => clearInterval(timer));
}

const hugeBytes = 50 * 1024 * 1024;

/**
 * A 50 MB envelope written lazily, 64 KiB at a time and only as fast as the proxy reads it
 * (backpressure), so `sent` says how much the proxy took before it hung up.
 */
function startHugeUpstream(declareLength: boolean) {
  const progress = { sent: 0 };
  const head = '{"ok":true,"data":{"blob":"';
  const tail = '"}}';
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const upstream = startHangingUpstream((_request, response) => {
    const length = head.length + hugeBytes + tail.length;
    response.writeHead(200, {
      'content-type': 'application/json',
      ...(declareLength ? { 'content-length': length } : {}),
    });
    response.write(head);
    const pump = () => {
      while (progress.sent < hugeBytes && !response.destroyed) {
        progress.sent += chunk.byteLength;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      if (progress.sent >= hugeBytes) response.end(tail);
    };
    pump();
  });
  return { upstream, progress };
}

/** A garbage collection on demand: vitest's workers run without `--expose-gc`. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('the upstream answer body, over loopback HTTP (issue 12)', () => {
  it('answers 504 ESIGN_KIT_UPSTREAM_TIMEOUT when Prix sends headers but drip-feeds the body past timeoutMs, and hangs up', async () => {
    const prix = await startHangingUpstream(dripBody);
    closers.push(prix.close);
    const timeoutMs = 500;
    const proxyUrl = await startProxyBefore(prix.upstream, timeoutMs);

    const started = Date.now();
    const response = await fetch(`${proxyUrl}/contracts/find?uuid=${contractUuid}`);

    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_UPSTREAM_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(timeoutMs + 1500);
    await Promise.all(prix.received.map((held) => held.abandoned));
  });

  it('keeps the body deadline while garbage collection runs (fetch follows its signal through a weak reference)', async () => {
    // Node 20's fetch links a request to the caller's signal through a WeakRef (nodejs/node#55428):
    // once collected, aborting the signal no longer reaches the body, and the read went on for
    // as long as Prix kept dripping. Collect often while the body drips.
    const gc = exposeGc();
    const prix = await startHangingUpstream(dripBody);
    closers.push(prix.close);
    const timeoutMs = 500;
    const proxyUrl = await startProxyBefore(prix.upstream, timeoutMs);
    const collecting = setInterval(gc, 40);

    try {
      const started = Date.now();
      const response = await fetch(`${proxyUrl}/contracts/find?uuid=${contractUuid}`, {
        signal: AbortSignal.timeout(timeoutMs + 4000),
      });
      expect(response.status).toBe(504);
      expect(Date.now() - started).toBeLessThan(timeoutMs + 1500);
      await Promise.all(prix.received.map((held) => held.abandoned));
    } finally {
      clearInterval(collecting);
    }
  });

  it.each([
    ['streamed without a length', false],
    ['with a content-length over the cap', true],
  ])(
    'answers 502 ESIGN_KIT_UPSTREAM_TOO_LARGE for a 50 MB answer %s, hanging up long before its end',
    async (_name, declareLength) => {
      const huge = startHugeUpstream(declareLength);
      const prix = await huge.upstream;
      closers.push(prix.close);
      const reports = recordReports();
      const proxyUrl = await startProxyBefore(prix.upstream, 10_000, {
        maxUpstreamBytes: 1024 * 1024,
        ...reports.options,
      });

      const response = await fetch(`${proxyUrl}/contracts/find?uuid=${contractUuid}`);

      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_UPSTREAM_TOO_LARGE' });
      await Promise.all(prix.received.map((held) => held.abandoned));
      // The proxy stopped after about 1 MiB; socket buffers on loopback hold a few MB more.
      expect(huge.progress.sent).toBeLessThan(hugeBytes / 4);
      expect(prix.received).toHaveLength(1); // too large is not worth a retry
      expect(reports.errors.map((event) => event.errorCode)).toEqual(['ESIGN_KIT_UPSTREAM_TOO_LARGE']);
    },
  );

  it('stops reading and hangs up on Prix when the browser leaves mid-body, logging a closed client', async () => {
    const prix = await startHangingUpstream(dripBody);
    closers.push(prix.close);
    const reports = recordReports();
    const proxyUrl = await startProxyBefore(prix.upstream, 60_000, reports.options);

    const browser = new AbortController();
    const pending = fetch(`${proxyUrl}/contracts/find?uuid=${contractUuid}`, { signal: browser.signal }).catch(
      (error: unknown) => error,
    );
    await prix.arrived(1);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the headers are in: the proxy reads the body
    browser.abort();

    expect(await pending).toBeInstanceOf(Error);
    await prix.received[0]?.abandoned;
    expect(await reports.log).toMatchObject({ status: 499, errorCode: 'ESIGN_KIT_CLIENT_CLOSED_REQUEST' });
    expect(reports.errors.map((event) => event.errorCode)).toEqual(['ESIGN_KIT_CLIENT_CLOSED_REQUEST']);
  });

  it('runs a mutation to its end when the browser leaves, so the retry replays what Prix did', async () => {
    // Prix answers the reminder 400 ms after it arrives, long after the browser has gone.
    const prix = await startHangingUpstream((_request, response) => {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({ ok: true, data: { participantUuid, sendType: 'EMAIL', sendAddress: 'kim@example.co.kr' } }),
        );
      }, 400);
    });
    closers.push(prix.close);
    const reports = recordReports();
    const proxyUrl = await startProxyBefore(prix.upstream, 60_000, reports.options);
    const send = (signal?: AbortSignal) =>
      fetch(`${proxyUrl}/signatures/${signatureUuid}/send`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'remind-once-0001' },
        body: JSON.stringify({ participantUuid }),
        ...(signal ? { signal } : {}),
      });

    const browser = new AbortController();
    const pending = send(browser.signal).catch((error: unknown) => error);
    await prix.arrived(1);
    browser.abort();
    expect(await pending).toBeInstanceOf(Error);

    // The proxy kept the exchange open and recorded Prix's answer, which the retry gets back.
    expect(await reports.log).toMatchObject({ status: 200, operationId: 'signatures.send' });
    const retry = await send();
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toMatchObject({ ok: true, data: { participantUuid } });
    expect(prix.received).toHaveLength(1);
    expect(reports.errors).toEqual([]);
  });

  it('logs a browser that leaves mid-upload as a closed client, not as the proxy failing', async () => {
    const prix = await startHangingUpstream();
    closers.push(prix.close);
    const reports = recordReports();
    const proxyUrl = new URL(await startProxyBefore(prix.upstream, 60_000, reports.options));

    const socket = connect(Number(proxyUrl.port), proxyUrl.hostname);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST ${proxyUrl.pathname}/signatures/${signatureUuid}/send HTTP/1.1\r\nhost: ${proxyUrl.host}\r\n` +
        'content-type: application/json\r\ncontent-length: 1000\r\n\r\n{"participantUu',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();

    expect(await reports.log).toMatchObject({ status: 499, errorCode: 'ESIGN_KIT_CLIENT_CLOSED_REQUEST' });
    expect(reports.errors.map((event) => event.errorCode)).toEqual(['ESIGN_KIT_CLIENT_CLOSED_REQUEST']);
    expect(prix.received).toHaveLength(0);
  });
});
