import { afterEach, describe, expect, it } from 'vitest';
import { callbackAuthorization, esignonMember, startEsignonProxyStack } from './esignonStack.js';

// Browser → createEsignProxy({ vendors: [esignon(...)] }) → sandbox over loopback: the kit's
// envelope, `authorize` in front of every eSignon call, callbacks served under the base path,
// and no credential or token in any answer or log line.

type Stack = Awaited<ReturnType<typeof startEsignonProxyStack>>;
let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const startInput = {
  templateId: '101',
  title: '근로계약서',
  signers: [
    { name: '홍길동', contact: 'hong@example.com', password: 'pass1234', passwordHint: '생일' },
    { name: '김대표', contact: 'kim@example.com' },
  ],
  fields: [{ name: '근무지', value: '서울' }],
};

/** The password, the callback secret, and every token the sandbox handed the proxy. */
function secretsOf(current: Stack): string[] {
  return [esignonMember.password, callbackAuthorization, ...current.tokens()];
}

describe('createEsignProxy with the eSignon vendor, against the sandbox', () => {
  it('runs a whole workflow through the browser paths, callbacks included', async () => {
    stack = await startEsignonProxyStack();
    const started = await stack.request('POST', 'esignon/workflows', startInput);
    expect(started).toMatchObject({
      status: 200,
      body: { ok: true, data: { title: '근로계약서', nextSigner: { name: '홍길동' } } },
    });
    const { workflowId } = started.body.data as { workflowId: string };

    const page = await stack.request('GET', `esignon/workflows/${workflowId}/signing-url`);
    expect(page).toEqual({ status: 200, body: { ok: true, data: { url: stack.control.signingUrl(workflowId, 1) } } });

    stack.control.sign(workflowId, 1);
    await stack.control.settled();
    expect(stack.events).toEqual([{ workflowId, status: 'Playing', duplicate: false }]);
    expect(await stack.request('GET', `esignon/workflows/${workflowId}`)).toMatchObject({
      status: 200,
      body: { ok: true, data: { status: 'Playing', nextSigner: { name: '김대표' }, signingUrlAvailable: true } },
    });

    stack.control.sign(workflowId, 2);
    await stack.control.settled();
    expect(await stack.request('GET', `esignon/workflows/${workflowId}`)).toMatchObject({
      body: { ok: true, data: { status: 'Complete', documentsAvailable: true, signingUrlAvailable: false } },
    });
    const download = await stack.request('GET', `esignon/workflows/${workflowId}/download-url?document=certificate`);
    expect(download).toMatchObject({
      status: 200,
      body: { ok: true, data: { url: expect.stringContaining('/esignon/') } },
    });
    expect(await stack.request('GET', `esignon/workflows/${workflowId}/signing-url`)).toMatchObject({
      status: 404,
      body: {
        ok: false,
        errorCode: 'ESIGNON_NO_SIGNING_URL',
        texts: { ko: expect.any(String), en: expect.any(String) },
      },
    });
    expect(stack.logs.map((log) => `${log.method} ${log.status}`)).toContain('POST 200');
  });

  it("answers a vendor failure in the kit envelope with eSignon's message and both languages", async () => {
    stack = await startEsignonProxyStack();
    stack.control.failNext('5005Q', '13');
    const answer = await stack.request('POST', 'esignon/workflows', startInput);
    expect(answer).toMatchObject({
      status: 429,
      body: {
        ok: false,
        errorCode: 'ESIGNON_QUOTA_EXCEEDED',
        message: '사용량을 초과했습니다.',
        texts: { ko: expect.any(String), en: expect.any(String) },
      },
    });
    expect(stack.logs.at(-1)).toMatchObject({
      operationId: 'esignon.workflows.start',
      status: 429,
      errorCode: 'ESIGNON_QUOTA_EXCEEDED',
    });
  });

  it('refuses invalid input before eSignon is called', async () => {
    stack = await startEsignonProxyStack();
    const answer = await stack.request('POST', 'esignon/workflows', { ...startInput, title: 'a/b' });
    expect(answer).toMatchObject({ status: 400, body: { ok: false, errorCode: 'ESIGN_KIT_INVALID_INPUT' } });
    expect(stack.control.snapshot().workflows).toEqual([]);
  });

  it("hands a workflow's callback state only to those `authorize` lets read it", async () => {
    const owners = new Map<string, string>();
    const userOf = (request: Request) => request.headers.get('x-user') ?? '';
    stack = await startEsignonProxyStack({
      vendor: { onWorkflowStarted: ({ request, workflowId }) => void owners.set(workflowId, userOf(request)) },
      authorize: ({ request, input }) => {
        const workflowId = (input as { workflowId?: string }).workflowId;
        return workflowId === undefined || owners.get(workflowId) === userOf(request) ? true : 'not-found';
      },
    });
    const started = await stack.request('POST', 'esignon/workflows', startInput, { 'x-user': 'alice' });
    const { workflowId } = started.body.data as { workflowId: string };
    stack.control.sign(workflowId, 1);
    await stack.control.settled();
    for (const path of [`esignon/workflows/${workflowId}`, `esignon/workflows/${workflowId}/signing-url`]) {
      const other = await stack.request('GET', path, undefined, { 'x-user': 'mallory' });
      expect(other).toMatchObject({ status: 404, body: { ok: false, errorCode: 'ESIGN_KIT_NOT_FOUND' } });
      expect(JSON.stringify(other.body)).not.toContain('김대표');
      expect((await stack.request('GET', path, undefined, { 'x-user': 'alice' })).status).toBe(200);
    }
  });

  it('serves the callback route under the base path: 401 for a wrong Authorization, with no browser checks', async () => {
    stack = await startEsignonProxyStack();
    const response = await fetch(stack.callbackUrl, { method: 'POST', headers: { authorization: 'nope' }, body: '{}' });
    expect(response.status).toBe(401);
    expect(stack.errors.map((event) => event.errorCode)).toContain('ESIGNON_CALLBACK_UNAUTHORIZED');
    expect(stack.events).toEqual([]);
  });

  it('never lets the password, a token or the callback secret out: not in answers, onLog or onError', async () => {
    stack = await startEsignonProxyStack();
    const started = await stack.request('POST', 'esignon/workflows', startInput);
    const { workflowId } = started.body.data as { workflowId: string };
    stack.control.expireTokens(); // a renewal on the next calls
    await stack.request('GET', `esignon/workflows/${workflowId}`);
    stack.control.failNext('1001Q', '10');
    stack.control.expireTokens();
    await stack.request('GET', `esignon/workflows/${workflowId}`); // login refused
    stack.control.failNext('workflows.read', '94', 2);
    await stack.request('GET', `esignon/workflows/${workflowId}`); // token refused twice
    stack.control.sign(workflowId, 1);
    await stack.control.settled();
    await stack.request('GET', `esignon/workflows/${workflowId}/signing-url`);
    await fetch(stack.callbackUrl, { method: 'POST', headers: { authorization: 'nope' }, body: '{}' });
    await stack.request('POST', `esignon/workflows/${workflowId}/cancel`, {});

    expect(stack.tokens().length).toBeGreaterThanOrEqual(3);
    const everything = JSON.stringify([stack.bodies, stack.logs, stack.errors, stack.events]);
    for (const secret of secretsOf(stack)) expect(everything).not.toContain(secret);
    // The tokens themselves: whatever went out with `Authorization: esignon …` must not come back.
    expect(everything).not.toMatch(/esignon [\w-]{16,}/);
    expect(stack.errors.length).toBeGreaterThan(0);
    expect(stack.bodies.length).toBeGreaterThan(6);
  });
});
