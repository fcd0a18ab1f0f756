import {
  esignonCancelWorkflow,
  esignonDownloadUrl,
  esignonSigningUrl,
  esignonStartWorkflow,
  esignonWorkflow,
} from '@esign-kit/core/esignon/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callbackAuthorization, esignonMember, startEsignonVendorStack } from './esignonStack.js';

// The eSignon vendor over loopback against the real sandbox, called directly (as the proxy
// calls it once its checks passed): every operation, the callbacks the sandbox really sends.

type Stack = Awaited<ReturnType<typeof startEsignonVendorStack>>;
let stack: Stack;
const started: { workflowId: string }[] = [];

beforeEach(async () => {
  started.length = 0;
  stack = await startEsignonVendorStack({ onWorkflowStarted: ({ workflowId }) => void started.push({ workflowId }) });
});
afterEach(async () => {
  // No password, callback secret or token in any answer, report or callback event.
  expect(stack.leaks()).toEqual([]);
  await stack.close();
});

const twoSigners = {
  templateId: '101',
  title: '근로계약서 홍길동',
  signers: [
    { name: '홍길동', contact: 'hong@example.com' },
    { name: '김대표', contact: '010-1234-5678' },
  ],
  cc: [{ name: '인사팀', contact: 'hr@example.com' }],
  fields: [
    { name: '근무지', value: '서울' },
    { name: '시급', value: '12000' },
  ],
  language: 'ko-KR',
  comment: '서명 부탁드립니다',
};

async function start() {
  const result = await stack.call(esignonStartWorkflow, twoSigners);
  if (!result.ok) throw new Error(`start failed: ${result.errorCode} ${result.message}`);
  return (result.data as { workflowId: string }).workflowId;
}

