import { createEsignClient, type EsignKitError, esignKeys, isEsignKitError } from '@esign-kit/core';
import { browserSafeOperations, defineOperation, findContract, validated } from '@esign-kit/core/server';
import { createEsignProxy } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { useEsignMutation, useEsignQuery } from '@esign-kit/react';
import { seedIds, startSandbox } from '@esign-kit/sandbox';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod/mini';
import { allFetched, type Stack, wrapper } from './hooksHarness.js';
import { listen, sandboxKey } from './servers.js';

// HYPOTHETICAL ENDPOINT. The reference could not read the seal / name-plate lookup page
// (§5.2 "인감/명판 조회 API", NOT FOUND), so `GET seals` / `POST seals`, their fields and the
// `ALREADY_SEAL_EXISTS` code below are invented for this test. They show how an app would
// describe such an endpoint itself once Prix gives it the spec; they say nothing about Prix.

const sealTypeSchema = z.enum(['SEAL', 'NAME_PLATE']);
const sealSchema = z.object({ id: z.number(), name: z.string(), type: sealTypeSchema, imageUrl: z.string() });
type Seal = z.infer<typeof sealSchema>;

/** Hypothetical `GET kit-api/v1/seals`: the business's seals and name plates. */
const listSeals = defineOperation({
  id: 'seals.list',
  method: 'GET',
  path: 'seals',
  kind: 'query',
  summary: 'List seals and name plates (hypothetical endpoint).',
  input: z.strictObject({
    type: z.optional(sealTypeSchema),
    limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
  }),
  data: z.object({ total: z.number(), seals: z.array(sealSchema) }),
  wireTypes: { limit: 'number' },
});

/** Hypothetical `POST kit-api/v1/seals`: registers a seal. */
const registerSeal = defineOperation({
  id: 'seals.register',
  method: 'POST',
  path: 'seals',
  kind: 'mutation',
  summary: 'Register a seal or name plate (hypothetical endpoint).',
  input: z.strictObject({
    input: z.strictObject({ name: z.string().check(z.minLength(1)), type: sealTypeSchema }),
  }),
  data: sealSchema,
});

const seedSeals = (): Seal[] => [
  { id: 1, name: '대표이사 인감', type: 'SEAL', imageUrl: 'https://files.example/seals/1.png' },
  { id: 2, name: '회사 명판', type: 'NAME_PLATE', imageUrl: 'https://files.example/seals/2.png' },
];
let seals = seedSeals();
/** Requests that reached the hypothetical endpoint. */
const sealRequests: { method: string; search: string; authorized: boolean }[] = [];

const envelope = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * Prix's side of the hypothetical endpoint, in Prix's envelope. Mocking at the network edge is
 * only acceptable here because the sandbox cannot know an endpoint nobody has documented: every
 * other request goes to the real sandbox's fetch handler.
 */
async function upstream(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname !== '/kit-api/v1/seals') return running.sandbox.fetch(request);
  const authorized = request.headers.get('x-api-key') === sandboxKey;
  sealRequests.push({ method: request.method, search: url.search, authorized });
  if (!authorized)
    return envelope(401, {
      ok: false,
      errorCode: 'UNAUTHORIZED_API_KEY',
      message: '유효하지 않은 API KEY 정보입니다.',
    });
  if (request.method === 'GET') {
    const type = url.searchParams.get('type');
    const matching = seals.filter((seal) => type === null || seal.type === type);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    return envelope(200, { ok: true, data: { total: matching.length, seals: matching.slice(0, limit) } });
  }
  const { input } = (await request.json()) as { input: Pick<Seal, 'name' | 'type'> };
  if (seals.some((seal) => seal.name === input.name)) {
    return envelope(409, { ok: false, errorCode: 'ALREADY_SEAL_EXISTS', message: '이미 등록된 인감입니다.' });
  }
  const seal = { id: seals.length + 1, ...input, imageUrl: `https://files.example/seals/${seals.length + 1}.png` };
  seals.push(seal);
  // A Prix that breaks its own contract, to show the proxy checks a custom operation's data too.
  if (input.name.startsWith('broken'))
    return envelope(200, { ok: true, data: { id: String(seal.id), name: seal.name } });
  return envelope(200, { ok: true, data: seal });
}

