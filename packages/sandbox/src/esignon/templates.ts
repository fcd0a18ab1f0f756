import type { EsignonTemplate } from './model.js';

/**
 * The templates every sandbox starts with: `"101"` an employment contract for two signers (the
 * employer fills 근무지 and 시급 ahead), `"102"` a one-signer NDA.
 */
export const seedEsignonTemplates: readonly EsignonTemplate[] = [
  {
    id: '101',
    name: '근로계약서',
    signerCount: 2,
    fields: [
      { name: '근무지', owner: 1 },
      { name: '시급', owner: 1 },
    ],
  },
  { id: '102', name: '비밀유지서약서', signerCount: 1, fields: [] },
];
