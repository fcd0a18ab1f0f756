import { fileUrl } from '../domain/files.js';
import type { SandboxTemplate, SandboxTemplateObject } from '../state/model.js';
import { seedIds } from './ids.js';

function object(
  fields: Pick<SandboxTemplateObject, 'id' | 'type' | 'category' | 'name'> & Partial<SandboxTemplateObject>,
): SandboxTemplateObject {
  return { slug: null, description: '', required: false, ...fields };
}

/** Builds the seed templates (a new deep copy on every call). */
export function createSeedTemplates(): SandboxTemplate[] {
  const { supply, consent, employment } = seedIds.templates;
  const { supply: supplyTag, hr } = seedIds.tags;
  return [
    {
      // The template of the reference's create-signature example (§3.4): roles 갑/을 and the
      // input objects 231 (금액), 232 (주소) and 233 (동의, slug "object-1").
      id: supply.id,
      name: '솔루션 공급 계약서',
      slug: supply.slug,
      participantType: 'ORDER',
      ccEmails: ['legal@prix.im'],
      managerNames: ['이용우'],
      createdAt: '2024-06-01T00:00:00.000Z',
      updatedAt: '2024-06-20T03:00:00.000Z',
      contractFile: fileUrl(`templates/${supply.id}`, 'template.pdf'),
      participants: [
        { id: 1, order: 1, role: '갑' },
        { id: 2, order: 2, role: '을' },
      ],
      objects: [
        object({ id: 231, slug: 'amount', type: 'TEXT', category: 'DEFAULT', name: '금액', required: true }),
        object({ id: 232, type: 'TEXT', category: 'DEFAULT', name: '주소', description: '상세 주소를 입력해 주세요.' }),
        object({ id: 233, slug: 'object-1', type: 'CHECKBOX', category: 'DEFAULT', name: '동의' }),
        object({ id: 234, type: 'SIGNATURE', category: 'INPUT', name: '갑 서명', description: '서명해 주세요.' }),
        object({ id: 235, type: 'SIGNATURE', category: 'INPUT', name: '을 서명', description: '서명해 주세요.' }),
      ],
      tagIds: [supplyTag],
      // The two seed contracts made from it (the MOU and the concluded SaaS contract).
      signatureCount: 2,
      allowPartialParticipants: false,
    },
    {
      // One participant only: the template the bulk-contract page accepts (§3.5).
      id: consent.id,
      name: '개인정보 수집·이용 동의서',
      slug: consent.slug,
      participantType: 'TOGETHER',
      ccEmails: [],
      managerNames: ['정하늘'],
      createdAt: '2024-09-10T00:00:00.000Z',
      updatedAt: '2024-09-10T00:00:00.000Z',
      contractFile: fileUrl(`templates/${consent.id}`, 'template.pdf'),
      participants: [{ id: 3, order: 1, role: '고객' }],
      objects: [
        object({ id: 13, type: 'TEXT', category: 'DEFAULT', name: '이름', required: true }),
        object({ id: 14, type: 'CHECKBOX', category: 'INPUT', name: '동의', description: '동의하시면 체크해 주세요.' }),
        object({ id: 15, type: 'SIGNATURE', category: 'INPUT', name: '서명' }),
      ],
      tagIds: [],
      signatureCount: 0,
      allowPartialParticipants: false,
    },
    {
      // Two roles signing at the same time; saved with "일부 참여자에게 요청", so a request may
      // name only some of them.
      id: employment.id,
      name: '근로계약서',
      slug: employment.slug,
      participantType: 'TOGETHER',
      ccEmails: ['hr@prix.im'],
      managerNames: ['김하은'],
      createdAt: '2025-02-01T00:00:00.000Z',
      updatedAt: '2025-02-03T00:00:00.000Z',
      contractFile: fileUrl(`templates/${employment.id}`, 'template.pdf'),
      participants: [
        { id: 4, order: 1, role: '회사' },
        { id: 5, order: 2, role: '근로자' },
      ],
      objects: [
        object({ id: 301, slug: 'salary', type: 'TEXT', category: 'DEFAULT', name: '연봉' }),
        object({ id: 302, type: 'SIGNATURE', category: 'INPUT', name: '회사 서명' }),
        object({ id: 303, type: 'SIGNATURE', category: 'INPUT', name: '근로자 서명' }),
      ],
      tagIds: [hr],
      signatureCount: 0,
      allowPartialParticipants: true,
    },
  ];
}
