import { fileUrl } from '../domain/files.js';
import type { ParticipantStatus, SandboxContract, SandboxParticipant, SandboxSignature } from '../state/model.js';
import { seedIds } from './ids.js';

type ParticipantSeed = Pick<SandboxParticipant, 'uuid' | 'name' | 'role' | 'order'> & {
  status: ParticipantStatus;
  doneAt?: string;
} & ({ email: string } | { phone: string });

/** A participant reached (and authenticated) by e-mail or by phone, whichever address it has. */
function participant(seed: ParticipantSeed): SandboxParticipant {
  const byEmail = 'email' in seed;
  return {
    uuid: seed.uuid,
    name: seed.name,
    status: seed.status,
    auth: byEmail ? 'EMAIL' : 'PHONE',
    send: byEmail ? 'EMAIL' : 'PHONE',
    email: byEmail ? seed.email : null,
    phone: byEmail ? null : seed.phone,
    role: seed.role,
    language: 'KOREAN',
    order: seed.order,
    message: null,
    extraAuthList: null,
    doneAt: seed.doneAt ?? null,
  };
}

/** Signature fields the seeds share. */
function signature(
  fields: Pick<SandboxSignature, 'id' | 'uuid' | 'title' | 'expiredDate' | 'status' | 'createdAt' | 'participants'> &
    Partial<SandboxSignature>,
): SandboxSignature {
  return {
    updatedAt: fields.createdAt,
    participantType: 'ORDER',
    ccEmails: null,
    requesterName: '프릭스 컴퍼니',
    redirectUrl: null,
    skipSend: false,
    facilitator: null,
    additionalRequests: [],
    objects: [],
    ...fields,
  };
}

/** Contract fields the seeds share. */
function contract(
  fields: Pick<SandboxContract, 'id' | 'uuid' | 'title' | 'createdAt' | 'customerIds' | 'signature'> &
    Partial<SandboxContract>,
): SandboxContract {
  return {
    tagIds: [],
    file: fileUrl(fields.uuid, 'contract.pdf'),
    concludedFile: null,
    updatedAt: fields.createdAt,
    customKey: null,
    status: 'CREATED',
    type: 'NEW',
    contractDate: { concludedDate: null, startDate: null, endDate: null },
    managerNames: [],
    columnItems: [],
    connectedContractUuids: [],
    additionalFiles: [],
    shareReceivers: [],
    templateId: null,
    ...fields,
  };
}

/**
 * Builds the seed contracts. A new deep copy on every call, so a reset undoes any change a
 * handler or a test made.
 */
