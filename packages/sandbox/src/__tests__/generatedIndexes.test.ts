import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  handlersIndexFile,
  pagesIndexFile,
  renderHandlersIndex,
  renderPagesIndex,
} from '../../../../scripts/generate-sandbox-indexes.js';
import { handlerEntries } from '../handlers/index.js';
import { hostedPages } from '../pages/pageKinds.js';

// The handler map, the example inputs, `PageKind` and the page map are made from these two
// generated indexes: one left behind would hide a new handler or page.

describe('handlers.generated.ts', () => {
  it('lists every sandboxHandler of the handler modules (run `pnpm generate:sandbox` after adding one)', () => {
    expect(readFileSync(handlersIndexFile, 'utf8')).toBe(renderHandlersIndex());
  });

  it('has one handler per operation id', () => {
    const ids = handlerEntries.map((entry) => entry.operation.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('pages.generated.ts', () => {
  it('lists every hosted page of the page modules (run `pnpm generate:sandbox` after adding one)', () => {
    expect(readFileSync(pagesIndexFile, 'utf8')).toBe(renderPagesIndex());
  });

  it('has one page per kind, each with a description in Korean and English', () => {
    const kinds = hostedPages.map((page) => page.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const page of hostedPages) expect(page.description, page.kind).toMatch(/[가-힣].* · [A-Z]/);
  });
});
