/** Keys to try in the lookup form, by tenant: two of its own and one of the other tenant's (refused). */
export const lookupExamples: Readonly<Record<string, readonly { key: string; own: boolean }[]>> = {
  partner: [
    { key: 'ed976505-bcbd-47bd-913d-f4cde05dea7a', own: true },
    { key: 'PARTNER-2025-003', own: true },
    { key: 'HANBIT-2025-001', own: false },
  ],
  hanbit: [
    { key: 'CN-2025-001', own: true },
    { key: 'HANBIT-2025-001', own: true },
    { key: 'a4-k1234', own: false },
  ],
};
