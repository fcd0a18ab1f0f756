import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { toNodeListener } from '../adapters/toNodeListener.js';
import { createEsignProxy } from '../createEsignProxy.js';
import { plainAnswerOf, plainResponse, standardResponse } from '../plainAnswer.js';

const parts = { status: 201, headers: { 'content-type': 'application/json', 'x-kit': 'yes' }, text: '{"ok":true}' };

describe('plainResponse', () => {
  it('behaves as the Response it stands for', async () => {
    const response = plainResponse(parts);
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.ok]).toEqual([201, true]);
    expect(response.headers.get('x-kit')).toBe('yes');
    expect(await response.json()).toEqual({ ok: true });
    expect(response.bodyUsed).toBe(true);
  });

  it('gives its parts until something reads it, and then no longer (the built one is what counts)', () => {
    const response = plainResponse(parts);
    expect(plainAnswerOf(response)).toEqual(parts);
    response.headers.set('x-added', '1');
    expect(plainAnswerOf(response)).toBeUndefined();
    expect(standardResponse(response).headers.get('x-added')).toBe('1');
  });

  it('is handed out as a real Response to anyone but the Node adapter', async () => {
    const built = standardResponse(plainResponse(parts));
    expect(Object.getPrototypeOf(built)).toBe(Response.prototype);
    expect(await built.text()).toBe(parts.text);
    const ordinary = new Response('x');
    expect([standardResponse(ordinary), plainAnswerOf(ordinary)]).toEqual([ordinary, undefined]);
  });
});

describe('the proxy with and without the Node adapter', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  const proxy = createEsignProxy({
    apiKey: 'sk_test_plain_answers',
    upstream: 'http://127.0.0.1:9/kit-api/v1',
    authorize: () => true,
    events: false,
  });

  async function listen(handler: (request: Request) => Promise<Response>): Promise<string> {
    server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('answers a direct call with a real Response', async () => {
    const response = await proxy(new Request('http://localhost/api/esign/no/such/operation'));
    expect(Object.getPrototypeOf(response)).toBe(Response.prototype);
    expect(response.status).toBe(404);
    expect((await response.json()).errorCode).toBe('ESIGN_KIT_UNKNOWN_OPERATION');
  });

  it('writes its own answers under toNodeListener with the same status, headers and body', async () => {
    const direct = await proxy(new Request('http://localhost/api/esign/no/such/operation'));
    const url = await listen(proxy);
    const served = await fetch(`${url}/api/esign/no/such/operation`);
    const text = await served.text();
    expect(served.status).toBe(direct.status);
    expect(text).toBe(await direct.text());
    expect(served.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    for (const [name, value] of direct.headers) expect(served.headers.get(name)).toBe(value);
  });

  it('sends what an app wrapped around the proxy changed in its answer', async () => {
    const url = await listen(async (request) => {
      const response = await proxy(request);
      response.headers.set('x-app', 'changed');
      return response;
    });
    const served = await fetch(`${url}/api/esign/no/such/operation`);
    expect(served.headers.get('x-app')).toBe('changed');
    expect((await served.json()).errorCode).toBe('ESIGN_KIT_UNKNOWN_OPERATION');
  });
});
