import { bulkContractUrl, templateFormUrl, templateUseUrl } from '@esign-kit/core/server';
import { resolveCustomerRef } from '../domain/customers.js';
import { invalidRequest } from '../domain/outcome.js';
import { requireTags } from '../domain/tags.js';
import { requireTemplate } from '../domain/templates.js';
import { seedIds } from '../seed/index.js';
import { prixError } from '../vendorErrors.js';
import { openPage } from './openPage.js';
import { sandboxHandler, succeed } from './types.js';

// Page-URL endpoints answer a missing template with `SIGNATURE_TEMPLATE_NOT_FOUND`, the code of
// the bulk page's table (see `TemplateNotFoundCode`).

/**
 * `GET signature-templates/form-url` (reference §3.1). The error table was not readable: a
 * `templateId` to edit that does not exist is `404 SIGNATURE_TEMPLATE_NOT_FOUND`, an unknown
 * default tag `400 SANDBOX_INVALID_REQUEST`.
 */
export const templateFormUrlHandler = sandboxHandler(templateFormUrl, {
  example: {
    successUrl: 'https://example.com/templates',
    tagIds: [2, 3],
    slug: 'new-template',
    disabledInputs: ['PERMISSION', 'TAG'],
  },
  handle: (input, context) => {
    if (input.templateId !== undefined) {
      const template = requireTemplate(context.state, input.templateId, 'SIGNATURE_TEMPLATE_NOT_FOUND');
      if (!template.ok) return template;
    }
    const tags = requireTags(context.state, input.tagIds ?? []);
    if (!tags.ok) return tags;
    return succeed({ url: openPage(context, 'template-form', templateFormUrl, input) });
  },
});

/**
 * `POST signature-templates/{key}/bulk-url` (reference §3.5): only for a template with exactly
 * one participant (`400 SIGNATURE_TEMPLATE_BULK_PARTICIPANT_COUNT`); the default customer, given
 * the deprecated way or the new one, must exist (`404 NOT_FOUND_CUSTOMER`); rows may only fill
 * the template's own input objects (`400 SANDBOX_INVALID_REQUEST`, undocumented).
 * `401 INVALID_BUSINESS` cannot happen: the sandbox has one business, which owns every template.
 */
export const bulkContractUrlHandler = sandboxHandler(bulkContractUrl, {
  // Reference §3.5's example body, on the one-participant template.
  example: {
    templateKey: seedIds.templates.consent.id,
    input: {
      customerId: seedIds.customers.seoulLogistics,
      customerCustomKey: 'CUSTOMER-TEST-001',
      defaultValue: {
        customer: { id: seedIds.customers.seoulLogistics, customKey: 'B5-k159402' },
        contract: { slugColumns: [{ slug: 'slug-column-1', value: 'slug-column-value' }] },
      },
      items: [
        {
          title: '테스트서명1',
          participant: { name: '김프릭', send: 'EMAIL', email: 'kim@prix.im' },
          customKey: 'TEST-001',
          items: [{ id: 13, contents: '김프릭' }],
        },
        {
          title: '테스트서명2',
          participant: {
            name: '이래티스',
            send: 'EMAIL',
            email: 'lee@prix.im',
            phone: '010-1234-1234',
            message: '빠른 서명 요청드립니다.',
            extraAuthList: [
              { type: 'MOBILE_IDENTIFICATION', phoneNumber: '010-1234-1234' },
              { type: 'CODE', code: 'secret1234' },
            ],
          },
          customerTitle: 'ABC컴퍼니',
          items: [{ id: 13, contents: '이래티스' }],
        },
      ],
    },
  },
  handle: (input, context) => {
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
  },
});

/**
 * `POST signature-templates/{key}/use-template-url` (reference §3.7). The error table was not
 * readable: the default customer must exist (`404 NOT_FOUND_CUSTOMER`) and default participants
 * must name roles of the template (`400 SANDBOX_INVALID_REQUEST`).
 */
export const templateUseUrlHandler = sandboxHandler(templateUseUrl, {
  example: {
    templateKey: seedIds.templates.supply.slug,
    input: {
      option: { successUrl: 'https://example.com/done' },
      defaultValue: {
        customer: { id: seedIds.customers.partner },
        contract: { title: '솔루션 공급 계약서', startDate: '2025-06-01T00:00:00.000Z' },
        signature: {
          participants: [
            { role: '갑', name: '홍길동', send: 'EMAIL', email: 'gildong@prix.im' },
            {
              role: '을',
              name: '김프릭',
              send: 'PHONE',
              phone: '010-1234-1234',
              extraAuthList: [{ type: 'CODE', code: '1234', codeHint: '생일' }],
            },
          ],
        },
      },
    },
  },
  handle: (input, context) => {
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
  },
});
