import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import * as entry from '../index.js';

// `@esign-kit/core/events` is loaded by browsers: its public names are written out (a name added
// or dropped is an API change), and nothing it loads at run time may reach zod or another package.
const events = resolve(dirname(fileURLToPath(import.meta.url)), '..');

it('exports exactly its public names', () => {
  expect(Object.keys(entry).sort()).toEqual([
    'eventFilter',
    'isSigningEvent',
    'isSigningEventEnvelope',
    'signingEventTypes',
    'subjectKey',
    'subjectsOf',
  ]);
});

it('loads no package and no module outside events/ at run time', () => {
  const seen = new Set<string>();
  const pending = [resolve(events, 'index.ts')];
  while (pending.length) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(
      /^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms,
    )) {
      const specifier = match[1] as string;
      expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\//);
      pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  }
  expect([...seen].every((file) => file.startsWith(events))).toBe(true);
  expect(seen.size).toBeGreaterThan(2);
});
