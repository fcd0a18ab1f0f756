import { getTemplate, listTemplates } from '@esign-kit/core/server';
import { queryTemplates, requireTemplate, toTemplateDetail, toTemplateSummary } from '../domain/templates.js';
import { seedIds } from '../seed/index.js';
import { answer, sandboxHandler, succeed } from './types.js';

/** `GET signature-templates` (reference §3.2): filtered by title, tags or slug, newest first, paged. */
export const listTemplatesHandler = sandboxHandler(listTemplates, {
  example: { signatureCount: true, limit: 10 },
  handle: (input, { state }) => {
    const { total, page } = queryTemplates(state, input);
    return succeed({
      templates: page.map((template) => toTemplateSummary(template, input.signatureCount === true)),
      total,
    });
  },
});

/**
 * `GET signature-templates/{key}` (reference §3.3), by id or slug. The error table was cut off;
 * a missing template is `404 NOT_FOUND_SIGNATURE_TEMPLATE` (see `TemplateNotFoundCode`).
 */
export const getTemplateHandler = sandboxHandler(getTemplate, {
  example: { templateKey: seedIds.templates.supply.id },
  handle: (input, { state }) =>
    answer(requireTemplate(state, input.templateKey, 'NOT_FOUND_SIGNATURE_TEMPLATE'), (template) =>
      toTemplateDetail(state, template),
    ),
});
