import { type AnyOperation, browserSafeOperations, parseEnvelope } from '@esign-kit/core/server';
import { createEsignProxy } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { type RunningSandbox, startSandbox } from '@esign-kit/sandbox';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exampleInputs, examplesNow } from '../../../packages/sandbox/src/__tests__/examples.js';
import { brokenExample, junkRequest } from './malformedRequests.js';
import { closeRawAgent, type RawRequest, sendRaw } from './rawHttp.js';
import { listen } from './servers.js';

// Property-based tests of the proxy (issue 5): random and malformed requests to every operation,
// over loopback HTTP, in front of the real sandbox. Whatever comes in, the proxy answers in the
// envelope, never fails with a 5xx of its own, calls Prix only for valid input and never shows
// the key.
const apiKey = 'sk_test_properties_5f3a9c1e7b2d4068';
const basePath = '/api/esign';
// About 6 s for all operations; `PROPERTY_RUNS=2000` hunts longer.
const runsPerOperation = Number(process.env.PROPERTY_RUNS ?? 200);

let sandbox: RunningSandbox;
let proxyOrigin: string;
let closeProxy: () => Promise<void>;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, apiKey, now: () => examplesNow });
  const proxy = createEsignProxy({
    apiKey,
    upstream: sandbox.upstream,
    authorize: () => true,
    redirectOrigins: ['https://example.com'], // where the examples send users back to
    queryRetries: 0, // a retried 5xx would only slow the run down
  });
  const server = await listen(toNodeListener(proxy));
  proxyOrigin = server.url;
  closeProxy = server.close;
});
afterAll(async () => {
  closeRawAgent();
  await closeProxy?.();
  await sandbox?.close();
});
beforeEach(() => sandbox.sandbox.reset()); // one operation's deletions must not shape the next's runs

/** The kit's own refusals: each must come before any upstream call. */
const isRefusal = (errorCode: string) =>
  errorCode.startsWith('ESIGN_KIT_') && !errorCode.startsWith('ESIGN_KIT_UPSTREAM_');
/**
 * The sandbox's answers when it cannot route, parse or schema-check what it was sent (it uses
 * `SANDBOX_INVALID_REQUEST` for its business rules too, with other messages).
 */
function upstreamRejectedTheShape(errorCode: string, message: string): boolean {
  if (errorCode === 'SANDBOX_NOT_FOUND' || errorCode === 'SANDBOX_METHOD_NOT_ALLOWED') return true;
  return (
    errorCode === 'SANDBOX_INVALID_REQUEST' &&
    (message === '요청 값이 올바르지 않습니다.' || message === '요청 본문이 올바른 JSON이 아닙니다.')
  );
}

/** Sends one request and checks every property; throws (with the answer) when one does not hold. */
async function checkProperties(raw: RawRequest): Promise<void> {
  const before = sandbox.sandbox.state.requests.length;
  const response = await sendRaw(proxyOrigin, raw);
  const upstreamCalls = sandbox.sandbox.state.requests.length - before;
  const seen = `${response.status} ${response.body.slice(0, 300)}`;

  // (d) The key appears nowhere: not in the body, not in a header.
  expect(response.body, seen).not.toContain(apiKey);
  expect(JSON.stringify(response.headers)).not.toContain(apiKey);

  // (b) Every answer is an envelope, as JSON, whose `ok` agrees with the status.
  expect(String(response.headers['content-type']), seen).toMatch(/^application\/json/);
  let json: unknown;
  expect(() => {
    json = JSON.parse(response.body);
  }, seen).not.toThrow();
  const envelope = parseEnvelope(json);
  expect(envelope, seen).toBeDefined();
  if (!envelope) return;
  expect(envelope.ok, seen).toBe(response.status >= 200 && response.status < 300);
  if (envelope.ok) {
    expect(upstreamCalls, seen).toBeGreaterThan(0);
    return;
  }
  expect(envelope.errorCode, seen).not.toBe('');

  // (a) No 5xx from the proxy's own code: a 5xx only passes Prix's (here the sandbox's) own error on.
  if (response.status >= 500) {
    expect(envelope.errorCode, seen).not.toMatch(/^ESIGN_KIT_/);
    expect(upstreamCalls, seen).toBeGreaterThan(0);
  }
  // (c) Invalid input (and every other refusal of the kit's own) never reaches upstream.
  if (isRefusal(envelope.errorCode)) expect(upstreamCalls, seen).toBe(0);
  // And what the proxy did forward, the upstream could route and decode: validation is not looser than the wire.
  if (upstreamCalls > 0) expect(upstreamRejectedTheShape(envelope.errorCode, envelope.message), seen).toBe(false);
}

const operations: readonly AnyOperation[] = browserSafeOperations();

describe('the proxy under random and malformed requests', () => {
  it('covers every operation the proxy exposes, each with an example to break', () => {
    expect(operations.length).toBeGreaterThan(25);
    for (const operation of operations) expect(exampleInputs).toHaveProperty([operation.id]);
  });

  it.each(operations.map((operation) => [operation.id, operation] as const))('%s', async (id, operation) => {
    const example = (exampleInputs as Record<string, Record<string, unknown>>)[id] ?? {};
    const request = fc.oneof(
      { weight: 2, arbitrary: brokenExample(operation, example, basePath, apiKey) },
      { weight: 1, arbitrary: junkRequest(operation, basePath, apiKey) },
    );
    await fc.assert(fc.asyncProperty(request, checkProperties), { numRuns: runsPerOperation });
  });
});

describe('regressions found by these properties', () => {
  const send = (raw: RawRequest) => sendRaw(proxyOrigin, raw);
  const reminder = `${basePath}/signatures/57139f5c-37d0-4c30-bdb6-ef6106040756/send`;
  const participantUuid = 'e65664ca-bac4-4f94-81bc-bc1a2436543b';

  it('refuses a "__proto__" field in a body, instead of reading the fields hidden in it', async () => {
    const before = sandbox.sandbox.state.requests.length;
    const hidden = await send({
      method: 'POST',
      path: reminder,
      headers: { 'content-type': 'application/json' },
      body: `{"__proto__":{"participantUuid":"${participantUuid}"}}`,
    });
    const extra = await send({
      method: 'POST',
      path: reminder,
      headers: { 'content-type': 'application/json' },
      body: `{"participantUuid":"${participantUuid}","__proto__":"x"}`,
    });
    expect([hidden.status, extra.status]).toEqual([400, 400]);
    expect(JSON.parse(extra.body)).toMatchObject({ issues: [{ message: 'Unknown field(s): __proto__.' }] });
    expect(sandbox.sandbox.state.requests.length).toBe(before);
  });

  it('refuses a "__proto__" query parameter like any unknown one', async () => {
    const response = await send({
      method: 'GET',
      path: `${basePath}/contracts/find?uuid=ed976505-bcbd-47bd-913d-f4cde05dea7a&__proto__=x`,
      headers: {},
    });
    expect(response.status).toBe(400);
    expect(sandbox.sandbox.state.requests).toHaveLength(0);
  });
});
