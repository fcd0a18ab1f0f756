import { esignonSigningUrl, esignonStartWorkflow, esignonWorkflow } from '@esign-kit/core/esignon/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callbackAuthorization, startEsignonVendorStack } from './esignonStack.js';

// ExportAPI callbacks as the sandbox really sends them, to the vendor's route over loopback.

type Stack = Awaited<ReturnType<typeof startEsignonVendorStack>>;
let stack: Stack;
let workflowId: string;
beforeEach(async () => {
  stack = await startEsignonVendorStack();
  const result = await stack.call(esignonStartWorkflow, {
    templateId: '101',
    title: '근로계약서',
    signers: [
      { name: '홍길동', contact: 'hong@example.com' },
      { name: '김대표', contact: 'kim@example.com' },
    ],
  });
  workflowId = (result as { data: { workflowId: string } }).data.workflowId;
});
afterEach(async () => {
  // No password, callback secret or token in any answer, report or callback event.
  expect(stack.leaks()).toEqual([]);
  await stack.close();
});

function post(body: string, authorization?: string) {
  return fetch(stack.callbackUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body,
  });
}

/** The first callback the sandbox sent with this status, as it sent it. */
function sentPayload(status: string) {
  const record = stack.control.callbacks().find((candidate) => candidate.status === status);
  if (!record) throw new Error(`the sandbox sent no ${status} callback`);
  return JSON.stringify(record.payload);
}

describe('eSignon callbacks from the sandbox', () => {
  it('arrive with the configured Authorization and are answered 200 {}', async () => {
    stack.control.sign(workflowId, 1);
    await stack.control.settled();
    const [record] = stack.control.callbacks();
    expect(record).toMatchObject({ workflowId, status: 'Playing', authorized: true, outcome: 'delivered' });
    expect(stack.answers).toContainEqual({ status: 200, body: '{}' });
  });

  it('with a wrong or missing Authorization are refused with 401, and nothing is stored or told', async () => {
    stack.control.sign(workflowId, 1);
    await stack.control.settled();
    const payload = sentPayload('Playing').replace('"actionid":"1"', '"actionid":"2"');
    const writes = stack.writes.length;
    const events = stack.events.length;
    const before = await stack.call(esignonWorkflow, { workflowId });
    for (const authorization of [
      undefined,
      'wrong',
      `${callbackAuthorization}x`,
      callbackAuthorization.slice(0, -1),
      `esignon ${callbackAuthorization}`,
    ]) {
      const response = await post(payload, authorization);
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('{}');
    }
    expect(stack.writes).toHaveLength(writes);
    expect(stack.events).toHaveLength(events);
    expect(await stack.call(esignonWorkflow, { workflowId })).toEqual(before);
  });

  it('with an unreadable body are refused with 400, storing nothing', async () => {
    const writes = stack.writes.length;
    for (const body of ['{', '[]', '{"header":{},"body":{"status":"Playing"}}']) {
      expect((await post(body, callbackAuthorization)).status).toBe(400);
    }
    expect(stack.writes).toHaveLength(writes);
  });

  it('sent twice (the sandbox duplicate switch) are kept once', async () => {
    stack.control.duplicateCallbacks(true);
    stack.control.sign(workflowId, 1);
    await stack.control.settled();
    expect(stack.control.callbacks().map((record) => record.copy)).toEqual([1, 2]);
    expect(stack.events).toEqual([
      { workflowId, status: 'Playing', duplicate: false },
      { workflowId, status: 'Playing', duplicate: true },
    ]);
    expect(await stack.call(esignonSigningUrl, { workflowId })).toEqual({
      ok: true,
      data: { url: stack.control.signingUrl(workflowId, 2) },
    });
  });

  it('are retried by the sandbox when the receiver fails, and kept on the attempt that gets through', async () => {
    stack.blockCallbacks(true);
    stack.control.sign(workflowId, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    stack.blockCallbacks(false);
    await stack.control.settled();
    const [record] = stack.control.callbacks();
    expect(record?.attempts.length).toBeGreaterThan(1);
    expect(await stack.call(esignonWorkflow, { workflowId })).toMatchObject({
      ok: true,
      data: { nextSigner: { name: '김대표' }, lastCallback: { status: 'Playing', actionId: '1' } },
    });
  });

  it('of a Playing step that arrives after Complete change nothing', async () => {
    stack.blockCallbacks(true); // the Playing delivery is lost (all attempts fail) …
    stack.control.sign(workflowId, 1);
    await stack.control.settled();
    stack.blockCallbacks(false);
    stack.control.sign(workflowId, 2);
    await stack.control.settled();
    const complete = await stack.call(esignonWorkflow, { workflowId });
    expect(complete).toMatchObject({ ok: true, data: { status: 'Complete', lastCallback: { status: 'Complete' } } });

    // … and turns up late: accepted (new to the receiver) but never lowers Complete.
    const response = await post(sentPayload('Playing'), callbackAuthorization);
    expect(response.status).toBe(200);
    expect(stack.events.at(-1)).toEqual({ workflowId, status: 'Playing', duplicate: false });
    expect(await stack.call(esignonWorkflow, { workflowId })).toEqual(complete);
    expect(await stack.call(esignonSigningUrl, { workflowId })).toMatchObject({
      ok: false,
      errorCode: 'ESIGNON_NO_SIGNING_URL',
    });
  });
});
