import type { OperationInput } from '@esign-kit/core';
import type { builtInOperations } from '@esign-kit/core/server';
import { seedIds } from '../seed/index.js';

type BuiltInOperation = (typeof builtInOperations)[number];

/** One valid input per built-in operation; a new operation fails the type check until it has one. */
export type ExampleInputs = {
  readonly [TOperation in BuiltInOperation as TOperation['id']]: OperationInput<TOperation>;
};

/** The clock the examples are written for: every example expiry date is after it. */
export const examplesNow = new Date('2025-05-01T09:00:00.000Z');

const { mou, concluded, unsigned, renewal, templates, customers } = seedIds;

/**
 * Valid example inputs, mostly the reference's own (§2–§6) against the seed data. Each succeeds on
 * a freshly seeded sandbox whose clock reads {@link examplesNow}.
 */
export const exampleInputs: ExampleInputs = {
  'contracts.formUrl': {
    input: {
      option: { successUrl: 'https://example.com/contracts/done' },
      defaultValue: {
        customer: { customKey: 'A5-k159402' },
        contract: {
          title: '솔루션 공급 계약서',
          file: '...contract.pdf',
          startDate: '2025-06-01T00:00:00.000Z',
          slugColumns: [{ slug: 'slug-column-1', value: 'slug-column-value' }],
        },
        signature: {
          participants: [{ name: '홍길동', send: 'EMAIL', email: 'gildong@prix.im', message: '서명 부탁드립니다.' }],
        },
      },
    },
  },
  'contracts.find': { uuid: mou.contractUuid },
  'contracts.detailUrl': { contractUuid: mou.contractUuid },
  'contracts.list': { status: 'CREATED', tagIds: [2, 3], limit: 20 },
  'contracts.listUrl': { customerCustomKey: 'A5-k159402' },
  'signatures.list': { createdAtAfter: '2024-11-19T06:00:00.000Z' },
  'signatures.usage': { createdAtAfter: '2024-01-01T00:00:00.000Z' },
  'signatures.send': {
    signatureUuid: mou.signatureUuid,
    participantUuid: mou.emailParticipantUuid,
    sendInput: { sendType: 'EMAIL', sendAddress: 'test@prix.im' },
  },
  'signatures.link': {
    signatureUuid: mou.signatureUuid,
    participantUuid: mou.phoneParticipantUuid,
    defaultValue: '010-1234-5678',
  },
  'signatures.cancel': { signatureUuid: renewal.signatureUuid },
  'contracts.signatureUrl': { contractUuid: unsigned.contractUuid },
  'contracts.get': { contractUuid: concluded.contractUuid },
  'contracts.formUrlLegacy': {
    successUrl: 'https://example.com/done',
    customerId: customers.seoulLogistics,
    disable: 'customer',
  },
  'contracts.concludedFiles': { customKey: concluded.customKey },
  'templates.formUrl': {
    successUrl: 'https://example.com/templates',
    tagIds: [2, 3],
    slug: 'new-template',
    disabledInputs: ['PERMISSION', 'TAG'],
  },
  'templates.list': { signatureCount: true, limit: 10 },
  'templates.get': { templateKey: templates.supply.id },
  // Reference §3.4's example body, with a real uuid to connect and an expiry after the clock.
  'templates.createSignature': {
    templateKey: templates.supply.id,
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
        connectedContractUuids: [concluded.contractUuid],
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
  // Reference §3.5's example body, on the one-participant template.
  'templates.bulkUrl': {
    templateKey: templates.consent.id,
    input: {
      customerId: customers.seoulLogistics,
      customerCustomKey: 'CUSTOMER-TEST-001',
      defaultValue: {
        customer: { id: customers.seoulLogistics, customKey: 'B5-k159402' },
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
  'templates.useUrl': {
    templateKey: templates.supply.slug,
    input: {
      option: { successUrl: 'https://example.com/done' },
      defaultValue: {
        customer: { id: customers.partner },
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
  'tags.list': {},
  'contracts.setTags': { contractUuid: mou.contractUuid, input: { tagIds: [2, 3] } },
  'business.update': {
    input: {
      profile: { name: '프릭스 컴퍼니', registrationNumber: '123-12-12345', ceo: '이용우', address: '서울시 강남구' },
      configuration: { customerCustomName: '거래처' },
    },
  },
  'credits.usages': { createdAtAfter: '2025-01-01T00:00:00.000Z' },
  'credits.status': {},
  'business.create': {
    input: {
      user: { email: 'owner@abc.example', password: 'secret1234' },
      profile: { name: 'ABC컴퍼니', registrationNumber: '123-12-12345' },
      customConfig: { customerCustomName: '매장' },
    },
  },
  'business.managing': { limit: 100, offset: 0 },
  'customers.create': {
    input: {
      title: '새 고객사',
      customKey: 'NEW-001',
      ceo: '홍길동',
      registrationNumber: '123-12-12345',
      address: '서울시 강남구',
      industry: '정보통신업',
      category: '소프트웨어 개발',
      managers: [{ name: '김담당', email: 'kim@new.example', roles: ['CONTRACT', 'TAX_BILL'] }],
    },
  },
  'customers.get': { customerId: customers.partner },
  'customers.list': { customKey: 'A5-k159402' },
  'customers.update': { customerId: customers.partner, input: { title: '파트너 고객사 (변경)', ceo: '김대표' } },
  'customers.delete': { customerId: customers.abc },
};
