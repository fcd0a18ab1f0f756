import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isStaleAfterPage } from '../../launcher/pageInvalidation.js';
import { acceptsSuccessUrl, withSuccessUrl } from '../../launcher/successUrl.js';
import { defineOperation } from '../../operation.js';
import { builtInOperations } from '../../operations/registry.js';
import * as routes from '../../operations/routes.generated.js';
import { esignKeyRoot } from '../../query/queryKeys.js';
import { validateInput } from '../../schemas/validateInput.js';
import { allExamples } from './fixtures/index.js';

// The facts of a hosted page live on its definition (and its generated route): these tests read
// the registry, so a page added without its name, its successUrl field or what it invalidates fails here.
const pages = builtInOperations.filter((operation) => operation.kind === 'page-url');
const ids = new Set<string>(builtInOperations.map((operation) => operation.id));
const queryIds = new Set<string>(builtInOperations.filter((op) => op.kind === 'query').map((op) => op.id));
const cached = (operationId: string) => ({ queryKey: [esignKeyRoot, operationId, {}], state: { data: undefined } });

describe('page facts', () => {
  it('every page-url operation names its page in Korean and English', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(page.page?.name.ko, page.id).toMatch(/\S/);
      expect(page.page?.name.en, page.id).toMatch(/\S/);
      expect(page.page?.name.ko, page.id).not.toBe(page.page?.name.en);
    }
  });

  it('no other operation carries page facts, and defineOperation refuses them', () => {
    expect(builtInOperations.filter((op) => op.kind !== 'page-url' && op.page).map((op) => op.id)).toEqual([]);
    const init = {
      id: 'custom.query',
      method: 'GET',
      path: 'custom',
      kind: 'query',
      summary: 'A query.',
      input: z.object({}),
      data: z.object({}),
      page: { name: { ko: '페이지', en: 'Page' }, invalidates: [] },
    } as const;
    expect(() => defineOperation(init)).toThrow(/only a page-url operation takes `page`/);
  });

  it("invalidates only queries of the registry, and at least the page's own family", () => {
    for (const page of pages) {
      const invalidates = page.page?.invalidates ?? [];
      expect(invalidates.length, page.id).toBeGreaterThan(0);
      expect(
        invalidates.filter((id) => !ids.has(id)),
        page.id,
      ).toEqual([]);
      expect(
        invalidates.filter((id) => !queryIds.has(id)),
        page.id,
      ).toEqual([]);
    }
  });

  it('takes a successUrl exactly where its reference example puts one, and the schema accepts it there', () => {
    const accepting = pages.filter((page) => acceptsSuccessUrl(page)).map((page) => page.id);
    // The reference documents a successUrl for these four pages only (§2.1, §2.13, §3.1, §3.7).
    expect(accepting.sort()).toEqual([
      'contracts.formUrl',
      'contracts.formUrlLegacy',
      'templates.formUrl',
      'templates.useUrl',
    ]);
    for (const page of pages.filter((candidate) => acceptsSuccessUrl(candidate))) {
      const example = allExamples.find((candidate) => candidate.operation === page && candidate.input !== undefined);
      expect(example, `${page.id} has an example input`).toBeDefined();
      const returnUrl = 'https://app.test/esign/return?launch=abc';
      const input = withSuccessUrl(page, example?.input, returnUrl);
      const checked = validateInput(page, input);
      expect(checked, page.id).toMatchObject({ ok: true });
      const read = (page.page?.successUrlAt ?? []).reduce<unknown>(
        (value, field) => (value as Record<string, unknown> | undefined)?.[field],
        checked.ok ? checked.value : undefined,
      );
      expect(read, page.id).toBe(returnUrl);
    }
  });

  it('routes carry the same facts as their definitions', () => {
    for (const route of Object.values(routes)) {
      const definition = builtInOperations.find((op) => op.id === route.id);
      expect(route.page, route.id).toEqual(definition?.page);
    }
  });
});

describe('isStaleAfterPage', () => {
  it("refetches what the page's route names, and nothing else", () => {
    expect(isStaleAfterPage(routes.templateFormUrlRoute, cached('templates.list'))).toBe(true);
    expect(isStaleAfterPage(routes.templateFormUrlRoute, cached('contracts.find'))).toBe(false);
    expect(isStaleAfterPage(routes.contractDetailUrlRoute, cached('contracts.find'))).toBe(true);
    expect(isStaleAfterPage(routes.contractDetailUrlRoute, cached('credits.status'))).toBe(true);
    expect(isStaleAfterPage(routes.contractDetailUrlRoute, cached('tags.list'))).toBe(false);
    expect(isStaleAfterPage(routes.contractDetailUrlRoute, cached('customers.get'))).toBe(false);
  });

  it("never touches another library's queries; a page without facts refetches every kit query", () => {
    const foreign = { queryKey: ['todos', 'contracts.find'], state: { data: undefined } };
    expect(isStaleAfterPage(routes.contractDetailUrlRoute, foreign)).toBe(false);
    const custom = { page: undefined };
    expect(isStaleAfterPage(custom, cached('tags.list'))).toBe(true);
    expect(isStaleAfterPage(custom, foreign)).toBe(false);
  });
});
