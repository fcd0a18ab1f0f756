import { createEsignClient, findContractRoute, isEsignKitError, type RouteOf } from '@esign-kit/core';
import { defineOperation, describeErrorCode, findContract, validated } from '@esign-kit/core/server';
import { createEsignProxy, createEsignServerClient } from '@esign-kit/proxy';
import { startSandbox } from '@esign-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { sandboxKey } from './servers.js';

const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';

/** A server-only operation of our own, standing in for the platform endpoints that return keys. */
const revealKey = defineOperation({
  id: 'test.revealKey',
  method: 'GET',
  path: 'test/reveal-key',
  kind: 'query',
  summary: 'test-only server-only operation',
  serverOnly: true,
  input: z.strictObject({}),
  data: z.object({ apiKey: z.string() }),
});

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, apiKey: sandboxKey });
});
afterAll(() => sandbox.close());

/** A strict server client whose "Prix" answers `data(n)` to its n-th call, counting the calls. */
function strictClientAnswering(data: (call: number) => unknown) {
  let calls = 0;
  const prix = createEsignServerClient({
    apiKey: sandboxKey,
    upstream: 'https://prix.invalid/kit-api/v1',
    strictResponses: true,
    fetch: async () => new Response(JSON.stringify({ ok: true, data: data(++calls) })),
  });
  return { prix, calls: () => calls };
}

