import { type AnyOperation, builtInOperations, encodeRequest, validateInput } from '@esign-kit/core/server';
import { createSandbox, type Sandbox } from '@esign-kit/sandbox';
import { describe, expect, it } from 'vitest';
import { exampleInputs, examplesNow } from '../../../packages/sandbox/src/__tests__/examples.js';
import { defaultCases, errorCases } from './operationErrorCases.js';

// What every built-in operation needs besides its definition, checked by iterating the registry:
// a new operation fails here, by name, until it has each of them.

const origin = 'http://sandbox.test';
const cases = builtInOperations.map((operation) => [operation.id, operation] as const);

/** Calls `operation` in-process with its example input, the way a client encodes it. */
function callWithExample(sandbox: Sandbox, operation: AnyOperation, apiKey = sandbox.apiKey): Promise<Response> {
  const encoded = encodeRequest(operation, exampleInputs[operation.id as keyof typeof exampleInputs]);
  const search = encoded.search.toString();
  const headers = new Headers({ 'x-api-key': apiKey });
  if (encoded.body) headers.set('content-type', 'application/json');
  return sandbox.fetch(
    new Request(`${origin}/kit-api/v1/${encoded.path}${search ? `?${search}` : ''}`, {
      method: encoded.method,
      headers,
      body: encoded.body ? JSON.stringify(encoded.body) : undefined,
    }),
  );
}

describe.each(cases)('built-in operation %s', (id, operation) => {
  it('has an example input (its sandboxHandler in packages/sandbox/src/handlers)', () => {
    expect(Object.hasOwn(exampleInputs, id)).toBe(true);
  });

  it.runIf(!operation.serverOnly)('has error cases (its own in operationErrorCases.ts, or the defaults)', () => {
    expect(Object.hasOwn(errorCases, id)).toBe(true);
  });

  // Every operation has special cases today, so the defaults a new one would get are checked here.
  it.runIf(!operation.serverOnly)('would be covered by the default error cases without an entry', async () => {
    const cases = defaultCases(operation);
    const invalid = validateInput(operation, cases.invalid.input);
    expect(invalid.ok ? [] : invalid.issues).toContainEqual(expect.objectContaining({ path: cases.invalid.path }));
    expect(cases.vendor.map((scenario) => [scenario.code, scenario.input])).toEqual([
      ['UNAUTHORIZED_API_KEY', exampleInputs[id as keyof typeof exampleInputs]],
    ]);

    const response = await callWithExample(createSandbox({ now: () => examplesNow }), operation, 'not-the-key');

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, errorCode: 'UNAUTHORIZED_API_KEY' });
  });

  it('has a sandbox handler that answers its example', async () => {
    const sandbox = createSandbox({ now: () => examplesNow });
    const response = await callWithExample(sandbox, operation);
    const body = (await response.json()) as { ok?: boolean };

    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.ok).toBe(true);
  });

  it.runIf(operation.kind === 'page-url')('has a sandbox page at the URL it answers', async () => {
    const sandbox = createSandbox({ now: () => examplesNow });
    const { data } = (await (await callWithExample(sandbox, operation)).json()) as {
      data?: { url?: string; link?: string };
    };
    const url = data?.url ?? data?.link ?? '';
    expect(url.startsWith(`${origin}/pages/`), url).toBe(true);

    const page = await sandbox.fetch(new Request(url));

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
