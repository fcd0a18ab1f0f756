/**
 * Identifiers of the sandbox's seed data: a copy of `seedIds` from `@esign-kit/sandbox`, whose
 * entry also holds its Node server and so is not for the browser. The stories run against that
 * very seed, so a copy that drifted would fail them.
 */
export const seed = {
  /** The reference's example contract; its e-signature waits for 김지원 (e-mail), then 박서준. */
  mou: {
    contractUuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a',
    customKey: 'a4-k1234',
    title: 'A컴퍼니 MOU',
    signatureUuid: '57139f5c-37d0-4c30-bdb6-ef6106040756',
    emailParticipantUuid: 'e65664ca-bac4-4f94-81bc-bc1a2436543b',
    emailParticipantAddress: 'test@prix.im',
    phoneParticipantUuid: '29642366-20e4-4cb4-91f4-72656c3a37b8',
  },
  /** Concluded: signature `DONE`, concluded files ready. */
  concluded: {
    contractUuid: 'caa7739d-b4eb-46af-bcb7-b53055589195',
    customKey: 'CN-2025-001',
    signatureUuid: 'd9db9d31-e4e8-4a12-b87f-d3f75bec0ce7',
  },
  /** Registered, without an e-signature. */
  unsigned: { contractUuid: 'c6d1bcfa-5adc-4925-82c2-5179177c4db7', title: '서울물류 창고 임대차계약' },
  renewal: { contractUuid: '1c03b565-4df0-41ae-b073-12d2168031cd' },
  templates: {
    /** Roles 갑, 을 (in order); not bulk-eligible. */
    supply: { id: 4328, slug: 'supply-contract' },
    /** One role (고객): bulk-eligible; input object 13 (이름). */
    consent: { id: 5120, slug: 'privacy-consent', nameObjectId: 13 },
    /** Roles 회사, 근로자; a request may name only some of them. */
    employment: { id: 6001 },
  },
  customers: { partner: 1, hanbit: 2, seoulLogistics: 3, mono: 4, abc: 5 },
  tags: { important: 1, supply: 2, renewalDue: 3, hr: 4, archived: 5 },
  /** A UUID the sandbox never issued. */
  unknownUuid: '00000000-0000-4000-8000-000000000000',
} as const;
