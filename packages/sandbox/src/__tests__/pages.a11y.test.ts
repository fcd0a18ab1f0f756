// @vitest-environment jsdom
import {
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
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { exampleInputs, examplesNow } from './examples.js';
import { mintPage, openPage, submitForm } from './pageHarness.js';

const { mou, renewal, unsigned, templates } = seedIds;
const sandbox = createSandbox({ now: () => examplesNow });

/** Runs axe on a page's HTML, loaded as this test's document (jsdom: no layout, so no contrast rule). */
async function violationsOf(html: string): Promise<string[]> {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.documentElement.innerHTML = parsed.documentElement.innerHTML;
  const results = await axe.run(document, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
  );
}

const pages: [string, () => Promise<string>][] = [
  ['contract form', () => mintPage(sandbox, contractFormUrl, exampleInputs['contracts.formUrl'])],
  [
    'deprecated contract form',
    () => mintPage(sandbox, legacyContractFormUrl, exampleInputs['contracts.formUrlLegacy']),
  ],
  ['contract detail', () => mintPage(sandbox, contractDetailUrl, { contractUuid: mou.contractUuid })],
  ['contract list', () => mintPage(sandbox, contractListUrl, {})],
  ['signature request', () => mintPage(sandbox, contractSignatureUrl, { contractUuid: unsigned.contractUuid })],
  ['participant signing', () => mintPage(sandbox, participantLink, exampleInputs['signatures.link'])],
  [
    'facilitator signing',
    () =>
      mintPage(sandbox, participantLink, {
        signatureUuid: renewal.signatureUuid,
        facilitatorUuid: renewal.facilitatorUuid,
      }),
  ],
  ['template create', () => mintPage(sandbox, templateFormUrl, exampleInputs['templates.formUrl'])],
  ['template edit', () => mintPage(sandbox, templateFormUrl, { templateId: templates.supply.id })],
  ['bulk', () => mintPage(sandbox, bulkContractUrl, exampleInputs['templates.bulkUrl'])],
  ['use template', () => mintPage(sandbox, templateUseUrl, exampleInputs['templates.useUrl'])],
];

describe('hosted pages are accessible', () => {
  beforeAll(() => {
    sandbox.reset();
  });

  it.each(pages)('%s page', async (_, mint) => {
    const page = await openPage(sandbox, await mint());

    expect(page.response.status).toBe(200);
    expect(page.document.querySelectorAll('h1')).toHaveLength(1);
    expect(await violationsOf(page.html)).toEqual([]);
  });

  it('finds what it should: an unlabelled field is a violation', async () => {
    expect(
      await violationsOf(
        '<!doctype html><html lang="ko"><head><title>t</title></head><body><main><h1>t</h1><input></main></body></html>',
      ),
    ).toEqual([expect.stringMatching(/^label: /)]);
  });

  it('a form shown again with its errors, and a page after its form was used', async () => {
    const page = await openPage(
      sandbox,
      await mintPage(sandbox, templateUseUrl, { templateKey: templates.consent.id }),
    );
    const refused = await (await submitForm(sandbox, page)).text();
    const list = await openPage(sandbox, await mintPage(sandbox, bulkContractUrl, exampleInputs['templates.bulkUrl']));
    await submitForm(sandbox, list);
    const sent = await openPage(sandbox, list.url);

    expect(refused).toContain('role="alert"');
    expect(await violationsOf(refused)).toEqual([]);
    expect(sent.document.querySelector('[role=status]')).not.toBeNull();
    expect(await violationsOf(sent.html)).toEqual([]);
  });
});
