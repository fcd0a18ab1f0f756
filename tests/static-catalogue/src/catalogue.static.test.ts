import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchVisitor, playStory, visitorContext } from './visitor.js';

interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
  readonly tags?: readonly string[];
}

const origin = inject('catalogueOrigin');
const setupError = inject('catalogueError');
const entries: IndexEntry[] = origin
  ? Object.values(
      (
        JSON.parse(readFileSync(join(inject('catalogueDir'), 'index.json'), 'utf8')) as {
          entries: Record<string, IndexEntry>;
        }
      ).entries,
    )
  : [];
// Every story, not only those Storybook tags `play-fn`: the page buttons' stories get their play
// functions from a shared scenario list, which the indexer cannot see.
const played = entries.filter((entry) => entry.type === 'story');

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!origin) return;
  browser = await launchVisitor(origin);
  context = await visitorContext(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe('the static catalogue, as a visitor opens it', () => {
  it('was built and is served', () => {
    expect(setupError).toBeNull();
    expect(played.length).toBeGreaterThan(150);
  });

  it('lists the accessibility stories', () => {
    expect(played.map((entry) => entry.id)).toContain('components-pagedialog--keyboard-and-buttons');
  });

  // Each story in a tab of its own; a few at a time (see `maxConcurrency` in the project).
  it.concurrent.each(played)('$id: plays without an error, a11y clean', async (entry) => {
    if (!origin) throw new Error(setupError ?? 'No catalogue.');
    const outcome = await playStory(context, origin, entry.id);
    expect(outcome.errors).toEqual([]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.a11y).not.toBe('failed');
  });
});
