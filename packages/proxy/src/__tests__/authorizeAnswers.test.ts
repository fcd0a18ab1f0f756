import { findContract } from '@esign-kit/core/server';
import { describe, expect, it } from 'vitest';
import { createEsignProxy } from '../createEsignProxy.js';
import { allow } from '../operationRules.js';
import type { AuthorizeAnswer, EsignProxyOptions } from '../options.js';
import { allowReminderAddressOverride } from '../reminderAddress.js';

// What `authorize` (and a rule's check) may answer: yes, no (403), or "not found" (404), where a
// missing contract and another tenant's must read the same, so nobody can probe for keys.

const apiKey = 'sk_authorize_0123456789abcdef';
const app = 'https://admin.example.test';
const base = `${app}/api/esign`;
const ours = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const theirs = '0f4c8a1e-9d7b-4c1a-8e2f-3b5d6a7c8e90';
const missing = '11111111-2222-4333-8444-555555555555';
/** The app's own rows: which tenant each contract belongs to. */
const ownerOf: Readonly<Record<string, string>> = { [ours]: 'partner', [theirs]: 'hanbit' };

function setUp(options: Partial<EsignProxyOptions>) {
  const calls: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    calls.push(String(input));
    return Response.json({ ok: true, data: { contract: {} } });
  }) as typeof globalThis.fetch;
  const proxy = createEsignProxy({
    apiKey,
    upstream: 'https://prix.test/kit-api/v1',
    publicOrigins: [app],
    authorize: () => true,
    fetch,
    ...options,
  });
  return { proxy, calls };
}

const find = (uuid: string) => new Request(`${base}/contracts/find?uuid=${uuid}`);

/** Status, headers that matter and body of an answer, to compare two answers whole. */
async function whole(response: Response) {
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

/** The partner tenant's rule: its own contract goes ahead; any other reads "not found". */
const partnerOnly = ({ input }: { input: { uuid?: string | undefined } }): AuthorizeAnswer =>
  input.uuid !== undefined && ownerOf[input.uuid] === 'partner' ? true : 'not-found';

describe("authorize's answers", () => {
  it.each([
    ['the global authorize', { authorize: (context) => partnerOnly(context as { input: { uuid?: string } }) }],
    ['a rule made with allow', { operations: [allow(findContract, partnerOnly)] }],
  ] satisfies [string, Partial<EsignProxyOptions>][])(
    'answers "not-found" with 404 ESIGN_KIT_NOT_FOUND, the same for a missing and another tenant\'s contract (%s)',
    async (_, options) => {
      const { proxy, calls } = setUp(options);
      const other = await whole(await proxy(find(theirs)));
      const none = await whole(await proxy(find(missing)));
      expect(other).toEqual(none);
      expect(other.status).toBe(404);
      expect(JSON.parse(other.body)).toEqual({
        ok: false,
        errorCode: 'ESIGN_KIT_NOT_FOUND',
        message: 'No such item among those you can reach.',
        texts: {
          ko: '없거나 볼 수 없는 항목입니다. 볼 수 있는 항목 가운데에는 없습니다.',
          en: 'No such item among those you can reach.',
        },
      });
      expect(calls).toEqual([]);

      expect((await proxy(find(ours))).status).toBe(200);
      expect(calls).toHaveLength(1);
    },
  );

  it('still answers false with 403 ESIGN_KIT_FORBIDDEN, and anything but true refuses', async () => {
    const { proxy, calls } = setUp({ authorize: () => false });
    const response = await proxy(find(ours));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errorCode: 'ESIGN_KIT_FORBIDDEN' });

    // A value outside the type (a JavaScript app returning a string) fails closed.
    const loose = setUp({ authorize: () => 'yes' as unknown as boolean });
    expect((await loose.proxy(find(ours))).status).toBe(403);
    expect([...calls, ...loose.calls]).toEqual([]);
  });
});

describe("'not-found' where a check only allows", () => {
  it('refuses a reminder address the address check answers "not-found" for', async () => {
    const rule = allowReminderAddressOverride({ allowAddress: () => 'not-found' });
    const { proxy, calls } = setUp({ operations: [rule] });
    const response = await proxy(
      new Request(`${base}/signatures/${ours}/send`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app },
        body: JSON.stringify({
          participantUuid: missing,
          sendInput: { sendType: 'EMAIL', sendAddress: 'someone@example.test' },
        }),
      }),
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errorCode: 'ESIGN_KIT_REMINDER_ADDRESS_NOT_ALLOWED' });
    expect(calls).toEqual([]);
  });
});

describe('the issues of an invalid input, on the wire', () => {
  it('carry a code and the sentence in Korean and English, beside the old path and message', async () => {
    const { proxy, calls } = setUp({});
    const response = await proxy(
      new Request(`${base}/signatures/${ours}/send`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app },
        body: JSON.stringify({ type: 'LATER' }),
      }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: unknown[] };
    expect(body.issues).toEqual([
      {
        path: 'participantUuid',
        message: 'Required.',
        code: 'required',
        texts: { ko: '값을 입력하세요.', en: 'Required.' },
      },
      {
        path: 'type',
        message: 'Must be one of "REQUEST", "DONE".',
        code: 'invalid_value',
        values: ['REQUEST', 'DONE'],
        texts: { ko: '다음 중 하나여야 합니다: "REQUEST", "DONE".', en: 'Must be one of "REQUEST", "DONE".' },
      },
    ]);
    expect(calls).toEqual([]);
  });
});
