import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, manualClock, start, startEsignonSandbox } from './esignonHelpers.js';

const clock = manualClock();
let context: Awaited<ReturnType<typeof startEsignonSandbox>>;
beforeAll(async () => {
  // Callbacks are not under test here: a refused receiver should not slow anything down.
  context = await startEsignonSandbox({ now: clock.now, esignon: { callbackRetryDelaysMs: [1, 1] } });
});
afterAll(async () => {
  await context.esignon.settled();
  await context.running.close();
});

async function download(token: string, body: unknown) {
  const response = await fetch(`${context.base}/workflow/download`, {
    method: 'POST',
    headers: { authorization: `esignon ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { header: { result_code: string }; body: Record<string, string> };
}

describe('POST /workflow/download', () => {
  it('mints doc_url and cert_url that serve a PDF for 5 minutes, then are refused', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);
    context.esignon.sign(workflow_id as string, 1);
    context.esignon.sign(workflow_id as string, 2);
    const answer = await download(token, { workflow_id });

    expect(answer.header.result_code).toBe('00');
    expect(answer.body.workflow_name).toBe('근로계약서 김민수');
    const document = await fetch(answer.body.doc_url as string);
    expect(document.headers.get('content-type')).toBe('application/pdf');
    expect(document.headers.get('content-disposition')).toBe(`attachment; filename="${workflow_id}.pdf"`);
    expect((await document.text()).startsWith('%PDF-1.4')).toBe(true);
    expect((await fetch(answer.body.cert_url as string)).status).toBe(200);

    clock.advance(5 * 60_000 - 1);
    expect((await fetch(answer.body.doc_url as string)).status).toBe(200);
    clock.advance(1);
    expect((await fetch(answer.body.doc_url as string)).status).toBe(410);
    expect((await fetch(answer.body.cert_url as string)).status).toBe(410);

    // A new call mints new links; a numeric workflow_id is read too.
    const fresh = await download(await login(context.base), { workflow_id: Number(workflow_id) });
    expect(fresh.body.doc_url).not.toBe(answer.body.doc_url);
    expect((await fetch(fresh.body.doc_url as string)).status).toBe(200);
  });

  it('answers 11 for a workflow not complete and 10 for an unknown one', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);

    expect((await download(token, { workflow_id })).header.result_code).toBe('11');
    expect((await download(token, { workflow_id: '999999' })).header.result_code).toBe('10');
    expect((await download(token, {})).header.result_code).toBe('10');
  });

  it('answers 404 for a file link it never minted', async () => {
    expect((await fetch(`${context.base}/files/never-minted`)).status).toBe(404);
  });
});
