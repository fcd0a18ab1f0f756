import {
  esignonCancelWorkflow,
  esignonDownloadUrl,
  esignonErrorCatalogue,
  esignonStartWorkflow,
  esignonWorkflow,
} from '@esign-kit/core/esignon/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEsignonVendorStack } from './esignonStack.js';

// Every documented result_code, forced by the sandbox's `failNext` switch, comes back as the
// kit's typed error: code, HTTP status, Korean and English text, and eSignon's own message.

type Stack = Awaited<ReturnType<typeof startEsignonVendorStack>>;
let stack: Stack;
beforeEach(async () => {
  stack = await startEsignonVendorStack();
});
afterEach(async () => {
  // No password, callback secret or token in any answer, report or callback event.
  expect(stack.leaks()).toEqual([]);
  await stack.close();
});

const input = {
  templateId: '102',
  title: '비밀유지서약서',
  signers: [{ name: '홍길동', contact: 'hong@example.com' }],
};

/** The sandbox's `result_msg` of the last answer from `path`: what must arrive as `message`. */
function lastMessage(path: string): string {
  const exchange = stack.exchanges.filter((candidate) => candidate.url.includes(path)).at(-1);
  if (!exchange) throw new Error(`nothing was sent to ${path}`);
  return (exchange.payload as { header: { result_msg: string } }).header.result_msg;
}

function expectTyped(result: unknown, errorCode: keyof typeof esignonErrorCatalogue, path: string) {
  const entry = esignonErrorCatalogue[errorCode];
  expect(result).toMatchObject({ ok: false, errorCode, status: entry.status, texts: { ko: entry.ko, en: entry.en } });
  expect((result as { message: string }).message).toBe(lastMessage(path));
}

describe('eSignon result codes, forced by the sandbox', () => {
  it.each([
    ['10', 'ESIGNON_LOGIN_FAILED'],
    ['12', 'ESIGNON_BODY_UNREADABLE'],
    ['95', 'ESIGNON_API_NOT_ALLOWED'],
    ['99', 'ESIGNON_UNEXPECTED'],
  ] as const)('login %s → %s, and the next call logs in again', async (code, errorCode) => {
    stack.control.failNext('1001Q', code);
    expectTyped(await stack.call(esignonWorkflow, { workflowId: '1' }), errorCode, '/login');
    await stack.call(esignonStartWorkflow, input);
    expect(stack.logins()).toBe(2);
  });

  it.each([
    ['-1', 'ESIGNON_VALIDATION_FAILED'],
    ['10', 'ESIGNON_FAILED'],
    ['11', 'ESIGNON_BODY_UNREADABLE'],
    ['13', 'ESIGNON_QUOTA_EXCEEDED'],
    ['19', 'ESIGNON_EXPIRY_FORMAT'],
    ['20', 'ESIGNON_EXPIRY_IN_PAST'],
    ['99', 'ESIGNON_UNEXPECTED'],
  ] as const)('start %s → %s, and nothing is kept', async (code, errorCode) => {
    stack.control.failNext('5005Q', code);
    expectTyped(await stack.call(esignonStartWorkflow, input), errorCode, '/startsimple');
    expect(stack.control.snapshot().workflows).toEqual([]);
  });

  it('start 12 is "service period expired" (the Korean table), though the English docs call it an unreadable body', async () => {
    stack.control.failNext('5005Q', '12');
    const result = await stack.call(esignonStartWorkflow, input);
    expectTyped(result, 'ESIGNON_SERVICE_EXPIRED', '/startsimple');
    expect(result).not.toMatchObject({ errorCode: 'ESIGNON_BODY_UNREADABLE' });
  });

  it('read 10 → ESIGNON_WORKFLOW_NOT_FOUND; cancel 11 → ESIGNON_WRONG_STATE', async () => {
    stack.control.failNext('workflows.read', '10');
    expectTyped(
      await stack.call(esignonWorkflow, { workflowId: '1' }),
      'ESIGNON_WORKFLOW_NOT_FOUND',
      '/api/v2/workflows/',
    );
    stack.control.failNext('1510Q', '11');
    expectTyped(
      await stack.call(esignonCancelWorkflow, { workflowId: '1' }),
      'ESIGNON_WRONG_STATE',
      '/JEDOC/Common.do',
    );
  });

  it.each([
    ['5005Q', () => stack.call(esignonStartWorkflow, input), '/startsimple'],
    ['workflows.read', () => stack.call(esignonWorkflow, { workflowId: '1' }), '/api/v2/workflows/'],
    ['1510Q', () => stack.call(esignonCancelWorkflow, { workflowId: '1' }), '/JEDOC/Common.do'],
    ['workflow.download', () => stack.call(esignonDownloadUrl, { workflowId: '1' }), '/workflow/download'],
  ] as const)(
    "an undocumented code on %s is ESIGNON_UNKNOWN_RESULT with eSignon's message",
    async (call, run, path) => {
      stack.control.failNext(call, '42');
      expectTyped(await run(), 'ESIGNON_UNKNOWN_RESULT', path);
    },
  );

  it('a download before completion is refused (the sandbox answers 11: our reading, undocumented)', async () => {
    const started = await stack.call(esignonStartWorkflow, input);
    const { workflowId } = (started as { data: { workflowId: string } }).data;
    const result = await stack.call(esignonDownloadUrl, { workflowId });
    expect(result).toMatchObject({
      ok: false,
      errorCode: 'ESIGNON_DOCUMENTS_NOT_READY',
      status: 409,
      texts: { ko: expect.any(String), en: expect.any(String) },
    });
  });
});
