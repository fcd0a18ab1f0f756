import { contractDetailUrl, templateUseUrl } from '@esign-kit/core/server';
import { describe, expect, it } from 'vitest';
import { SandboxControlError } from '../control/sandboxControl.js';
import { createSandbox, type Sandbox, type SandboxOptions } from '../createSandbox.js';
import { pageKinds } from '../pages/pageKinds.js';
import { seedIds } from '../seed/index.js';
import { exampleInputs, examplesNow } from './examples.js';
import { callOperation, readSuccess } from './helpers.js';

const { mou, templates } = seedIds;

function sandboxWith(options: SandboxOptions = {}) {
  return createSandbox({ now: () => examplesNow, ...options });
}

async function pageUrl(sandbox: Sandbox, operation: typeof contractDetailUrl | typeof templateUseUrl): Promise<string> {
  const input =
    operation === contractDetailUrl ? { contractUuid: mou.contractUuid } : { templateKey: templates.consent.id };
  return (await readSuccess<{ url: string }>(await callOperation(sandbox, operation, input as never))).url;
}

/** What a page answers about being framed: `refused` when both headers say no, `allowed` when neither does. */
async function framing(sandbox: Sandbox, url: string): Promise<'allowed' | 'refused' | 'mixed'> {
  const response = await sandbox.fetch(new Request(url));
  const xfo = response.headers.get('x-frame-options');
  const ancestors = response.headers.get('content-security-policy')?.includes("frame-ancestors 'none'") ?? false;
  if (xfo === 'DENY' && ancestors) return 'refused';
  return xfo === null && !ancestors ? 'allowed' : 'mixed';
}

const control = (sandbox: Sandbox, method: 'GET' | 'POST', body?: unknown, headers: Record<string, string> = {}) =>
  sandbox.fetch(
    new Request('http://sandbox.test/__sandbox/framing', {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );

describe('framing switch', () => {
  it('lets every page be framed by default', async () => {
    const sandbox = sandboxWith();

    expect(await framing(sandbox, await pageUrl(sandbox, contractDetailUrl))).toBe('allowed');
    expect(await framing(sandbox, await pageUrl(sandbox, templateUseUrl))).toBe('allowed');
    expect(sandbox.control.refusedFraming()).toEqual([]);
  });

  it('refuses framing of every page, error pages included, with refuseFraming: true', async () => {
    const sandbox = sandboxWith({ refuseFraming: true });
    const detail = await pageUrl(sandbox, contractDetailUrl);

    expect(await framing(sandbox, detail)).toBe('refused');
    expect(await framing(sandbox, await pageUrl(sandbox, templateUseUrl))).toBe('refused');
    expect(await framing(sandbox, `${detail.slice(0, -4)}nope`)).toBe('refused');
    expect(sandbox.control.refusedFraming()).toEqual(pageKinds);
  });

  it('refuses only the kinds listed, so one page can fall back while others frame', async () => {
    const sandbox = sandboxWith({ refuseFraming: ['contract-detail'] });

    expect(await framing(sandbox, await pageUrl(sandbox, contractDetailUrl))).toBe('refused');
    expect(await framing(sandbox, await pageUrl(sandbox, templateUseUrl))).toBe('allowed');
  });

  it('refuses one page by its URL, leaving other pages of the kind framable', async () => {
    const sandbox = sandboxWith();
    const refused = await pageUrl(sandbox, contractDetailUrl);
    const other = await pageUrl(sandbox, contractDetailUrl);
    const path = new URL(refused).pathname;

    expect(sandbox.control.refuseFraming([refused])).toEqual([path]);
    expect(await framing(sandbox, refused)).toBe('refused');
    expect(await framing(sandbox, other)).toBe('allowed');
    expect(sandbox.control.refuseFraming(['template-use', path])).toEqual(['template-use', path]);
    expect(() => sandbox.control.refuseFraming(['/pages/contract-detail/a/b'])).toThrow(SandboxControlError);
    expect(() => sandbox.control.refuseFraming(['/elsewhere/contract-detail/abc'])).toThrow(SandboxControlError);
  });

  it('is switched by control.refuseFraming, and reset() comes back to the option', async () => {
    const sandbox = sandboxWith({ refuseFraming: ['contract-detail'] });
    const use = await pageUrl(sandbox, templateUseUrl);

    expect(sandbox.control.refuseFraming(['template-use'])).toEqual(['template-use']);
    expect(await framing(sandbox, use)).toBe('refused');
    expect(sandbox.control.refuseFraming(false)).toEqual([]);
    expect(await framing(sandbox, use)).toBe('allowed');
    sandbox.control.refuseFraming(true);
    sandbox.reset();
    expect(sandbox.control.refusedFraming()).toEqual(['contract-detail']);
    expect(() => sandbox.control.refuseFraming(['contract-details' as never])).toThrow(SandboxControlError);
    expect(() => createSandbox({ refuseFraming: ['nope' as never] })).toThrow(TypeError);
  });

  it('is served as GET and POST /__sandbox/framing, reset by POST /__sandbox/reset', async () => {
    const sandbox = sandboxWith();
    const detail = await pageUrl(sandbox, contractDetailUrl);

    const set = await control(sandbox, 'POST', { refuse: ['contract-detail'] });
    expect(await set.json()).toEqual({ ok: true, data: { refused: ['contract-detail'] } });
    expect(await framing(sandbox, detail)).toBe('refused');
    const read = await control(sandbox, 'GET');
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    expect(await read.json()).toEqual({ ok: true, data: { refused: ['contract-detail'] } });

    const bad = await control(sandbox, 'POST', { refuse: 'yes' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errorCode: 'SANDBOX_INVALID_REQUEST', issues: [{ path: 'refuse' }] });
    const foreign = await control(sandbox, 'POST', { refuse: false }, { origin: 'http://localhost:5173' });
    expect(foreign.status).toBe(403);
    expect(await framing(sandbox, detail)).toBe('refused');

    await sandbox.fetch(new Request('http://sandbox.test/__sandbox/reset', { method: 'POST' }));
    expect(sandbox.control.refusedFraming()).toEqual([]);
  });

  it('applies to pages minted from any operation input (the example inputs)', async () => {
    const sandbox = sandboxWith({ refuseFraming: ['template-use'] });
    const response = await callOperation(sandbox, templateUseUrl, exampleInputs['templates.useUrl']);
    const { url } = await readSuccess<{ url: string }>(response);

    expect(await framing(sandbox, url)).toBe('refused');
  });
});
