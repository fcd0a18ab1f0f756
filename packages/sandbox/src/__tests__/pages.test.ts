import type { OperationInput } from '@esign-kit/core';
import {
  type AnyOperation,
  builtInOperations,
  bulkContractUrl,
  contractDetailUrl,
  contractFormUrl,
  contractListUrl,
  contractSignatureUrl,
  legacyContractFormUrl,
  participantLink,
  templateFormUrl,
  templateUseUrl,
} from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { hostedPages, isPageKind, pageKinds } from '../pages/pageKinds.js';
import { seedIds } from '../seed/index.js';
import { exampleInputs, examplesNow } from './examples.js';
import { callOperation, readSuccess, requestError } from './helpers.js';

const origin = 'http://127.0.0.1:4999';
const pageOperations = builtInOperations.filter((operation) => operation.kind === 'page-url');
const { mou, renewal, templates } = seedIds;
const unknownUuid = '0b0e5d6c-1111-4222-8333-444455556666';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ now: () => examplesNow });
});

async function pageUrlOf(operation: AnyOperation): Promise<string> {
  const input = exampleInputs[operation.id as keyof typeof exampleInputs] as OperationInput<AnyOperation>;
  const data = await readSuccess<{ url?: string; link?: string }>(
    await callOperation(sandbox, operation, input, { origin }),
  );
  return data.url ?? data.link ?? '';
}

const open = (url: string, method = 'GET') => sandbox.fetch(new Request(url, { method }));

