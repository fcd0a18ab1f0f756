import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esignonSandboxDefaults } from '../esignon/options.js';
import { legacyPost, login, manualClock, startBody, startEsignonSandbox } from './esignonHelpers.js';

// 2026-12-06 in Korea (10:00 KST).
const clock = manualClock('2026-12-06T01:00:00.000Z');
let context: Awaited<ReturnType<typeof startEsignonSandbox>>;
let token: string;
beforeAll(async () => {
  context = await startEsignonSandbox({ now: clock.now });
  token = await login(context.base);
});
afterAll(async () => {
  await context.running.close();
});

const startUrl = () => `${context.base}/api/${esignonSandboxDefaults.companyId}/startsimple`;
const startWith = (overrides: Record<string, unknown>, query = '') =>
  legacyPost<Record<string, string>>(`${startUrl()}${query}`, '5005Q', startBody(overrides), token);

describe('5005Q validation: the -1 list of the reference', () => {
  const signer = (order: string, extra: Record<string, unknown> = {}) => ({
    field_owner: order,
    email: `s${order}@example.com`,
    name: `서명자${order}`,
    ...extra,
  });
  const cases: [string, Record<string, unknown>][] = [
    ['an empty title', { workflow_name: '' }],
    ['a title over 128 characters', { workflow_name: '가'.repeat(129) }],
    ...["'", '"', '\\', '/', ':', '|', '<', '>', '.', '?'].map((character): [string, Record<string, unknown>] => [
      `a title with ${character}`,
      { workflow_name: `계약${character}서` },
    ]),
    ['an unknown template', { doc_id: '999' }],
    ['a starter who is not the member', { memb_email: 'someone@else.example' }],
    ['fewer signers than the template has', { player_list: [signer('1')] }],
    ['more signers than the template has', { player_list: [signer('1'), signer('2'), signer('3')] }],
    ['a signer without a name', { player_list: [signer('1', { name: '' }), signer('2')] }],
    ['a signer with a bad contact', { player_list: [signer('1', { email: 'not-a-contact' }), signer('2')] }],
    ['a repeated field_owner', { player_list: [signer('1'), signer('1')] }],
    ['a password with Korean', { player_list: [signer('1', { password: '비밀번호12' }), signer('2')] }],
    ['a password too short', { player_list: [signer('1', { password: 'abc' }), signer('2')] }],
    [
      'a hint over 50 characters',
      { player_list: [signer('1', { password: 'abcd1234', password_hint: 'x'.repeat(51) }), signer('2')] },
    ],
    ['a comment over 250 characters', { comment: 'a'.repeat(251) }],
    ['a field the template lacks', { field_list: [{ field_name: '연봉', field_value: '1' }] }],
    ['a CC without a name', { customer_list: [{ email: 'cc@example.com', name: '' }] }],
    [
      'an unknown api_type',
      { export_api_info: { api_type: 'SOME', url: 'http://127.0.0.1:9/', request_code: 'embed' } },
    ],
    [
      'a callback URL that is not http(s)',
      { export_api_info: { api_type: 'ALL', url: 'ftp://x', request_code: 'embed' } },
    ],
    ['an unknown language', { language: 'fr-FR' }],
  ];

  it.each(cases)('answers -1 for %s, naming the problem, and starts nothing', async (_name, overrides) => {
    const before = context.esignon.snapshot().workflows.length;
    const { status, answer } = await startWith(overrides);

    expect(status).toBe(200);
    expect(answer.header).toMatchObject({ response_code: '5005A', result_code: '-1' });
    expect(answer.header.result_msg.length).toBeGreaterThan(5);
    expect(answer.body).toEqual({});
    expect(context.esignon.snapshot().workflows).toHaveLength(before);
  });

  it('accepts 128 characters and a comment of exactly 250', async () => {
    const { answer } = await startWith({ workflow_name: '가'.repeat(128), comment: 'a'.repeat(250) });

    expect(answer.header.result_code).toBe('00');
  });

  it('says what is wrong in English with ?lang=en', async () => {
    const { answer } = await startWith({ doc_id: '999' }, '?lang=en');

    expect(answer.header.result_msg).toBe('Unknown template (doc_id).');
  });
});

describe('5005Q expiry date', () => {
  it.each(['2026/12/31', '2026-13-01', '2026-02-30', '20261231'])('answers 19 for %s', async (expireddate) => {
    expect((await startWith({ expireddate })).answer.header.result_code).toBe('19');
  });

  it('answers 20 for yesterday in Korea and accepts today', async () => {
    expect((await startWith({ expireddate: '2026-12-05' })).answer.header.result_code).toBe('20');
    expect((await startWith({ expireddate: '2026-12-06' })).answer.header.result_code).toBe('00');
  });
});

describe('5005Q other answers', () => {
  it('answers 11 for a body it cannot read', async () => {
    const response = await fetch(startUrl(), {
      method: 'POST',
      headers: { authorization: `esignon ${token}`, 'content-type': 'application/json' },
      body: '{"header":',
    });
    const wrongCode = await legacyPost(startUrl(), '1001Q', startBody(), token);

    expect(((await response.json()) as { header: { result_code: string } }).header.result_code).toBe('11');
    expect(wrongCode.answer.header.result_code).toBe('11');
  });

  it('leaves out play_url outside embed mode (eSignon would e-mail the signers; the sandbox sends nothing)', async () => {
    const { answer } = await startWith({
      export_api_info: { api_type: 'ALL', url: 'http://127.0.0.1:9/cb', request_code: 'my-code' },
    });
    const withoutExport = await startWith({ export_api_info: undefined });

    expect(answer.header.result_code).toBe('00');
    expect(answer.body).not.toHaveProperty('play_url');
    expect(answer.body).not.toHaveProperty('next_play_user');
    expect(withoutExport.answer.body).not.toHaveProperty('play_url');
  });

  it('answers a preview URL and starts nothing for preview: "preview"', async () => {
    const before = context.esignon.snapshot().workflows.length;
    const { answer } = await startWith({ preview: 'preview' });
    const page = await fetch(answer.body.preview_url as string);

    expect(answer.header.result_code).toBe('00');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('근로계약서');
    expect(context.esignon.snapshot().workflows).toHaveLength(before);
  });

  it('starts a one-signer template and keeps a mobile number as the contact', async () => {
    const { answer } = await startWith({
      doc_id: '102',
      field_list: [],
      player_list: [{ field_owner: '1', email: '01098765432', name: '이서연' }],
    });

    expect(answer.header.result_code).toBe('00');
    expect(answer.body).toMatchObject({ next_play_user: '01098765432', next_play_user_name: '이서연' });
  });
});
