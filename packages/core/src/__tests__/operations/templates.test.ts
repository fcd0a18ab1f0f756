import { describe, expect, it } from 'vitest';
import {
  bulkContractUrl,
  createSignatureFromTemplate,
  getTemplate,
  listTemplates,
  templateFormUrl,
  templateUseUrl,
} from '../../operations/templates/index.js';
import {
  referenceBulkBody,
  referenceCreateSignatureBody,
  referenceCreateSignatureData,
  referenceTemplate,
  referenceTemplateId,
  referenceTemplateParticipant,
  templateExamples,
} from './fixtures/templates.js';
import { describeReferenceExamples, describeRejections, issuesOf } from './helpers.js';

describeReferenceExamples(templateExamples);

const templateKey = referenceTemplateId;
const body = referenceCreateSignatureBody;
const first = referenceTemplateParticipant;

describe('template keys', () => {
  it.each([4328, '4328', 'nda-template'])('accepts the id or slug %j', (key) => {
    expect(issuesOf(getTemplate, { templateKey: key })).toEqual([]);
  });

  const notAKey = 'Must be a template id (a positive integer) or slug (a non-empty string).';
  it.each([
    [0, { message: 'A template id must be a positive integer.', code: 'too_small', minimum: 0 }],
    [-3, { message: 'A template id must be a positive integer.', code: 'too_small', minimum: 0 }],
    ['', { message: 'A template slug must not be empty.', code: 'required' }],
    [1.5, { message: notAKey, code: 'custom' }],
    [null, { message: notAKey, code: 'custom' }],
    [undefined, { message: 'Required.', code: 'required' }],
  ])('rejects %j', (key, issue) => {
    expect(issuesOf(getTemplate, { templateKey: key })).toEqual([{ path: 'templateKey', ...issue }]);
  });
});

