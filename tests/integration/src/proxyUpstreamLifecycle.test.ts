import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEsignProxy, toNodeListener } from '@esign-kit/proxy';
import { startSandbox } from '@esign-kit/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, sandboxKey } from './servers.js';

// The proxy's upstream calls over real loopback HTTP (issue 5): a Prix stand-in that holds every
// request open, so the proxy's own timeout, the browser going away and the no-retry rule for
// mutations can each be seen from the upstream's side.
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

async function startProxyBefore(upstream: string, timeoutMs: number) {
  const proxy = createEsignProxy({ apiKey: sandboxKey, upstream, authorize: () => true, timeoutMs });
  const server = await listen(toNodeListener(proxy));
  closers.push(server.close);
  return `${server.url}/api/esign`;
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

  it('aborts the upstream call when the browser goes away', async () => {
    const prix = await startHangingUpstream();
    closers.push(prix.close);
    const proxyUrl = await startProxyBefore(prix.upstream, 60_000);

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
