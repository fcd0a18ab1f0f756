import type { Tag } from '@esign-kit/core';
import type { SandboxState } from '../state/index.js';
import type { SandboxTag } from '../state/model.js';
import { invalidRequest, type Outcome, ok } from './outcome.js';

/** The business's tags in display order, as `GET contracts/tags` prints them. */
export function listTags(state: SandboxState): Tag[] {
  return [...state.tags]
    .sort((a, b) => a.order - b.order || a.id - b.id)
    .map(({ id, name, colorCode, order }) => ({ id, name, colorCode, order }));
}

/**
 * The tags with these ids, or `400 SANDBOX_INVALID_REQUEST` naming the unknown ones. Prix
 * documents no error for an unknown tag id (the tag pages have no error table), but it cannot
 * connect a tag that does not exist, so the sandbox refuses rather than store a dangling id.
 */
export function requireTags(state: SandboxState, ids: readonly number[]): Outcome<SandboxTag[]> {
  const tags: SandboxTag[] = [];
  const unknown: number[] = [];
  for (const id of new Set(ids)) {
    const tag = state.tags.find((candidate) => candidate.id === id);
    if (tag) tags.push(tag);
    else unknown.push(id);
  }
  if (unknown.length) return invalidRequest(`존재하지 않는 태그입니다 (샌드박스): tagIds ${unknown.join(', ')}`);
  return ok(tags);
}