describe('template inputs', () => {
  it('sends {} as the bulk body when it is left out (the reference does not say it is optional)', () => {
    const result = bulkContractUrl.input.safeParse({ templateKey });
    expect(result.success && result.data).toEqual({ templateKey, input: {} });
  });

  it('takes no body at all for the use-template page (the body is optional)', () => {
    expect(issuesOf(templateUseUrl, { templateKey })).toEqual([]);
  });

  describeRejections([
    [
      'a participant with neither e-mail nor phone',
      createSignatureFromTemplate,
      {
        templateKey,
        input: { ...body, participants: [{ role: '갑', input: { name: '홍길동', auth: 'EMAIL', send: 'EMAIL' } }] },
      },
      { path: 'input.participants.0.input', message: 'Pass `email` or `phone` (one of them is required).' },
    ],
    [
      'a request without participants',
      createSignatureFromTemplate,
      { templateKey, input: { ...body, participants: [] } },
      { path: 'input.participants', message: 'Pass at least one participant.' },
    ],
    [
      'a missing title',
      createSignatureFromTemplate,
      { templateKey, input: { participants: [first] } },
      { path: 'input.title', message: 'Required.' },
    ],
    [
      'a pre-input value without id or slug',
      createSignatureFromTemplate,
      { templateKey, input: { ...body, items: [{ contents: 'true' }] } },
      { path: 'input.items.0', message: 'Pass the input `id` or `slug`.' },
    ],
    [
      'a facilitator without e-mail',
      createSignatureFromTemplate,
      { templateKey, input: { ...body, signature: { facilitator: { name: '대면서명 담당자' } } } },
      { path: 'input.signature.facilitator.email', message: 'Required.' },
    ],
    [
      'a redirectUrl that is not http(s)',
      createSignatureFromTemplate,
      { templateKey, input: { ...body, signature: { redirectUrl: 'data:text/html,hi' } } },
      { path: 'input.signature.redirectUrl', message: 'Must be an http(s) URL.' },
    ],
    [
      'an expiry date that is not ISO',
      createSignatureFromTemplate,
      { templateKey, input: { ...body, signature: { expiredDate: '2024-12-20' } } },
      { path: 'input.signature.expiredDate', message: 'Must be a valid ISO date-time.' },
    ],
    [
      'an unknown extra authentication type',
      createSignatureFromTemplate,
      {
        templateKey,
        input: { ...body, participants: [{ ...first, input: { ...first.input, extraAuthList: [{ type: 'PIN' }] } }] },
      },
      {
        path: 'input.participants.0.input.extraAuthList.0.type',
        message: 'Must be an extra authentication of type MOBILE_IDENTIFICATION or CODE.',
      },
    ],
    [
      'a linked customer without id or customKey',
      createSignatureFromTemplate,
      { templateKey, input: { ...body, contract: { customers: [{}] } } },
      { path: 'input.contract.customers.0', message: 'Pass the customer `id` or `customKey`.' },
    ],
    [
      'a CC address that is not an e-mail',
      createSignatureFromTemplate,
      { templateKey, input: { ...body, signature: { ccEmails: ['cc-at-prix.im'] } } },
      { path: 'input.signature.ccEmails.0', message: 'Must be a valid e-mail address.' },
    ],
    [
      'phoneName on the bulk mobile check (it takes the participant name)',
      bulkContractUrl,
      {
        templateKey,
        input: {
          items: [
            {
              title: '테스트서명1',
              participant: {
                name: '김프릭',
                send: 'PHONE',
                phone: '010-1234-1234',
                extraAuthList: [{ type: 'MOBILE_IDENTIFICATION', phoneName: '김실명', phoneNumber: '010-1234-1234' }],
              },
              items: [],
            },
          ],
        },
      },
      { path: 'input.items.0.participant.extraAuthList.0', message: 'Unknown field(s): phoneName.' },
    ],
    [
      'a bulk row without its pre-input values',
      bulkContractUrl,
      {
        templateKey,
        input: {
          items: [{ title: '테스트서명1', participant: { name: '김프릭', send: 'EMAIL', email: 'kim@prix.im' } }],
        },
      },
      { path: 'input.items.0.items', message: 'Required.' },
    ],
    [
      'a deprecated customerCustomKey with a slash',
      bulkContractUrl,
      { templateKey, input: { ...referenceBulkBody, customerCustomKey: 'CUSTOMER/001' } },
      { path: 'input.customerCustomKey', message: 'A customer customKey is 1 to 40 letters, digits, "-" or "_".' },
    ],
    [
      'a customKey on the use-template customer (the example shows only id)',
      templateUseUrl,
      { templateKey, input: { defaultValue: { customer: { id: 3, customKey: 'B5-k159402' } } } },
      { path: 'input.defaultValue.customer', message: 'Unknown field(s): customKey.' },
    ],
    [
      'a template id of 0 on the form page',
      templateFormUrl,
      { templateId: 0 },
      { path: 'templateId', message: 'Must be a positive integer.' },
    ],
    [
      'an input name with a comma (the list is sent comma-separated)',
      templateFormUrl,
      { disabledInputs: ['PERMISSION,TAG'] },
      { path: 'disabledInputs.0', message: 'An input name must be non-empty, without commas.' },
    ],
    [
      'signatureCount given as text',
      listTemplates,
      { signatureCount: 'true' },
      { path: 'signatureCount', message: 'Expected boolean.' },
    ],
  ]);
});

describe('template data', () => {
  it('accepts an in-person request response without facilitator, and a participant with a phone', () => {
    const { facilitator: _, ...signature } = referenceCreateSignatureData.signature;
    const [participant] = signature.participants;
    const data = {
      ...referenceCreateSignatureData,
      signature: { ...signature, participants: [{ ...participant, email: undefined, phone: '010-1234-1234' }] },
    };
    expect(createSignatureFromTemplate.data.safeParse(data).success).toBe(true);
  });

  it('reads a signing order Prix may add, not one that is no string', () => {
    const data = (participantType: unknown) => ({ total: 1, templates: [{ ...referenceTemplate, participantType }] });
    expect(listTemplates.data.safeParse(data('RANDOM')).success).toBe(true);
    expect(listTemplates.data.safeParse(data(null)).success).toBe(false);
  });
});
