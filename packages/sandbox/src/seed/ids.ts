/**
 * Identifiers of the seed data, so tests and demos need not copy UUIDs around. The `mou` entries
 * are the reference's own examples (§2.2, §2.8), and template `4328` with its input objects
 * `231`–`233` is the one of the create-signature example (§3.4), so calls copied from the Prix
 * docs work as they are.
 */
export const seedIds = {
  /** Reference example: a contract whose e-signature (in order) waits for 김지원, then 박서준. */
  mou: {
    contractUuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a',
    customKey: 'a4-k1234',
    signatureUuid: '57139f5c-37d0-4c30-bdb6-ef6106040756',
    /** Reached by e-mail at `test@prix.im`; `WAITING` (first in order). */
    emailParticipantUuid: 'e65664ca-bac4-4f94-81bc-bc1a2436543b',
    /** Reached by text message at `010-1234-5678`; `CREATED` until the first one signs. */
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
  /** Renewal (`type: 'RENEWAL'`) of the concluded contract, awaiting its in-person signature. */
  renewal: {
    contractUuid: '1c03b565-4df0-41ae-b073-12d2168031cd',
    customKey: 'CN-2026-001',
    signatureUuid: '9a3d182a-994e-4c22-bb51-2acbaf4a56e9',
    participantUuid: 'cac6171f-df6f-4393-b00c-fa3a44a7538d',
    /** The in-person signing's facilitator (`facilitatorUuid` of the link endpoint). */
    facilitatorUuid: '8053804d-581a-4e99-91e3-c077dc461373',
  },
  /** Contract whose e-signature was canceled. */
  canceled: {
    contractUuid: '5273ffea-0d27-416c-bcc0-a2872fc68648',
    signatureUuid: 'e6e9e2b3-8871-4ce0-98df-a2412f073b29',
    participantUuid: 'de4aa315-dbd9-4682-ad5d-bf32330c4292',
  },
  templates: {
    /**
     * Reference §3.4 example: roles `갑` then `을` (in order); input objects `231` (금액, slug
     * `amount`, required), `232` (주소), `233` (동의, slug `object-1`). Not bulk-eligible.
     */
    supply: { id: 4328, slug: 'supply-contract' },
    /** One role (`고객`): the bulk-eligible template. Input object `13` (이름). */
    consent: { id: 5120, slug: 'privacy-consent' },
    /** Roles `회사` and `근로자`, signing together, and a request may name only some of them. */
    employment: { id: 6001, slug: null },
  },
  customers: {
    /** `파트너 고객사`, customKey `A5-k159402` (reference §2.2). */
    partner: 1,
    /** `㈜한빛소프트`, customKey `HANBIT-001`. */
    hanbit: 2,
    /** `서울물류㈜`, no customKey. */
    seoulLogistics: 3,
    /** `스튜디오 모노`, customKey `mono_design`. */
    mono: 4,
    /** `ABC컴퍼니`, customKey `B5-k159402` (reference §3.5), linked to no contract. */
    abc: 5,
  },
  tags: { important: 1, supply: 2, renewalDue: 3, hr: 4, archived: 5 },
  business: {
    uuid: '0d6f4b0e-5b7e-4c43-9a51-8f0e2a6c1d20',
    /** A business this platform created; its (fake) key is listed by `GET business/managing`. */
    managedUuid: '3f1c9a7e-2b4d-4e6f-8a1b-5c7d9e0f1a2b',
  },
} as const;