let running: Awaited<ReturnType<typeof startSandbox>>;
let stack: Stack;
let builtInOnlyUrl: string;
let strictUrl: string;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  running = await startSandbox({ port: 0, apiKey: sandboxKey });
  const edge = await listen(toNodeListener(upstream));
  const proxyOptions = { apiKey: sandboxKey, upstream: `${edge.url}/kit-api/v1`, authorize: () => true };
  const withCustom = await listen(
    toNodeListener(
      createEsignProxy({ ...proxyOptions, operations: [...browserSafeOperations(), listSeals, registerSeal] }),
    ),
  );
  const builtInOnly = await listen(toNodeListener(createEsignProxy(proxyOptions)));
  const strict = await listen(
    toNodeListener(
      createEsignProxy({
        ...proxyOptions,
        strictResponses: true,
        operations: [...browserSafeOperations(), listSeals, registerSeal],
      }),
    ),
  );
  closers.push(withCustom.close, builtInOnly.close, strict.close, edge.close, running.close);
  builtInOnlyUrl = `${builtInOnly.url}/api/esign`;
  strictUrl = `${strict.url}/api/esign`;
  stack = {
    sandbox: running,
    state: running.sandbox.state,
    proxyUrl: `${withCustom.url}/api/esign`,
    close: async () => {},
  };
});
afterAll(async () => {
  for (const close of closers) await close();
});
afterEach(() => {
  running.sandbox.reset();
  seals = seedSeals();
  sealRequests.length = 0;
});

/** A client on the proxy that counts the requests it sends. */
function countingClient(baseUrl = stack.proxyUrl) {
  const counter = { sent: 0 };
  const client = createEsignClient({
    baseUrl,
    locale: 'en',
    fetch: (input, init) => {
      counter.sent += 1;
      return fetch(input, init);
    },
  });
  return { client, counter };
}

async function rejection(promise: Promise<unknown>): Promise<EsignKitError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isEsignKitError(error)) throw new Error(`Expected an EsignKitError, got ${String(error)}`);
  return error;
}

