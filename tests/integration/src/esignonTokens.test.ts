import { esignonCancelWorkflow, esignonStartWorkflow, esignonWorkflow } from '@esign-kit/core/esignon/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEsignonVendorStack } from './esignonStack.js';

// The login token against the sandbox: one login for many concurrent calls, renewal before
// expiry, and once when eSignon refuses it (HTTP 401 on the v2 GET, result_code 94 on POSTs).

type Stack = Awaited<ReturnType<typeof startEsignonVendorStack>>;
let stack: Stack | undefined;
afterEach(async () => {
  vi.useRealTimers();
  // No password, callback secret or token in any answer, report or callback event.
  expect(stack?.leaks() ?? []).toEqual([]);
  await stack?.close();
  stack = undefined;
});

const input = {
  templateId: '102',
  title: '비밀유지서약서',
  signers: [{ name: '홍길동', contact: 'hong@example.com' }],
};

async function startOne(current: Stack): Promise<string> {
  const result = await current.call(esignonStartWorkflow, input);
  if (!result.ok) throw new Error(result.errorCode);
  return (result.data as { workflowId: string }).workflowId;
}

/** Answers in which eSignon refused a token. */
function refusals(current: Stack) {
  return current.exchanges.filter(
    (exchange) =>
      exchange.status === 401 ||
      (exchange.payload as { header?: { result_code?: string } })?.header?.result_code === '94',
  );
}

describe('the eSignon login token', () => {
  it('is fetched by one login for ten concurrent first calls', async () => {
    stack = await startEsignonVendorStack();
    const current = stack;
    const workflowId = await (async () => {
      const results = await Promise.all(Array.from({ length: 10 }, () => current.call(esignonStartWorkflow, input)));
      expect(results.every((result) => result.ok)).toBe(true);
      return (results[0] as { data: { workflowId: string } }).data.workflowId;
    })();
    expect(current.logins()).toBe(1);
    await current.call(esignonWorkflow, { workflowId });
    expect(current.logins()).toBe(1);
  });

  it('is renewed by one login when the sandbox refuses it (HTTP 401 on the read), for ten concurrent reads', async () => {
    stack = await startEsignonVendorStack();
    const current = stack;
    const workflowId = await startOne(current);
    expect(current.control.expireTokens()).toBe(1);
    const results = await Promise.all(Array.from({ length: 10 }, () => current.call(esignonWorkflow, { workflowId })));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(current.logins()).toBe(2);
    expect(refusals(current).every((exchange) => exchange.status === 401)).toBe(true);
    expect(refusals(current).length).toBeGreaterThan(0);
  });

  it('is renewed once when a POST answers result_code 94, and the start and cancel go through', async () => {
    stack = await startEsignonVendorStack();
    const current = stack;
    const workflowId = await startOne(current);
    current.control.expireTokens();
    const second = await startOne(current);
    expect(current.logins()).toBe(2);
    current.control.expireTokens();
    expect(await current.call(esignonCancelWorkflow, { workflowId })).toMatchObject({ ok: true });
    expect(current.logins()).toBe(3);
    expect(refusals(current).map((exchange) => exchange.status)).toEqual([200, 200]);
    expect(current.control.snapshot().workflows.map((workflow) => workflow.workflowId)).toEqual([workflowId, second]);
  });

  it.each([
    ['workflows.read', (current: Stack) => current.call(esignonWorkflow, { workflowId: '1' })],
    ['5005Q', (current: Stack) => current.call(esignonStartWorkflow, input)],
    ['1510Q', (current: Stack) => current.call(esignonCancelWorkflow, { workflowId: '1' })],
  ] as const)('gives up with ESIGNON_AUTH_REJECTED when %s refuses the renewed token too', async (call, run) => {
    stack = await startEsignonVendorStack();
    stack.control.failNext(call, '94', 2);
    const result = await run(stack);
    expect(result).toMatchObject({
      ok: false,
      errorCode: 'ESIGNON_AUTH_REJECTED',
      status: 502,
      texts: { ko: expect.any(String) },
    });
    expect(stack.logins()).toBe(2);
    expect(stack.control.snapshot().workflows).toEqual([]);
  });

  it('is renewed before expire_date, so no call meets a refusal', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T12:00:00Z'));
    stack = await startEsignonVendorStack({}, 5 * 60_000);
    const workflowId = await startOne(stack);
    vi.setSystemTime(new Date('2026-12-06T12:03:30Z')); // 90 s left: the cached token still serves
    expect(await stack.call(esignonWorkflow, { workflowId })).toMatchObject({ ok: true });
    expect(stack.logins()).toBe(1);
    vi.setSystemTime(new Date('2026-12-06T12:04:10Z')); // 50 s left: renewed first
    expect(await stack.call(esignonWorkflow, { workflowId })).toMatchObject({ ok: true });
    expect(stack.logins()).toBe(2);
    expect(refusals(stack)).toEqual([]);
  });
});
