import type { SandboxCustomColumn, SandboxCustomer, SandboxTag } from '../state/model.js';
import { seedIds } from './ids.js';

/** Builds the seed customers (a new deep copy on every call). */
export function createSeedCustomers(): SandboxCustomer[] {
  const { partner, hanbit, seoulLogistics, mono, abc } = seedIds.customers;
  return [
    {
      id: partner,
      title: '파트너 고객사',
      customKey: 'A5-k159402',
      ceo: '홍길동',
      registrationNumber: '123-12-12345',
      address: '서울시 강남구 선릉로 551',
      industry: '정보통신업',
      category: '소프트웨어 개발',
      managers: [
        {
          name: '김담당',
          email: 'manager@partner.example',
          position: '팀장',
          note: '',
          contact: '010-1111-2222',
          roles: ['CONTRACT', 'TAX_BILL'],
        },
      ],
    },
    { id: hanbit, title: '㈜한빛소프트', customKey: 'HANBIT-001', ceo: '최민호', registrationNumber: '220-81-12345' },
    { id: seoulLogistics, title: '서울물류㈜', customKey: null },
    { id: mono, title: '스튜디오 모노', customKey: 'mono_design', address: '서울시 마포구 와우산로 94' },
    { id: abc, title: 'ABC컴퍼니', customKey: 'B5-k159402' },
  ];
}

/** Builds the seed tags, in display order. */
export function createSeedTags(): SandboxTag[] {
  const { important, supply, renewalDue, hr, archived } = seedIds.tags;
  return [
    { id: important, name: '중요', colorCode: 'RED', order: 1 },
    { id: supply, name: '공급', colorCode: 'BLUE', order: 2 },
    { id: renewalDue, name: '갱신 예정', colorCode: 'ORANGE', order: 3 },
    { id: hr, name: '인사', colorCode: 'GREEN', order: 4 },
    { id: archived, name: '보관', colorCode: 'GRAY', order: 5 },
  ];
}

/**
 * The custom columns "set up by Prix on request". `slug-column-1` is the slug of the reference's
 * examples (§2.1, §3.4, §3.5).
 */
export function createSeedCustomColumns(): SandboxCustomColumn[] {
  return [
    { slug: 'slug-column-1', name: '관리 번호' },
    { slug: 'region', name: '지역' },
  ];
}