describe('page-URL operations', () => {
  it('open every hosted page the sandbox declares, and only those, each showing its own description', async () => {
    const opened = new Map<string, string>();
    for (const operation of pageOperations) {
      const url = new URL(await pageUrlOf(operation));
      const kind = url.pathname.split('/')[2] ?? '';
      expect(isPageKind(kind), `${operation.id} opened ${url.pathname}`).toBe(true);
      opened.set(kind, url.href);
    }

    expect(pageOperations.length).toBeGreaterThanOrEqual(hostedPages.length);
    expect([...opened.keys()].sort()).toEqual([...pageKinds].sort());
    for (const page of hostedPages) {
      const html = await (await open(opened.get(page.kind) as string)).text();
      expect(html, page.kind).toContain(`<p>${page.description}</p>`);
    }
  });

  it.each(pageOperations.map((operation) => [operation.id, operation] as const))(
    '%s answers a URL on the request origin where the sandbox serves its page',
    async (id, operation) => {
      const url = await pageUrlOf(operation);

      expect(url).toMatch(new RegExp(`^${origin}/pages/[a-z-]+/[A-Za-z0-9_-]{32}$`));
      const token = url.split('/').at(-1) as string;
      expect(sandbox.state.pageSessions.get(token)).toMatchObject({
        token,
        operationId: id,
        createdAt: examplesNow.toISOString(),
      });
      expect(sandbox.state.pageSessions.get(token)?.openedAt).toBeUndefined();

      const page = await open(url);

      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await page.text();
      expect(html).toContain(`<meta name="esign-kit-operation" content="${id}">`);
      expect(html).toMatch(/<main>\n<h1>[^<]+<\/h1>/);
      expect(html).toContain("window.parent.postMessage({ type: 'esign-kit:page-ready' }, '*')");
      expect(sandbox.state.pageSessions.get(token)?.openedAt).toBe(examplesNow.toISOString());
      expect(sandbox.state.pageSessions.get(token)?.submissions).toEqual([]);
    },
  );

  it('hands out a new token on every call, keeping the validated input', async () => {
    const first = await pageUrlOf(bulkContractUrl);
    const response = await callOperation(sandbox, bulkContractUrl, { templateKey: templates.consent.slug });
    const second = (await readSuccess<{ url: string }>(response)).url;

    expect(second).not.toBe(first);
    expect(second.startsWith('http://sandbox.test/pages/template-bulk/')).toBe(true);
    // The schema's default body (`{}`) is what the session keeps.
    expect(sandbox.state.pageSessions.get(second.split('/').at(-1) as string)?.input).toEqual({
      templateKey: templates.consent.slug,
      input: {},
    });
  });

  it('answers 404 for an unknown token, a token under another kind, extra segments, or after a reset', async () => {
    const url = await pageUrlOf(contractDetailUrl);
    const token = url.split('/').at(-1);

    for (const path of [
      `${origin}/pages/contract-detail/not-a-token`,
      `${origin}/pages/signing/${token}`,
      `${origin}/pages/no-such-kind/${token}`,
      `${origin}/pages/contract-detail`,
      `${url}/more`,
    ]) {
      const response = await open(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('페이지를 찾을 수 없습니다 · Page not found');
    }
    expect(sandbox.state.pageSessions.get(token as string)?.openedAt).toBeUndefined();
    sandbox.reset();
    expect((await open(url)).status).toBe(404);
  });

  it('answers 405 for POST on a page without a form and for other methods; HEAD has headers only', async () => {
    const detail = await pageUrlOf(contractDetailUrl);
    const form = await pageUrlOf(templateUseUrl);

    const post = await open(detail, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const put = await open(form, 'PUT');
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST');
    const head = await open(form, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await head.text()).toBe('');
  });
});

describe('page-URL operations check what they refer to first', () => {
  it.each([
    [
      'detail page of an unknown contract',
      () => requestError(sandbox, contractDetailUrl, { contractUuid: unknownUuid }),
      [404, 'NOT_FOUND_CUSTOMER'],
    ],
    [
      'bulk page of a two-role template',
      () => requestError(sandbox, bulkContractUrl, { templateKey: templates.supply.id }),
      [400, 'SIGNATURE_TEMPLATE_BULK_PARTICIPANT_COUNT'],
    ],
    [
      'bulk page of an unknown template',
      () => requestError(sandbox, bulkContractUrl, { templateKey: 'nope' }),
      [404, 'SIGNATURE_TEMPLATE_NOT_FOUND'],
    ],
    [
      'bulk page for an unknown customer',
      () =>
        requestError(sandbox, bulkContractUrl, {
          templateKey: templates.consent.id,
          input: { defaultValue: { customer: { customKey: 'NOPE' } } },
        }),
      [404, 'NOT_FOUND_CUSTOMER'],
    ],
    [
      'bulk rows filling an input the template lacks',
      () =>
        requestError(sandbox, bulkContractUrl, {
          templateKey: templates.consent.id,
          input: {
            items: [
              {
                title: 't',
                participant: { name: 'n', send: 'EMAIL', email: 'n@x.example' },
                items: [{ id: 231, contents: 'x' }],
              },
            ],
          },
        }),
      [400, 'SANDBOX_INVALID_REQUEST'],
    ],
    [
      'link of a participant of another signature',
      () =>
        requestError(sandbox, participantLink, {
          signatureUuid: mou.signatureUuid,
          participantUuid: renewal.participantUuid,
        }),
      [400, 'INVALID_SIGNATURE_PARTICIPANT_UUID'],
    ],
    [
      'link with a malformed participant uuid',
      () => requestError(sandbox, participantLink, { signatureUuid: mou.signatureUuid, participantUuid: 'e65664ca' }),
      [400, 'INVALID_SIGNATURE_PARTICIPANT_UUID'],
    ],
    [
      'link of a signature without that facilitator',
      () =>
        requestError(sandbox, participantLink, {
          signatureUuid: mou.signatureUuid,
          facilitatorUuid: renewal.facilitatorUuid,
        }),
      [400, 'SIGNATURE_INVALID_FACILITATOR_UUID'],
    ],
    [
      'link of an unknown signature',
      () =>
        requestError(sandbox, participantLink, {
          signatureUuid: unknownUuid,
          participantUuid: mou.emailParticipantUuid,
        }),
      [404, 'NOT_FOUND_SIGNATURE'],
    ],
    [
      'signature page of a contract that has a signature',
      () => requestError(sandbox, contractSignatureUrl, { contractUuid: mou.contractUuid }),
      [400, 'SANDBOX_INVALID_REQUEST'],
    ],
    [
      'list page of an unknown customer',
      () => requestError(sandbox, contractListUrl, { customerId: 999 }),
      [404, 'NOT_FOUND_CUSTOMER'],
    ],
    [
      'list page with a malformed customer key',
      () => requestError(sandbox, contractListUrl, { customerCustomKey: 'bad key' }),
      [400, 'INVALID_CUSTOMER_CUSTOM_KEY'],
    ],
    [
      'form page for an unknown customer',
      () => requestError(sandbox, contractFormUrl, { input: { defaultValue: { customer: { id: 999 } } } }),
      [404, 'NOT_FOUND_CUSTOMER'],
    ],
    [
      'deprecated form page for an unknown customer',
      () => requestError(sandbox, legacyContractFormUrl, { customerCustomKey: 'NOPE' }),
      [404, 'NOT_FOUND_CUSTOMER'],
    ],
    [
      'template edit page of an unknown template',
      () => requestError(sandbox, templateFormUrl, { templateId: 1 }),
      [404, 'SIGNATURE_TEMPLATE_NOT_FOUND'],
    ],
    [
      'template page with an unknown tag',
      () => requestError(sandbox, templateFormUrl, { tagIds: [99] }),
      [400, 'SANDBOX_INVALID_REQUEST'],
    ],
    [
      'use page of an unknown template',
      () => requestError(sandbox, templateUseUrl, { templateKey: 9999 }),
      [404, 'SIGNATURE_TEMPLATE_NOT_FOUND'],
    ],
    [
      'use page naming a role the template lacks',
      () =>
        requestError(sandbox, templateUseUrl, {
          templateKey: templates.supply.id,
          input: { defaultValue: { signature: { participants: [{ role: '병' }] } } },
        }),
      [400, 'SANDBOX_INVALID_REQUEST'],
    ],
  ] as const)('%s', async (_, call, expected) => {
    expect(await call()).toEqual(expected);
    expect(sandbox.state.pageSessions.size).toBe(0);
  });

  it("hands out the in-person facilitator's link", async () => {
    const response = await callOperation(sandbox, participantLink, {
      signatureUuid: renewal.signatureUuid,
      facilitatorUuid: renewal.facilitatorUuid.toUpperCase(),
    });

    expect((await readSuccess<{ link: string }>(response)).link).toMatch(/^http:\/\/sandbox\.test\/pages\/signing\//);
  });
});
