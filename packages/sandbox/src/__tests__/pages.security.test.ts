// @vitest-environment jsdom
import {
  bulkContractUrl,
  contractDetailUrl,
  contractFormUrl,
  contractListUrl,
  participantLink,
  templateFormUrl,
  templateUseUrl,
} from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { escapeHtml, html, toHtmlString } from '../pages/render.js';
import { seedIds } from '../seed/index.js';
import { examplesNow } from './examples.js';
import { mintPage, openPage, postForm, submitForm } from './pageHarness.js';

const { mou, templates } = seedIds;
const hostile = `"><script>alert(1)</script><img src=x onerror="alert(2)">'&`;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ now: () => examplesNow });
});

describe('escaping', () => {
  it('escapes the five HTML characters, and html`` escapes every value but nested html', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    const inner = html`<b>${'<i>'}</b>`;
    expect(toHtmlString(html`<p title="${'"'}">${inner}${['<', 1, null, false, undefined]}</p>`)).toBe(
      '<p title="&#34;"><b>&#60;i&#62;</b>&#60;1</p>',
    );
  });

  it('keeps hostile contract, participant, customer and template values as text on every page', async () => {
    const contract = sandbox.state.contracts.find((candidate) => candidate.uuid === mou.contractUuid);
    const participant = contract?.signature?.participants[0];
    const customer = sandbox.state.customers[0];
    const template = sandbox.state.templates.find((candidate) => candidate.id === templates.consent.id);
    if (!contract || !participant || !customer || !template) throw new Error('seed changed');
    contract.title = hostile;
    participant.name = hostile;
    customer.title = hostile;
    template.name = hostile;
    const urls = [
      await mintPage(sandbox, contractDetailUrl, { contractUuid: mou.contractUuid }),
      await mintPage(sandbox, contractListUrl, {}),
      await mintPage(sandbox, participantLink, {
        signatureUuid: mou.signatureUuid,
        participantUuid: mou.emailParticipantUuid,
        defaultValue: hostile,
      }),
      await mintPage(sandbox, contractFormUrl, { input: { defaultValue: { contract: { title: hostile } } } }),
      await mintPage(sandbox, templateUseUrl, {
        templateKey: templates.consent.id,
        input: { defaultValue: { contract: { title: hostile } } },
      }),
      await mintPage(sandbox, bulkContractUrl, {
        templateKey: templates.consent.id,
        input: {
          items: [
            {
              title: hostile,
              participant: { name: hostile, send: 'EMAIL', email: 'a@b.example' },
              items: [{ id: 13, contents: hostile }],
            },
          ],
        },
      }),
      await mintPage(sandbox, templateFormUrl, { slug: hostile }),
    ];

    for (const url of urls) {
      const page = await openPage(sandbox, url);
      expect(page.response.status, url).toBe(200);
      // Only the page's own script, and nothing that could run from an attribute.
      expect(page.document.querySelectorAll('script'), url).toHaveLength(1);
      expect(page.document.querySelector('script')?.textContent).toContain('esign-kit:page-ready');
      expect(page.document.querySelectorAll('img, [onerror]'), url).toHaveLength(0);
      expect(page.html, url).not.toContain('<script>alert');
      // Escaped, not dropped: the value reads back exactly, as text or in a field.
      const fields = Array.from(page.document.querySelectorAll('input')).map((input) => input.value);
      expect(`${page.document.body.textContent}${fields.join('')}`, url).toContain(hostile);
    }
  });
});

describe('content security policy', () => {
  it('allows nothing but the nonce’d style and script, a fresh nonce on every response', async () => {
    const url = await mintPage(sandbox, contractDetailUrl, { contractUuid: mou.contractUuid });

    const first = await openPage(sandbox, url);
    const second = await openPage(sandbox, url);

    const csp = first.response.headers.get('content-security-policy') ?? '';
    const nonce = first.document.querySelector('script')?.getAttribute('nonce') ?? '';
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(first.document.querySelector('style')?.getAttribute('nonce')).toBe(nonce);
    expect(csp).toBe(
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'self'`,
    );
    expect(csp).not.toContain('unsafe-inline');
    expect(second.document.querySelector('script')?.getAttribute('nonce')).not.toBe(nonce);
    expect(first.response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.response.headers.get('referrer-policy')).toBe('same-origin');
    expect(first.response.headers.get('cache-control')).toBe('no-store');
    expect(first.response.headers.get('x-frame-options')).toBeNull();
  });

  it("lets a form end at its successUrl's origin, as browsers check form-action on the redirect", async () => {
    const url = await mintPage(sandbox, templateUseUrl, {
      templateKey: templates.consent.id,
      input: { option: { successUrl: 'http://localhost:5173/api/esign/return?esign-kit-launch=0123456789abcdef' } },
    });

    const page = await openPage(sandbox, url);

    expect(page.response.headers.get('content-security-policy')).toMatch(
      /; form-action 'self' http:\/\/localhost:5173$/,
    );
  });
});

describe('form posts', () => {
  async function useTemplatePage() {
    const url = await mintPage(sandbox, templateUseUrl, {
      templateKey: templates.employment.id,
      input: {
        defaultValue: {
          signature: { participants: [{ role: '회사', name: '김', send: 'EMAIL', email: 'k@x.example' }] },
        },
      },
    });
    return openPage(sandbox, url);
  }

  it('refuses a form a browser posts from another origin, and changes nothing', async () => {
    const page = await useTemplatePage();
    const before = sandbox.state.contracts.length;
    const body = new URLSearchParams({
      title: 't',
      'role-0-name': '김',
      'role-0-send': 'EMAIL',
      'role-0-email': 'k@x.example',
    });

    const response = await postForm(sandbox, page.url, body, { origin: 'https://evil.example' });

    expect(response.status).toBe(403);
    expect(await response.text()).toContain('https://evil.example');
    expect(sandbox.state.contracts).toHaveLength(before);
    expect((await submitForm(sandbox, page)).status).toBe(303);
    expect(sandbox.state.contracts).toHaveLength(before + 1);
  });

  it('accepts only URL-encoded forms of a sane size', async () => {
    const page = await useTemplatePage();
    const json = await sandbox.fetch(
      new Request(page.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
    );
    const huge = await postForm(sandbox, page.url, new URLSearchParams({ title: 'x'.repeat(70_000) }));

    expect(json.status).toBe(415);
    expect(huge.status).toBe(413);
    expect(sandbox.state.pageSessions.get(page.url.split('/').at(-1) as string)?.submissions).toEqual([]);
  });
});
