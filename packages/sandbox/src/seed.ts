import type { Contract } from '@esign-kit/core';

/**
 * Identifiers of the seed data, so tests and demos need not copy UUIDs around. The `mou` entries
 * are the reference's own examples (§2.2, §2.8), so calls copied from the Prix docs work as is.
 */
export const seedIds = {
  /** Reference example: a contract whose e-signature waits for two participants. */
  mou: {
    contractUuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a',
    customKey: 'a4-k1234',
    signatureUuid: '57139f5c-37d0-4c30-bdb6-ef6106040756',
    /** Reached by e-mail at `test@prix.im`. */
    emailParticipantUuid: 'e65664ca-bac4-4f94-81bc-bc1a2436543b',
    /** Reached by text message at `010-1234-5678`. */
    phoneParticipantUuid: '29642366-20e4-4cb4-91f4-72656c3a37b8',
  },
  /** Concluded contract: signature `DONE`, `concludedFile` set. */
  concluded: {
    contractUuid: 'caa7739d-b4eb-46af-bcb7-b53055589195',
    customKey: 'CN-2025-001',
    signatureUuid: 'd9db9d31-e4e8-4a12-b87f-d3f75bec0ce7',
    participantUuids: ['b2320892-0a60-47bf-9e39-2640fd7d810e', '79da4376-b894-4834-a8a6-8bd236fafc42'],
  },
  /** Registered contract without an e-signature (`signature: null`). */
  unsigned: {
    contractUuid: 'c6d1bcfa-5adc-4925-82c2-5179177c4db7',
  },
  /** Renewal (`type: 'RENEWAL'`) of the concluded contract, awaiting its signature. */
  renewal: {
    contractUuid: '1c03b565-4df0-41ae-b073-12d2168031cd',
    customKey: 'CN-2026-001',
    signatureUuid: '9a3d182a-994e-4c22-bb51-2acbaf4a56e9',
    participantUuid: 'cac6171f-df6f-4393-b00c-fa3a44a7538d',
  },
  /** Contract whose e-signature was canceled. */
  canceled: {
    contractUuid: '5273ffea-0d27-416c-bcc0-a2872fc68648',
    signatureUuid: 'e6e9e2b3-8871-4ce0-98df-a2412f073b29',
    participantUuid: 'de4aa315-dbd9-4682-ad5d-bf32330c4292',
  },
} as const;

/**
 * The sandbox cannot know its own origin when the data is built, so file URLs point at a
 * reserved `.invalid` host: obviously fake, never resolvable, and still valid URLs.
 */
function fileUrl(contractUuid: string, name: string): string {
  return `https://sandbox.esign-kit.invalid/files/${contractUuid}/${name}`;
}

/**
 * Builds the seed contracts. A new deep copy on every call, so a reset undoes any change a
 * handler or a test made. Participant `status` is always `CREATED`: it is the only value the
 * reference documents.
 */
