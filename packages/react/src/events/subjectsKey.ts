import { type SigningSubject, subjectKey } from '@esign-kit/core/events';
import { dedupe } from './subjects.js';

// @module A hook's subjects as one stable text: a new array with the same subjects re-runs no
// effect, so it never re-registers (nor reconnects).

/** The subjects as one stable text (sorted, without repeats). */
export function subjectsText(subjects: readonly SigningSubject[]): string {
  return JSON.stringify(dedupe(subjects).map(subjectKey).sort());
}

/** The subjects back from {@link subjectsText}'s text. */
export function parseSubjects(key: string): SigningSubject[] {
  return (JSON.parse(key) as string[]).map((text) => {
    const at = text.indexOf(':');
    return { kind: text.slice(0, at) as SigningSubject['kind'], id: text.slice(at + 1) };
  });
}