describe('createEsignServerClient', () => {
  it('takes a validated custom definition and still reads its data against the schema', async () => {
    const { prix } = strictClientAnswering((call) => (call === 1 ? { apiKey: 'k' } : { apiKey: 7 }));
    await expect(prix.request(validated(revealKey), {})).resolves.toEqual({ apiKey: 'k' });
    await expect(prix.request(validated(revealKey), {})).rejects.toMatchObject({
      errorCode: 'ESIGN_KIT_INVALID_RESPONSE',
    });
  });

  it('words invalid input in both languages, as the proxy does', async () => {
    const korean = createEsignServerClient({ apiKey: sandboxKey, upstream: sandbox.upstream, locale: 'ko' });
    const error = await korean.request(findContract, { uuid: 'not-a-uuid' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ errorCode: 'ESIGN_KIT_INVALID_INPUT' });
    const [issue] = (error as { issues: { path: string; texts?: { ko: string; en: string } }[] }).issues;
    expect(issue?.path).toBe('uuid');
    expect(issue?.texts?.ko).toMatch(/[가-힣]/);
    expect(issue?.texts?.en).toMatch(/[a-z]/);
    // The Korean message names the field with its Korean sentence, not the validator's English.
    expect((error as Error).message).toContain(`uuid(${issue?.texts?.ko.replace(/\.$/, '')})`);
  });

  it('calls the kit directly with the key and checks the data', async () => {
    const prix = createEsignServerClient({ apiKey: sandboxKey, upstream: sandbox.upstream });
    const { contract } = await prix.request(findContract, { uuid: contractUuid });
    expect(contract.uuid).toBe(contractUuid);
    expect(sandbox.sandbox.state.requests.at(-1)).toMatchObject({ authorized: true });
  });

  it("surfaces Prix's errors as EsignKitError, with the key redacted from the vendor text", async () => {
    const prix = createEsignServerClient({
      apiKey: sandboxKey,
      upstream: 'https://prix.invalid/kit-api/v1',
      fetch: async () =>
        new Response(JSON.stringify({ ok: false, errorCode: 'UNAUTHORIZED_API_KEY', message: `bad ${sandboxKey}` }), {
          status: 401,
        }),
    });
    const error = await prix.request(findContract, { uuid: contractUuid }).catch((caught: unknown) => caught);
    expect(isEsignKitError(error) && error.errorCode).toBe('UNAUTHORIZED_API_KEY');
    expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain(sandboxKey);
    expect((error as { vendorMessage: string }).vendorMessage).toBe('bad [redacted]');
  });

  it("gives Prix's errors the catalogue's sentences in the chosen locale (Prix sends only its own text)", async () => {
    const prix = createEsignServerClient({ apiKey: sandboxKey, upstream: sandbox.upstream, locale: 'en' });
    const error = await prix
      .request(findContract, { uuid: '0b7c2f4e-3d7a-4b8e-9c1d-2e3f4a5b6c7d' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      errorCode: 'NOT_FOUND_CUSTOMER',
      status: 404,
      message: describeErrorCode('NOT_FOUND_CUSTOMER')?.en,
      vendorMessage: expect.any(String),
    });
  });

  it('reads a response whose data does not match the schema (drift, told once), or rejects it when strict', async () => {
    const drifts: unknown[] = [];
    const options = {
      apiKey: sandboxKey,
      upstream: 'https://prix.invalid/kit-api/v1',
      fetch: async () => new Response(JSON.stringify({ ok: true, data: { contract: null, extra: 1 } })),
    };
    const prix = createEsignServerClient({ ...options, onDrift: (event) => drifts.push(event) });
    await expect(prix.request(findContract, { uuid: contractUuid })).resolves.toEqual({ contract: null });
    await expect(prix.request(findContract, { uuid: contractUuid })).resolves.toEqual({ contract: null });
    expect(drifts).toEqual([{ operationId: 'contracts.find', paths: ['contract'] }]);

    const strict = createEsignServerClient({ ...options, strictResponses: true });
    await expect(strict.request(findContract, { uuid: contractUuid })).rejects.toMatchObject({
      errorCode: 'ESIGN_KIT_INVALID_RESPONSE',
      issues: [expect.objectContaining({ path: 'contract' })],
    });
  });

  it('swaps a route for its definition, so it still validates and checks the data (nothing stands before Prix)', async () => {
    const { prix, calls } = strictClientAnswering(() => ({ contract: null }));
    await expect(prix.request(findContractRoute, { uuid: 'not-a-uuid' })).rejects.toMatchObject({
      errorCode: 'ESIGN_KIT_INVALID_INPUT',
      issues: [expect.objectContaining({ path: 'uuid' })],
    });
    expect(calls()).toBe(0);
    await expect(prix.request(findContractRoute, { uuid: contractUuid })).rejects.toMatchObject({
      errorCode: 'ESIGN_KIT_INVALID_RESPONSE',
    });
    expect(calls()).toBe(1);
  });

  it('refuses a route it has no definition for, before any request', async () => {
    let calls = 0;
    const prix = createEsignServerClient({
      apiKey: sandboxKey,
      upstream: sandbox.upstream,
      fetch: async () => {
        calls++;
        return new Response('{}');
      },
    });
    const unknownRoute: RouteOf<typeof findContract> = {
      ...findContractRoute,
      id: 'contracts.findElsewhere' as 'contracts.find',
    };
    await expect(prix.request(unknownRoute, { uuid: contractUuid })).rejects.toThrow(/route without schemas/);
    expect(calls).toBe(0);
  });

  it('may call server-only operations, which a browser client refuses before any request', async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      return new Response(JSON.stringify({ ok: true, data: { apiKey: 'sk_child' } }));
    };
    const server = createEsignServerClient({ apiKey: sandboxKey, upstream: 'https://prix.invalid/kit-api/v1', fetch });
    await expect(server.request(revealKey, {})).resolves.toEqual({ apiKey: 'sk_child' });

    const browser = createEsignClient({ baseUrl: '/api/esign', fetch });
    await expect(browser.request(revealKey, {})).rejects.toMatchObject({
      errorCode: 'ESIGN_KIT_SERVER_ONLY_OPERATION',
    });
    expect(calls).toBe(1);
  });

  it('refuses plain http off loopback and an empty key', () => {
    expect(() => createEsignServerClient({ apiKey: sandboxKey, upstream: 'http://api.prix.im/kit-api/v1' })).toThrow(
      /https/,
    );
    expect(() => createEsignServerClient({ apiKey: '', upstream: sandbox.upstream })).toThrow(/apiKey/);
  });
});

describe('the proxy and server-only operations', () => {
  it('refuses to expose a server-only operation, naming it and the alternative', () => {
    expect(() =>
      createEsignProxy({
        apiKey: sandboxKey,
        upstream: sandbox.upstream,
        authorize: () => true,
        operations: [revealKey],
      }),
    ).toThrow(/test\.revealKey.*server client/);
  });
});