export function createSeedContracts(): Contract[] {
  const { mou, concluded, unsigned, renewal, canceled } = seedIds;
  return [
    {
      // Reference §2.2 example, field for field, except `concludedFile` and
      // `contractDate.concludedDate`: the example fills them although the contract is `CREATED`
      // and its signature `WAITING`, which a real Prix contract cannot be.
      id: '1',
      uuid: mou.contractUuid,
      title: 'A컴퍼니 MOU',
      customers: [{ id: 1, title: '파트너 고객사', customKey: 'A5-k159402' }],
      file: fileUrl(mou.contractUuid, 'contract.pdf'),
      concludedFile: null,
      wordFile: fileUrl(mou.contractUuid, 'contract.docx'),
      createdAt: '2024-07-05T00:00:00.000Z',
      updatedAt: '2024-07-05T00:00:00.000Z',
      customKey: mou.customKey,
      status: 'CREATED',
      type: 'NEW',
      contractDate: { concludedDate: null, startDate: '2024-07-05T00:00:00.000Z', endDate: '2025-07-04T00:00:00.000Z' },
      managerNames: ['이용우'],
      signature: {
        uuid: mou.signatureUuid,
        title: 'A컴퍼니 MOU 전자서명',
        expiredDate: '2024-10-15T00:00:00.000Z',
        status: 'WAITING',
        createdAt: '2024-07-15T00:00:00.000Z',
        participants: [
          {
            uuid: mou.emailParticipantUuid,
            name: '김지원',
            status: 'CREATED',
            auth: 'EMAIL',
            send: 'EMAIL',
            email: 'test@prix.im',
            phone: null,
            role: '갑',
            language: 'KOREAN',
          },
          {
            uuid: mou.phoneParticipantUuid,
            name: '박서준',
            status: 'CREATED',
            auth: 'PHONE',
            send: 'PHONE',
            email: null,
            phone: '010-1234-5678',
            role: '을',
            language: 'KOREAN',
          },
        ],
        objects: [
          {
            contents: '서울시 강남구 선릉로 551',
            type: 'TEXT',
            category: 'DEFAULT',
            name: '주소',
            description: '상세 주소를 입력해 주세요.',
          },
        ],
      },
    },
    {
      id: '2',
      uuid: concluded.contractUuid,
      title: '한빛소프트 SaaS 이용계약',
      customers: [{ id: 2, title: '㈜한빛소프트', customKey: 'HANBIT-001' }],
      file: fileUrl(concluded.contractUuid, 'contract.pdf'),
      concludedFile: fileUrl(concluded.contractUuid, 'concluded.pdf'),
      createdAt: '2025-01-06T01:30:00.000Z',
      updatedAt: '2025-01-09T08:12:45.000Z',
      customKey: concluded.customKey,
      status: 'CONCLUDED',
      type: 'NEW',
      contractDate: {
        concludedDate: '2025-01-09T08:12:45.000Z',
        startDate: '2025-01-15T00:00:00.000Z',
        endDate: '2026-01-14T00:00:00.000Z',
      },
      managerNames: ['이용우', '정하늘'],
      signature: {
        uuid: concluded.signatureUuid,
        title: '한빛소프트 SaaS 이용계약 전자서명',
        expiredDate: '2025-01-20T00:00:00.000Z',
        status: 'DONE',
        createdAt: '2025-01-06T01:35:00.000Z',
        participants: [
          {
            uuid: concluded.participantUuids[0],
            name: '최민호',
            status: 'CREATED',
            auth: 'EMAIL',
            send: 'EMAIL',
            email: 'minho.choi@hanbitsoft.co.kr',
            phone: null,
            role: '갑',
            language: 'KOREAN',
          },
          {
            uuid: concluded.participantUuids[1],
            name: '이용우',
            status: 'CREATED',
            auth: 'PHONE',
            send: 'PHONE',
            email: null,
            phone: '010-2345-6789',
            role: '을',
            language: 'KOREAN',
          },
        ],
        objects: [
          { contents: '연 12,000,000원', type: 'TEXT', category: 'DEFAULT', name: '이용료', description: '' },
          {
            contents: 'true',
            type: 'CHECKBOX',
            category: 'INPUT',
            name: '개인정보 처리 위탁 동의',
            description: '동의하시면 체크해 주세요.',
          },
          { contents: '', type: 'SIGNATURE', category: 'INPUT', name: '서명', description: '서명해 주세요.' },
        ],
      },
    },
    {
      id: '3',
      uuid: unsigned.contractUuid,
      title: '서울물류 창고 임대차계약',
      customers: [{ id: 3, title: '서울물류㈜', customKey: null }],
      file: fileUrl(unsigned.contractUuid, 'contract.pdf'),
      concludedFile: null,
      createdAt: '2025-03-02T05:00:00.000Z',
      updatedAt: '2025-03-02T05:00:00.000Z',
      customKey: null,
      status: 'CREATED',
      type: 'NEW',
      contractDate: { concludedDate: null, startDate: null, endDate: null },
      managerNames: ['정하늘'],
      signature: null,
    },
    {
      id: '4',
      uuid: renewal.contractUuid,
      title: '한빛소프트 SaaS 이용계약 (2026 갱신)',
      customers: [{ id: 2, title: '㈜한빛소프트', customKey: 'HANBIT-001' }],
      file: fileUrl(renewal.contractUuid, 'contract.pdf'),
      concludedFile: null,
      createdAt: '2025-12-01T00:00:00.000Z',
      updatedAt: '2025-12-01T00:10:00.000Z',
      customKey: renewal.customKey,
      status: 'CREATED',
      type: 'RENEWAL',
      contractDate: { concludedDate: null, startDate: '2026-01-15T00:00:00.000Z', endDate: '2027-01-14T00:00:00.000Z' },
      managerNames: ['이용우'],
      signature: {
        uuid: renewal.signatureUuid,
        title: '한빛소프트 SaaS 이용계약 갱신 전자서명',
        expiredDate: '2025-12-31T00:00:00.000Z',
        status: 'WAITING',
        createdAt: '2025-12-01T00:10:00.000Z',
        participants: [
          {
            uuid: renewal.participantUuid,
            name: '최민호',
            status: 'CREATED',
            auth: 'EMAIL',
            send: 'EMAIL',
            email: 'minho.choi@hanbitsoft.co.kr',
            phone: null,
            role: '갑',
            language: 'KOREAN',
          },
        ],
        objects: [{ contents: '', type: 'SIGNATURE', category: 'INPUT', name: '서명', description: '서명해 주세요.' }],
      },
    },
    {
      id: '5',
      uuid: canceled.contractUuid,
      title: '브랜드 디자인 용역계약',
      customers: [{ id: 4, title: '스튜디오 모노', customKey: 'mono_design' }],
      file: fileUrl(canceled.contractUuid, 'contract.pdf'),
      concludedFile: null,
      createdAt: '2025-04-10T02:00:00.000Z',
      updatedAt: '2025-04-11T09:30:00.000Z',
      customKey: null,
      status: 'CREATED',
      type: 'NEW',
      contractDate: { concludedDate: null, startDate: '2025-04-15T00:00:00.000Z', endDate: '2025-06-30T00:00:00.000Z' },
      managerNames: ['김하은'],
      signature: {
        uuid: canceled.signatureUuid,
        title: '브랜드 디자인 용역계약 전자서명',
        expiredDate: '2025-04-25T00:00:00.000Z',
        status: 'CANCELED',
        createdAt: '2025-04-10T02:05:00.000Z',
        participants: [
          {
            uuid: canceled.participantUuid,
            name: '윤서연',
            status: 'CREATED',
            auth: 'PHONE',
            send: 'PHONE',
            email: null,
            phone: '010-9876-5432',
            role: '을',
            language: 'KOREAN',
          },
        ],
        objects: [],
      },
    },
  ];
}
