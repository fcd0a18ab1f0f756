import { bulkContractUrl, templateFormUrl, templateUseUrl } from '@esign-kit/core/server';
import { resolveCustomerRef } from '../domain/customers.js';
import { invalidRequest } from '../domain/outcome.js';
import { requireTags } from '../domain/tags.js';
import { requireTemplate } from '../domain/templates.js';
import { prixError } from '../vendorErrors.js';
import { openPage } from './openPage.js';
import { type SandboxHandler, succeed } from './types.js';

// Page-URL endpoints answer a missing template with `SIGNATURE_TEMPLATE_NOT_FOUND`, the code of
// the bulk page's table (see `TemplateNotFoundCode`).

/**
 * `GET signature-templates/form-url` (reference §3.1). The error table was not readable: a
 * `templateId` to edit that does not exist is `404 SIGNATURE_TEMPLATE_NOT_FOUND`, an unknown
 * default tag `400 SANDBOX_INVALID_REQUEST`.
 */
export const templateFormUrlHandler: SandboxHandler<typeof templateFormUrl> = (input, context) => {
  if (input.templateId !== undefined) {
    const template = requireTemplate(context.state, input.templateId, 'SIGNATURE_TEMPLATE_NOT_FOUND');
    if (!template.ok) return template;
  }
  const tags = requireTags(context.state, input.tagIds ?? []);
  if (!tags.ok) return tags;
  return succeed({ url: openPage(context, 'template-form', templateFormUrl, input) });
};

/**
 * `POST signature-templates/{key}/bulk-url` (reference §3.5): only for a template with exactly
 * one participant (`400 SIGNATURE_TEMPLATE_BULK_PARTICIPANT_COUNT`); the default customer, given
 * the deprecated way or the new one, must exist (`404 NOT_FOUND_CUSTOMER`); rows may only fill
 * the template's own input objects (`400 SANDBOX_INVALID_REQUEST`, undocumented).
 * `401 INVALID_BUSINESS` cannot happen: the sandbox has one business, which owns every template.
 */
export const bulkContractUrlHandler: SandboxHandler<typeof bulkContractUrl> = (input, context) => {
  const found = requireTemplate(context.state, input.templateKey, 'SIGNATURE_TEMPLATE_NOT_FOUND');
  if (!found.ok) return found;
  const template = found.value;
  if (template.participants.length !== 1) return prixError('SIGNATURE_TEMPLATE_BULK_PARTICIPANT_COUNT');
  const body = input.input;
  const references = [
    ...(body.customerId !== undefined || body.customerCustomKey !== undefined
      ? [{ id: body.customerId, customKey: body.customerCustomKey }]
      : []),
    ...(body.defaultValue?.customer ? [body.defaultValue.customer] : []),
  ];
  for (const reference of references) {
    const customer = resolveCustomerRef(context.state, reference);
    if (!customer.ok) return customer;
  }
  const unknown = (body.items ?? [])
    .flatMap((row) => row.items.map((item) => item.id))
    .filter((id) => !template.objects.some((object) => object.id === id));
  if (unknown.length) return invalidRequest(`템플릿에 없는 입력값입니다 (샌드박스): ${unknown.join(', ')}`);
  return succeed({ url: openPage(context, 'template-bulk', bulkContractUrl, input) });
};

/**
 * `POST signature-templates/{key}/use-template-url` (reference §3.7). The error table was not
 * readable: the default customer must exist (`404 NOT_FOUND_CUSTOMER`) and default participants
 * must name roles of the template (`400 SANDBOX_INVALID_REQUEST`).
 */
export const templateUseUrlHandler: SandboxHandler<typeof templateUseUrl> = (input, context) => {
  const found = requireTemplate(context.state, input.templateKey, 'SIGNATURE_TEMPLATE_NOT_FOUND');
  if (!found.ok) return found;
  const defaults = input.input?.defaultValue;
  if (defaults?.customer) {
    const customer = resolveCustomerRef(context.state, defaults.customer);
    if (!customer.ok) return customer;
  }
  for (const { role } of defaults?.signature?.participants ?? []) {
    if (role !== undefined && !found.value.participants.some((candidate) => candidate.role === role)) {
      return invalidRequest(`템플릿에 없는 참여자 역할입니다 (샌드박스): ${role}`);
    }
  }
  return succeed({ url: openPage(context, 'template-use', templateUseUrl, input) });
};
