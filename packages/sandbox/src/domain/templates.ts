import type { OperationParsedInput, Template, TemplateDetail } from '@esign-kit/core';
import type { listTemplates } from '@esign-kit/core/server';
import type { SandboxState } from '../state/index.js';
import type { SandboxTemplate } from '../state/model.js';
import { prixError } from '../vendorErrors.js';
import { byNewest, includesText, paginate } from './lists.js';
import { type Outcome, ok } from './outcome.js';

/**
 * Prix has two codes for a missing template, both 404 and both listed on the create-signature
 * page (§3.4); the bulk page (§3.5) lists only `SIGNATURE_TEMPLATE_NOT_FOUND`. The sandbox answers
 * `SIGNATURE_TEMPLATE_NOT_FOUND` on the page-URL endpoints (bulk, and by analogy use-template and
 * the template form) and `NOT_FOUND_SIGNATURE_TEMPLATE` on the data endpoints (create signature,
 * and the detail whose error table was cut off), following the `NOT_FOUND_<thing>` naming the
 * create page's other rows use.
 */
export type TemplateNotFoundCode = 'NOT_FOUND_SIGNATURE_TEMPLATE' | 'SIGNATURE_TEMPLATE_NOT_FOUND';

/**
 * The template with this key: its numeric `id` or its `slug` (reference §3). A path carries text
 * either way, so a key made only of digits is tried as an id first, then as a slug (the
 * reference does not say how Prix tells a numeric-looking slug from an id).
 */
export function findTemplate(state: SandboxState, key: number | string): SandboxTemplate | undefined {
  const text = String(key);
  if (/^\d+$/.test(text)) {
    const byId = state.templates.find((template) => template.id === Number(text));
    if (byId) return byId;
  }
  return state.templates.find((template) => template.slug === text);
}

/** The template with this key, or the given 404 code. */
export function requireTemplate(
  state: SandboxState,
  key: number | string,
  notFound: TemplateNotFoundCode,
): Outcome<SandboxTemplate> {
  const template = findTemplate(state, key);
  return template ? ok(template) : prixError(notFound);
}

/** A template as the list prints it; `signatureCount` only when asked for. */
export function toTemplateSummary(template: SandboxTemplate, withSignatureCount: boolean): Template {
  return {
    id: template.id,
    name: template.name,
    participantType: template.participantType,
    slug: template.slug,
    ccEmails: [...template.ccEmails],
    createdAt: template.createdAt,
    updatedAt: template.updatedAt,
    managerNames: [...template.managerNames],
    ...(withSignatureCount ? { signatureCount: template.signatureCount } : {}),
    participants: template.participants.map(({ id, order, role }) => ({ id, order, role })),
  };
}

/**
 * A template as the detail endpoint prints it. Objects carry no `slug` there: the reference does
 * not show one, although `items[].slug` can refer to it.
 */
export function toTemplateDetail(state: SandboxState, template: SandboxTemplate): TemplateDetail {
  return {
    id: template.id,
    name: template.name,
    contractFile: template.contractFile,
    participantType: template.participantType,
    createdAt: template.createdAt,
    updatedAt: template.updatedAt,
    slug: template.slug,
    ccEmails: [...template.ccEmails],
    managerNames: [...template.managerNames],
    signatureCount: template.signatureCount,
    objects: template.objects.map(({ id, type, category, name, description }) => ({
      id,
      type,
      category,
      name,
      description,
    })),
    tags: template.tagIds.flatMap((id) => {
      const tag = state.tags.find((candidate) => candidate.id === id);
      return tag ? [{ id: tag.id, name: tag.name }] : [];
    }),
    participants: template.participants.map(({ id, order, role }) => ({ id, order, role })),
  };
}

/**
 * The template list (§3.2), newest first, paged. `title` matches a part of the name (ignoring
 * case), `tagIds` a template linked to ANY of them, `slug` exactly.
 */
export function queryTemplates(
  state: SandboxState,
  input: OperationParsedInput<typeof listTemplates>,
): { total: number; page: SandboxTemplate[] } {
  const rows = state.templates.filter(
    (template) =>
      (input.title === undefined || includesText(template.name, input.title)) &&
      (input.tagIds === undefined || template.tagIds.some((id) => input.tagIds?.includes(id))) &&
      (input.slug === undefined || template.slug === input.slug),
  );
  return paginate(rows.sort(byNewest), input);
}
