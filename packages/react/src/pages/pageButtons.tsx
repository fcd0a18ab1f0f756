'use client';
import {
  bulkContractUrlRoute,
  contractDetailUrlRoute,
  contractFormUrlRoute,
  contractListUrlRoute,
  contractSignatureUrlRoute,
  participantLinkRoute,
  templateFormUrlRoute,
  templateUseUrlRoute,
} from '@esign-kit/core';
import { PageButton, type PageButtonFor } from './PageButton.js';

/**
 * Opens the bulk-contract page of a one-participant template (`POST signature-templates/[key]/bulk-url`).
 * @example `<BulkContractButton input={{ templateKey: 12 }} mode="modal">대량계약</BulkContractButton>`
 */
export function BulkContractButton(props: PageButtonFor<typeof bulkContractUrlRoute>) {
  return <PageButton {...props} operation={bulkContractUrlRoute} />;
}

/**
 * Opens the "use template" page: create a contract from a template and request signatures
 * (`POST signature-templates/[key]/use-template-url`). Completion is reported through the
 * proxy's return page, and the contract lists are refetched.
 * @example `<UseTemplateButton input={{ templateKey: 'lease' }} onComplete={() => toast('요청했습니다')} />`
 */
export function UseTemplateButton(props: PageButtonFor<typeof templateUseUrlRoute>) {
  return <PageButton {...props} operation={templateUseUrlRoute} />;
}

/**
 * Opens a contract's detail page (`GET contracts/[uuid]/url`); the contract is refetched when it closes.
 * @example `<ContractDetailButton input={{ contractUuid: uuid }} mode="modal" aria-describedby="hint" />`
 */
export function ContractDetailButton(props: PageButtonFor<typeof contractDetailUrlRoute>) {
  return <PageButton {...props} operation={contractDetailUrlRoute} />;
}

/**
 * Opens the contract registration / signature request page (`POST contracts/form-url`).
 * @example `<ContractFormButton input={{ input: { defaultValue: { contract: { title: '용역 계약' } } } }} />`
 */
export function ContractFormButton(props: PageButtonFor<typeof contractFormUrlRoute>) {
  return <PageButton {...props} operation={contractFormUrlRoute} />;
}

/**
 * Opens Prix's contract list page (`GET contracts/url`), optionally for one customer.
 * @example `<ContractListButton input={{ customerCustomKey: 'A5-k159402' }} />`
 */
export function ContractListButton(props: PageButtonFor<typeof contractListUrlRoute>) {
  return <PageButton {...props} operation={contractListUrlRoute} />;
}

/**
 * Opens the page that requests an e-signature on a registered contract (`GET contracts/[uuid]/signature-url`).
 * @example `<ContractSignatureButton input={{ contractUuid: uuid }} />`
 */
export function ContractSignatureButton(props: PageButtonFor<typeof contractSignatureUrlRoute>) {
  return <PageButton {...props} operation={contractSignatureUrlRoute} />;
}

/**
 * Opens one participant's signing page (`GET signatures/[uuid]/link`, which returns `link`).
 * @example `<ParticipantLinkButton input={{ signatureUuid: s, participantUuid: p }} />`
 */
export function ParticipantLinkButton(props: PageButtonFor<typeof participantLinkRoute>) {
  return <PageButton {...props} operation={participantLinkRoute} />;
}

/**
 * Opens the template create/edit page (`GET signature-templates/form-url`).
 * @example `<TemplateFormButton input={{ templateId: 12 }} />`
 */
export function TemplateFormButton(props: PageButtonFor<typeof templateFormUrlRoute>) {
  return <PageButton {...props} operation={templateFormUrlRoute} />;
}