export function createSeedContracts(): SandboxContract[] {
  const { mou, concluded, unsigned, renewal, canceled, customers, tags, templates } = seedIds;
  return [
    contract({
      // Reference §2.2 example, field for field, except `concludedFile` and
      // `contractDate.concludedDate`: the example fills them although the contract is `CREATED`
      // and its signature `WAITING`, which a real Prix contract cannot be.
      id: 1,
      uuid: mou.contractUuid,
      title: 'A컴퍼니 MOU',
      customerIds: [customers.partner],
      tagIds: [tags.important],
      wordFile: fileUrl(mou.contractUuid, 'contract.docx'),
      createdAt: '2024-07-05T00:00:00.000Z',
      customKey: mou.customKey,
      contractDate: { concludedDate: null, startDate: '2024-07-05T00:00:00.000Z', endDate: '2025-07-04T00:00:00.000Z' },
      managerNames: ['이용우'],
      columnItems: [{ slug: 'slug-column-1', name: '관리 번호', value: 'MOU-2024-07' }],
      templateId: templates.supply.id,
      signature: signature({
        id: 1,
        uuid: mou.signatureUuid,
        title: 'A컴퍼니 MOU 전자서명',
        expiredDate: '2024-10-15T00:00:00.000Z',
        status: 'WAITING',
        createdAt: '2024-07-15T00:00:00.000Z',
        participants: [
          participant({
            uuid: mou.emailParticipantUuid,
            name: '김지원',
            status: 'WAITING',
            email: 'test@prix.im',
            role: '갑',
            order: 1,
          }),
          participant({
            uuid: mou.phoneParticipantUuid,
            name: '박서준',
            status: 'CREATED',
            phone: '010-1234-5678',
            role: '을',
            order: 2,
          }),
        ],
        objects: [
          {
            id: 232,
            contents: '서울시 강남구 선릉로 551',
            type: 'TEXT',
            category: 'DEFAULT',
            name: '주소',
            description: '상세 주소를 입력해 주세요.',
          },
        ],
      }),
    }),
    contract({
      id: 2,
      uuid: concluded.contractUuid,
      title: '한빛소프트 SaaS 이용계약',
      customerIds: [customers.hanbit],
      tagIds: [tags.supply],
      concludedFile: fileUrl(concluded.contractUuid, 'concluded.pdf'),
      createdAt: '2025-01-06T01:30:00.000Z',
      updatedAt: '2025-01-09T08:12:45.000Z',
      customKey: concluded.customKey,
      status: 'CONCLUDED',
      contractDate: {
        concludedDate: '2025-01-09T08:12:45.000Z',
        startDate: '2025-01-15T00:00:00.000Z',
        endDate: '2026-01-14T00:00:00.000Z',
      },
      managerNames: ['이용우', '정하늘'],
      templateId: templates.supply.id,
      signature: signature({
        id: 2,
        uuid: concluded.signatureUuid,
        title: '한빛소프트 SaaS 이용계약 전자서명',
        expiredDate: '2025-01-20T00:00:00.000Z',
        status: 'DONE',
        createdAt: '2025-01-06T01:35:00.000Z',
        updatedAt: '2025-01-09T08:12:45.000Z',
        participants: [
          participant({
            uuid: concluded.participantUuids[0],
            name: '최민호',
            status: 'DONE',
            doneAt: '2025-01-07T02:00:00.000Z',
            email: 'minho.choi@hanbitsoft.co.kr',
            role: '갑',
            order: 1,
          }),
          participant({
            uuid: concluded.participantUuids[1],
            name: '이용우',
            status: 'DONE',
            doneAt: '2025-01-09T08:12:45.000Z',
            phone: '010-2345-6789',
            role: '을',
            order: 2,
          }),
        ],
        objects: [
          { id: 231, contents: '연 12,000,000원', type: 'TEXT', category: 'DEFAULT', name: '이용료', description: '' },
          {
            id: 233,
            contents: 'true',
            type: 'CHECKBOX',
            category: 'INPUT',
            name: '개인정보 처리 위탁 동의',
            description: '동의하시면 체크해 주세요.',
          },
          { id: 234, contents: '', type: 'SIGNATURE', category: 'INPUT', name: '서명', description: '서명해 주세요.' },
        ],
      }),
    }),
    contract({
      id: 3,
      uuid: unsigned.contractUuid,
      title: '서울물류 창고 임대차계약',
      customerIds: [customers.seoulLogistics],
      createdAt: '2025-03-02T05:00:00.000Z',
      managerNames: ['정하늘'],
      signature: null,
    }),
    contract({
      id: 4,
      uuid: renewal.contractUuid,
      title: '한빛소프트 SaaS 이용계약 (2026 갱신)',
      customerIds: [customers.hanbit],
      tagIds: [tags.supply, tags.renewalDue],
      createdAt: '2025-12-01T00:00:00.000Z',
      updatedAt: '2025-12-01T00:10:00.000Z',
      customKey: renewal.customKey,
      type: 'RENEWAL',
      contractDate: { concludedDate: null, startDate: '2026-01-15T00:00:00.000Z', endDate: '2027-01-14T00:00:00.000Z' },
      managerNames: ['이용우'],
      connectedContractUuids: [concluded.contractUuid],
      signature: signature({
        id: 3,
        uuid: renewal.signatureUuid,
        title: '한빛소프트 SaaS 이용계약 갱신 전자서명',
        expiredDate: '2025-12-31T00:00:00.000Z',
        status: 'WAITING',
        createdAt: '2025-12-01T00:10:00.000Z',
        facilitator: { uuid: renewal.facilitatorUuid, name: '대면서명 담당자', email: 'facilitator@prix.im' },
        participants: [
          participant({
            uuid: renewal.participantUuid,
            name: '최민호',
            status: 'WAITING',
            email: 'minho.choi@hanbitsoft.co.kr',
            role: '갑',
            order: 1,
          }),
        ],
        objects: [
          { id: 1, contents: '', type: 'SIGNATURE', category: 'INPUT', name: '서명', description: '서명해 주세요.' },
        ],
      }),
    }),
    contract({
      id: 5,
      uuid: canceled.contractUuid,
      title: '브랜드 디자인 용역계약',
      customerIds: [customers.mono],
      createdAt: '2025-04-10T02:00:00.000Z',
      updatedAt: '2025-04-11T09:30:00.000Z',
      contractDate: { concludedDate: null, startDate: '2025-04-15T00:00:00.000Z', endDate: '2025-06-30T00:00:00.000Z' },
      managerNames: ['김하은'],
      signature: signature({
        id: 4,
        uuid: canceled.signatureUuid,
        title: '브랜드 디자인 용역계약 전자서명',
        expiredDate: '2025-04-25T00:00:00.000Z',
        status: 'CANCELED',
        createdAt: '2025-04-10T02:05:00.000Z',
        updatedAt: '2025-04-11T09:30:00.000Z',
        participantType: 'TOGETHER',
        participants: [
          participant({
            uuid: canceled.participantUuid,
            name: '윤서연',
            status: 'WAITING',
            phone: '010-9876-5432',
            role: '을',
            order: 1,
          }),
        ],
      }),
    }),
  ];
}