describe('a custom operation through client → proxy → upstream', () => {
  it('resolves to its typed data, with the query encoded and the key added by the proxy', async () => {
    const { client } = countingClient();

    const data = await client.request(listSeals, { type: 'SEAL', limit: 5 });

    expectTypeOf(data).toEqualTypeOf<{ total: number; seals: Seal[] }>();
    expect(data).toEqual({ total: 1, seals: [expect.objectContaining({ id: 1, type: 'SEAL' })] });
    expect(sealRequests).toEqual([{ method: 'GET', search: '?type=SEAL&limit=5', authorized: true }]);
    expect(running.sandbox.state.requests).toEqual([]);
  });

  it('leaves the built-ins working through the same allowlist, on the real sandbox', async () => {
    const { contract } = await countingClient().client.request(findContract, { uuid: seedIds.mou.contractUuid });

    expect(contract.uuid).toBe(seedIds.mou.contractUuid);
    expect(running.sandbox.state.requests).toEqual([expect.objectContaining({ authorized: true })]);
    expect(sealRequests).toEqual([]);
  });

  it('validates its input before any request: in the client, and in the proxy for raw HTTP', async () => {
    const { client, counter } = countingClient();
    const error = await rejection(client.request(validated(listSeals), { type: 'STAMP' } as never));
    expect(error).toMatchObject({ errorCode: 'ESIGN_KIT_INVALID_INPUT', status: undefined });
    expect(error.issues).toContainEqual(expect.objectContaining({ path: 'type' }));
    expect(counter.sent).toBe(0);

    const response = await fetch(`${stack.proxyUrl}/seals?type=STAMP&limit=0`);
    const body = await response.json();
    expect(response.status).toBe(400);
    expect(body).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_INVALID_INPUT' });
    expect(body.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['limit', 'type']);
    expect(sealRequests).toEqual([]);
  });

  it('never fails a mutation Prix performed when its data breaks the schema; 502 only with strictResponses', async () => {
    // Prix registered the seal: the browser hears so, with what could be read, and the drift.
    const data = await countingClient().client.request(registerSeal, { input: { name: 'broken', type: 'SEAL' } });
    expect(data).toMatchObject({ name: 'broken' });
    expect(sealRequests).toHaveLength(1);

    const error = await rejection(
      countingClient(strictUrl).client.request(registerSeal, { input: { name: 'broken again', type: 'SEAL' } }),
    );
    expect(error).toMatchObject({ errorCode: 'ESIGN_KIT_UPSTREAM_INVALID_RESPONSE', status: 502 });
    expect(sealRequests).toHaveLength(2);
  });

  it('is not served by a proxy whose operations leave it out (404), and upstream sees nothing', async () => {
    const list = await fetch(`${builtInOnlyUrl}/seals`);
    expect(list.status).toBe(404);
    expect(await list.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_UNKNOWN_OPERATION' });

    const error = await rejection(
      countingClient(builtInOnlyUrl).client.request(registerSeal, { input: { name: '새 인감', type: 'SEAL' } }),
    );
    expect(error).toMatchObject({ errorCode: 'ESIGN_KIT_UNKNOWN_OPERATION', status: 404 });
    expect(sealRequests).toEqual([]);
    expect(seals).toEqual(seedSeals());
  });
});

describe('a custom operation in the hooks', () => {
  it('useEsignQuery goes from loading to its typed data, and waits on a null input', async () => {
    const { Wrapper } = wrapper(stack);
    const { result } = renderHook(
      () => ({ plates: useEsignQuery(listSeals, { type: 'NAME_PLATE' }), waiting: useEsignQuery(listSeals, null) }),
      { wrapper: Wrapper },
    );
    expect(result.current.plates.isPending).toBe(true);

    await waitFor(() => expect(result.current.plates.isSuccess).toBe(true));
    expectTypeOf(result.current.plates.data).toEqualTypeOf<{ total: number; seals: Seal[] } | undefined>();
    expect(result.current.plates.data?.seals.map((seal) => seal.name)).toEqual(['회사 명판']);
    expect(result.current.waiting.fetchStatus).toBe('idle');
    expect(sealRequests).toEqual([expect.objectContaining({ search: '?type=NAME_PLATE' })]);
  });

  it('useEsignMutation registers at upstream; its onSuccess can refetch the list', async () => {
    const { Wrapper, queryClient } = wrapper(stack);
    const { result } = renderHook(
      () => ({
        all: useEsignQuery(listSeals, {}),
        register: useEsignMutation(registerSeal, {
          onSuccess: () => queryClient.invalidateQueries({ queryKey: esignKeys.operation(listSeals) }),
        }),
      }),
      { wrapper: Wrapper },
    );
    await allFetched(queryClient);
    expect(result.current.all.data?.total).toBe(2);

    await act(() => result.current.register.mutateAsync({ input: { name: '계약 전용 인감', type: 'SEAL' } }));

    expectTypeOf(result.current.register.data).toEqualTypeOf<Seal | undefined>();
    await waitFor(() => expect(result.current.register.data).toMatchObject({ id: 3, name: '계약 전용 인감' }));
    await waitFor(() => expect(result.current.all.data?.total).toBe(3));
    expect(seals.map((seal) => seal.name)).toContain('계약 전용 인감');
    expect(sealRequests.map((request) => request.method)).toEqual(['GET', 'POST', 'GET']);
  });

  it("useEsignMutation surfaces upstream's own error code and status", async () => {
    const { Wrapper } = wrapper(stack);
    const { result } = renderHook(() => useEsignMutation(registerSeal), { wrapper: Wrapper });

    act(() => result.current.mutate({ input: { name: '대표이사 인감', type: 'SEAL' } }));

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({
      errorCode: 'ALREADY_SEAL_EXISTS',
      status: 409,
      vendorMessage: '이미 등록된 인감입니다.',
    });
    expect(seals).toEqual(seedSeals());
  });
});