describe('the eSignon vendor against the sandbox', () => {
  it('starts in embed mode with the callback configured, keeps the first page, and tells onWorkflowStarted', async () => {
    const result = await stack.call(esignonStartWorkflow, twoSigners);
    expect(result).toMatchObject({
      ok: true,
      data: { title: '근로계약서 홍길동', nextSigner: { name: '홍길동', contact: 'hong@example.com' } },
    });
    const { workflowId } = (result as { data: { workflowId: string } }).data;
    expect(started).toEqual([{ workflowId }]);
    const workflow = stack.control.snapshot().workflows.find((candidate) => candidate.workflowId === workflowId);
    expect(workflow).toMatchObject({
      status: 'Playing',
      templateId: '101',
      fields: [
        { name: '근무지', value: '서울' },
        { name: '시급', value: '12000' },
      ],
      cc: [{ name: '인사팀', contact: 'hr@example.com' }],
      callback: { url: stack.callbackUrl, apiType: 'ALL', requestCode: 'embed', authorized: true },
    });
    expect(await stack.call(esignonSigningUrl, { workflowId })).toEqual({
      ok: true,
      data: { url: stack.control.signingUrl(workflowId, 1) },
    });
  });

  it('reads a workflow merged with the kept state, then follows the callbacks to the second signer and to Complete', async () => {
    const workflowId = await start();
    expect(await stack.call(esignonWorkflow, { workflowId })).toMatchObject({
      ok: true,
      data: {
        workflowId,
        status: 'Playing',
        signers: [
          { order: 1, name: '홍길동', turn: true },
          { order: 2, name: '김대표', turn: false },
        ],
        nextSigner: { name: '홍길동', contact: 'hong@example.com' },
        signingUrlAvailable: true,
        documentsAvailable: false,
      },
    });

    stack.control.sign(workflowId, 1);
    await stack.control.settled();
    expect(stack.events).toEqual([{ workflowId, status: 'Playing', duplicate: false }]);
    expect(await stack.call(esignonWorkflow, { workflowId })).toMatchObject({
      ok: true,
      data: {
        nextSigner: { name: '김대표', contact: '010-1234-5678' },
        signingUrlAvailable: true,
        lastCallback: { status: 'Playing', workType: 'CF', actionId: '1' },
      },
    });
    expect(await stack.call(esignonSigningUrl, { workflowId })).toEqual({
      ok: true,
      data: { url: stack.control.signingUrl(workflowId, 2) },
    });

    stack.control.sign(workflowId, 2);
    await stack.control.settled();
    const done = await stack.call(esignonWorkflow, { workflowId });
    expect(done).toMatchObject({
      ok: true,
      data: { status: 'Complete', signingUrlAvailable: false, documentsAvailable: true },
    });
    expect((done as { data: object }).data).not.toHaveProperty('nextSigner');
    expect(await stack.call(esignonSigningUrl, { workflowId })).toMatchObject({
      ok: false,
      errorCode: 'ESIGNON_NO_SIGNING_URL',
      status: 404,
      texts: { ko: expect.any(String), en: expect.any(String) },
    });
  });

  it('mints a new download link on every call, for the signed document and the certificate', async () => {
    const workflowId = await start();
    stack.control.sign(workflowId, 1);
    stack.control.sign(workflowId, 2);
    const first = await stack.call(esignonDownloadUrl, { workflowId });
    const second = await stack.call(esignonDownloadUrl, { workflowId, document: 'signed' });
    const certificate = await stack.call(esignonDownloadUrl, { workflowId, document: 'certificate' });
    for (const result of [first, second, certificate])
      expect(result).toMatchObject({
        ok: true,
        data: { url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/esignon\//) },
      });
    const urls = [first, second, certificate].map((result) => (result as { data: { url: string } }).data.url);
    expect(new Set(urls).size).toBe(3);
    const downloads = stack.exchanges.filter((exchange) => exchange.url.endsWith('/workflow/download'));
    expect(downloads).toHaveLength(3);
  });

  it('cancels a workflow in progress, drops its page, and refuses a second cancel as ESIGNON_WRONG_STATE', async () => {
    const workflowId = await start();
    expect(await stack.call(esignonCancelWorkflow, { workflowId })).toEqual({
      ok: true,
      data: { workflowId, status: 'Canceled' },
    });
    expect(stack.control.snapshot().workflows.find((candidate) => candidate.workflowId === workflowId)?.status).toBe(
      'Canceled',
    );
    expect(await stack.call(esignonSigningUrl, { workflowId })).toMatchObject({
      ok: false,
      errorCode: 'ESIGNON_NO_SIGNING_URL',
    });
    expect(await stack.call(esignonWorkflow, { workflowId })).toMatchObject({
      ok: true,
      data: { status: 'Canceled', signingUrlAvailable: false },
    });
    expect(await stack.call(esignonCancelWorkflow, { workflowId })).toMatchObject({
      ok: false,
      errorCode: 'ESIGNON_WRONG_STATE',
      status: 409,
      message: '값이 없거나 문서 상태가 맞지 않습니다.',
    });
  });

  it('answers ESIGNON_WORKFLOW_NOT_FOUND for an unknown workflow, and ESIGNON_NO_SIGNING_URL without calling eSignon', async () => {
    expect(await stack.call(esignonWorkflow, { workflowId: '999999' })).toMatchObject({
      ok: false,
      errorCode: 'ESIGNON_WORKFLOW_NOT_FOUND',
      status: 404,
    });
    const before = stack.exchanges.length;
    expect(await stack.call(esignonSigningUrl, { workflowId: '999999' })).toMatchObject({
      ok: false,
      errorCode: 'ESIGNON_NO_SIGNING_URL',
      status: 404,
    });
    expect(stack.exchanges).toHaveLength(before);
  });

  it('still answers a started workflow when onWorkflowStarted throws, and tells onError', async () => {
    await stack.close();
    stack = await startEsignonVendorStack({
      onWorkflowStarted: () => {
        throw new Error('owner table is down');
      },
    });
    const result = await stack.call(esignonStartWorkflow, twoSigners);
    expect(result).toMatchObject({ ok: true, data: { workflowId: expect.any(String) } });
    expect(stack.reports).toEqual([
      { errorCode: 'ESIGN_KIT_INTERNAL', status: 500, detail: expect.stringContaining('owner table is down') },
    ]);
  });

  it('sends the login once and the token on every later call, as `esignon <token>`', async () => {
    await start();
    expect(stack.logins()).toBe(1);
    const [token] = stack.tokens();
    expect(token).toEqual(expect.any(String));
    expect(stack.vendor.staticSecrets).toEqual([esignonMember.password, callbackAuthorization]);
    const account = await stack.vendor.account(new Request('http://127.0.0.1/'));
    expect(account.secrets).toEqual([esignonMember.password, callbackAuthorization, token]);
  });
});
