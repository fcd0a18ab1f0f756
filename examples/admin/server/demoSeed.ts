import type { SandboxFixtures } from '@esign-kit/sandbox';

/** How far a seeded contract's signing has got. */
export type SeedProgress = 'waiting' | 'first-signed' | 'concluded' | 'canceled';

/** One contract the demo adds for a tenant, made through the kit API from a seed template. */
export interface SeedContract {
  readonly customKey: string;
  readonly title: string;
  /** `supply`: roles 갑 then 을 (template 4328); `consent`: one role 고객 (template 5120). */
  readonly template: 'supply' | 'consent';
  readonly progress: SeedProgress;
}

/** Added to the sandbox's own seed through its control surface: a tag and a template of the demo's. */
export const demoFixtures: SandboxFixtures = {
  tags: [{ name: '데모', colorCode: 'BLUE' }],
  templates: [
    {
      name: '데모 용역 계약서',
      slug: 'demo-service',
      participantType: 'ORDER',
      roles: ['발주사', '수급사'],
      objects: [
        { name: '용역 금액', required: true, description: '부가세 포함 · VAT included' },
        { name: '납품일', description: '예 · e.g. 2026-03-31' },
        { name: '비밀유지 동의', type: 'CHECKBOX' },
        { name: '발주사 서명', type: 'SIGNATURE', category: 'INPUT' },
        { name: '수급사 서명', type: 'SIGNATURE', category: 'INPUT' },
      ],
      managerNames: ['데모 관리자'],
    },
  ],
};

/** The seeded contracts of each tenant (by tenant id), newest last. Enough for a few pages. */
export const demoContracts: Readonly<Record<string, readonly SeedContract[]>> = {
  partner: [
    { customKey: 'PARTNER-2025-001', title: '파트너 유지보수 계약 (1분기)', template: 'supply', progress: 'concluded' },
    { customKey: 'PARTNER-2025-002', title: '파트너 유지보수 계약 (2분기)', template: 'supply', progress: 'waiting' },
    { customKey: 'PARTNER-2025-003', title: '파트너 클라우드 이용계약', template: 'supply', progress: 'first-signed' },
    { customKey: 'PARTNER-2025-004', title: '파트너 보안 점검 용역', template: 'supply', progress: 'waiting' },
    { customKey: 'PARTNER-2025-005', title: '파트너 교육 용역', template: 'supply', progress: 'waiting' },
    {
      customKey: 'PARTNER-2025-006',
      title: '파트너 개인정보 동의 (김하늘)',
      template: 'consent',
      progress: 'concluded',
    },
    { customKey: 'PARTNER-2025-007', title: '파트너 개인정보 동의 (오지훈)', template: 'consent', progress: 'waiting' },
    { customKey: 'PARTNER-2025-008', title: '파트너 장비 임대차계약', template: 'supply', progress: 'canceled' },
    { customKey: 'PARTNER-2025-009', title: '파트너 하반기 공급계약', template: 'supply', progress: 'waiting' },
    { customKey: 'PARTNER-2025-010', title: '파트너 컨설팅 계약', template: 'supply', progress: 'first-signed' },
  ],
  hanbit: [
    { customKey: 'HANBIT-2025-001', title: '한빛소프트 라이선스 추가 계약', template: 'supply', progress: 'waiting' },
    { customKey: 'HANBIT-2025-002', title: '한빛소프트 기술지원 계약', template: 'supply', progress: 'concluded' },
    {
      customKey: 'HANBIT-2025-003',
      title: '한빛소프트 개인정보 동의 (윤서준)',
      template: 'consent',
      progress: 'waiting',
    },
    { customKey: 'HANBIT-2025-004', title: '한빛소프트 워크숍 용역', template: 'supply', progress: 'waiting' },
  ],
};
