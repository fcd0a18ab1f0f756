import type { ParticipantType } from '@esign-kit/core';
import type { SandboxState } from '../state/index.js';
import type { SandboxTemplate } from '../state/model.js';
import { nextId } from './ids.js';
import { invalidRequest, type Outcome, ok } from './outcome.js';
import { requireTags } from './tags.js';
import { requireTemplate } from './templates.js';

/** What the template edit page can change. */
export interface TemplateChanges {
  readonly name: string;
  readonly slug: string | null;
  readonly participantType: ParticipantType;
  /** Role names in signing order. */
  readonly roles: readonly string[];
  readonly tagIds: readonly number[];
  readonly allowPartialParticipants: boolean;
}

/**
 * Saves an edited template, as Prix's template edit page does (reference §3.1, `templateId`).
 * The name must not be empty, roles must be distinct and non-empty, the slug unique among the
 * other templates, and tags must exist; each refusal is `400 SANDBOX_INVALID_REQUEST` (the page's
 * error table was not readable) and changes nothing. Roles that keep their name keep their id;
 * input objects, managers and the document are left as they are.
 */
export function editTemplate(
  state: SandboxState,
  templateId: number,
  changes: TemplateChanges,
  now: Date,
): Outcome<SandboxTemplate> {
  const found = requireTemplate(state, templateId, 'SIGNATURE_TEMPLATE_NOT_FOUND');
  if (!found.ok) return found;
  const template = found.value;
  const name = changes.name.trim();
  if (name === '') return invalidRequest('템플릿 이름을 입력해 주세요 (샌드박스).');
  const roles = changes.roles.map((role) => role.trim());
  if (roles.length === 0 || roles.some((role) => role === '') || new Set(roles).size !== roles.length) {
    return invalidRequest('참여자 역할은 하나 이상, 서로 다른 이름이어야 합니다 (샌드박스).');
  }
  const slug = changes.slug?.trim() || null;
  if (slug !== null && state.templates.some((other) => other !== template && other.slug === slug)) {
    return invalidRequest(`다른 템플릿이 이미 쓰는 slug입니다 (샌드박스): ${slug}`);
  }
  const tags = requireTags(state, changes.tagIds);
  if (!tags.ok) return tags;

  template.name = name;
  template.slug = slug;
  template.participantType = changes.participantType;
  template.participants = roles.map((role, index) => ({
    id: template.participants.find((existing) => existing.role === role)?.id ?? nextId(state, 'templateParticipant'),
    order: index + 1,
    role,
  }));
  template.tagIds = tags.value.map((tag) => tag.id);
  template.allowPartialParticipants = changes.allowPartialParticipants;
  template.updatedAt = now.toISOString();
  return ok(template);
}
