import type { OperationParsedInput } from '@esign-kit/core';
import type { contractDetailUrl } from '@esign-kit/core/server';
import { findContractByUuid } from '../domain/contracts.js';
import { contractFacts, missingView, participantProgress, signatureFacts } from './contractFacts.js';
import { hostedPage } from './pageTypes.js';
import { html } from './render.js';

/** What the page is for, shown under its heading. */
const description = '계약서/전자서명 상세 페이지 · Contract and e-signature details';

/**
 * `GET contracts/[uuid]/url` (reference §2.3): the contract and its e-signature, read live from
 * the sandbox, so reloading it shows participants moving along. Read-only: Prix's detail page
 * also lets members manage a running signature (resend, cancel, per the service guide, §10),
 * which the sandbox leaves to the API (`signatures.send`, `signatures.cancel`).
 */
export const contractDetailPage = hostedPage({
  kind: 'contract-detail',
  description,
  render({ state, session }) {
    const { contractUuid } = session.input as OperationParsedInput<typeof contractDetailUrl>;
    const contract = findContractByUuid(state, contractUuid);
    if (!contract) return missingView(`계약서가 없습니다 · No such contract: ${contractUuid}`);
    const { signature } = contract;
    return {
      type: 'view',
      title: contract.title,
      description,
      body: html`${contractFacts(state, contract)}
<section aria-labelledby="signature-heading"><h2 id="signature-heading">전자서명 · E-signature</h2>
${
  signature
    ? [signatureFacts(signature), participantProgress(signature)]
    : html`<p>전자서명이 요청되지 않았습니다 · No e-signature has been requested.</p>`
}</section>`,
    };
  },
});
