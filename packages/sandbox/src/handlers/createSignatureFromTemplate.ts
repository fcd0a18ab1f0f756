import { createSignatureFromTemplate } from '@esign-kit/core/server';
import { requestSignatureFromTemplate, toCreatedView } from '../domain/createSignature.js';
import { seedIds } from '../seed/index.js';
import { answer, sandboxHandler } from './types.js';

/**
 * `POST signature-templates/{key}/signatures` (reference §3.4): creates the contract and its
 * `WAITING` signature, with every check of the page's error table that the sandbox can meet
 * (see `requestSignatureFromTemplate` and `prepareTemplateRequest` in the domain).
 */
export const createSignatureFromTemplateHandler = sandboxHandler(createSignatureFromTemplate, {
  // Reference §3.4's example body, with a real uuid to connect and an expiry after the clock.
  example: {
    templateKey: seedIds.templates.supply.id,
    input: {
      title: '솔루션 공급 계약서',
      participants: [
        { role: '갑', input: { name: '홍길동', email: 'gildong@prix.im', auth: 'EMAIL', send: 'EMAIL' } },
        {
          role: '을',
          input: {
            name: '김프릭',
            phone: '010-1234-1234',
            auth: 'PHONE',
            send: 'PHONE',
            extraAuthList: [{ type: 'MOBILE_IDENTIFICATION', phoneName: '김실명', phoneNumber: '010-1234-1234' }],
          },
        },
      ],
      items: [
        { id: 231, contents: '2,000,000' },
        { id: 232, contents: '선릉로 551 새롬아파트 101-204' },
        { id: 233, contents: 'true' },
        { slug: 'object-1', contents: 'true' },
      ],
      additionalFiles: ['...견적서.pdf'],
      contract: {
        type: 'NEW',
        customKey: 'custom-id',
        fileToReplace: '...contract.pdf',
        slugColumns: [{ slug: 'slug-column-1', value: 'slug-column-value' }],
        connectedContractUuids: [seedIds.concluded.contractUuid],
        contractDate: { startDate: '2024-10-01T00:00:00.000Z', endDate: null, concludedDate: null },
        customers: [{ id: 1, customKey: 'customer-custom-key-32' }],
        shareNotification: {
          receivers: [
            { method: 'EMAIL', contact: 'test@prix.im', name: 'EMAIL_TESTER' },
            { method: 'PHONE', contact: '010-0000-0000', name: 'PHONE_TESTER' },
          ],
        },
      },
      signature: {
        expiredDate: '2025-12-20T15:00:00.000Z',
        ccEmails: [],
        requesterName: '프릭스 컴퍼니',
        facilitator: { name: '대면서명 담당자', email: 'facilitator@prix.im' },
        additionalRequests: [{ role: '참관자', type: 'EMAIL', contact: 'observer@prix.im' }],
        redirectUrl: 'https://example.com/callback',
      },
      option: { skipSend: false },
    },
  },
  handle: (input, { state, now }) =>
    answer(requestSignatureFromTemplate(state, input.templateKey, input.input, now()), toCreatedView),
});
