'use client';
import {
  type AnyOperationRoute,
  bulkContractUrlRoute,
  contractDetailUrlRoute,
  contractFormUrlRoute,
  contractListUrlRoute,
  contractSignatureUrlRoute,
  type OperationInput,
  participantLinkRoute,
  templateFormUrlRoute,
  templateUseUrlRoute,
} from '@esign-kit/core';
import { PageButton, type PageButtonOwnProps } from './PageButton.js';

/** A page button's props: the trigger and launch options, plus the operation's input as props. */
export type PageButtonFor<TOperation extends AnyOperationRoute> = PageButtonOwnProps & OperationInput<TOperation>;

const ownKeys = [
  'children',
  'asChild',
  'className',
  'disabled',
  'mode',
  'frameTimeoutMs',
  'onComplete',
  'onClose',
  'onError',
];

/** Renders a `PageButton` for `operation`, taking the input from every prop that is not a button option. */
function renderPageButton<TOperation extends AnyOperationRoute>(
  operation: TOperation,
  props: PageButtonFor<TOperation>,
) {
  const own: Record<string, unknown> = {};
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) (ownKeys.includes(key) ? own : input)[key] = value;
  return (
    <PageButton operation={operation} input={input as OperationInput<TOperation>} {...(own as PageButtonOwnProps)} />
  );
}

/**
 * Opens the bulk-contract page of a one-participant template (`POST signature-templates/[key]/bulk-url`).
 * @example `<BulkContractButton templateKey={12} mode="modal">대량계약</BulkContractButton>`
 */
export function BulkContractButton(props: PageButtonFor<typeof bulkContractUrlRoute>) {
  return renderPageButton(bulkContractUrlRoute, props);
}

/**
 * Opens the "use template" page: create a contract from a template and request signatures
 * (`POST signature-templates/[key]/use-template-url`). Completion is reported through the
 * proxy's return page, and the contract lists are refetched.
 * @example `<UseTemplateButton templateKey="lease" onComplete={() => toast('요청했습니다')} />`
 */
export function UseTemplateButton(props: PageButtonFor<typeof templateUseUrlRoute>) {
  return renderPageButton(templateUseUrlRoute, props);
}

/**
 * Opens a contract's detail page (`GET contracts/[uuid]/url`); the contract is refetched when it closes.
 * @example `<ContractDetailButton contractUuid={uuid} mode="modal" />`
 */
export function ContractDetailButton(props: PageButtonFor<typeof contractDetailUrlRoute>) {
  return renderPageButton(contractDetailUrlRoute, props);
}

/**
 * Opens the contract registration / signature request page (`POST contracts/form-url`).
 * @example `<ContractFormButton input={{ defaultValue: { contract: { title: '용역 계약' } } }} />`
 */
export function ContractFormButton(props: PageButtonFor<typeof contractFormUrlRoute>) {
  return renderPageButton(contractFormUrlRoute, props);
}

/**
 * Opens Prix's contract list page (`GET contracts/url`), optionally for one customer.
 * @example `<ContractListButton customerCustomKey="A5-k159402" />`
 */
export function ContractListButton(props: PageButtonFor<typeof contractListUrlRoute>) {
  return renderPageButton(contractListUrlRoute, props);
}

/**
 * Opens the page that requests an e-signature on a registered contract (`GET contracts/[uuid]/signature-url`).
 * @example `<ContractSignatureButton contractUuid={uuid} />`
 */
export function ContractSignatureButton(props: PageButtonFor<typeof contractSignatureUrlRoute>) {
  return renderPageButton(contractSignatureUrlRoute, props);
}

/**
 * Opens one participant's signing page (`GET signatures/[uuid]/link`, which returns `link`).
 * @example `<ParticipantLinkButton signatureUuid={s} participantUuid={p} />`
 */
export function ParticipantLinkButton(props: PageButtonFor<typeof participantLinkRoute>) {
  return renderPageButton(participantLinkRoute, props);
}

/**
 * Opens the template create/edit page (`GET signature-templates/form-url`).
 * @example `<TemplateFormButton templateId={12} />`
 */
export function TemplateFormButton(props: PageButtonFor<typeof templateFormUrlRoute>) {
  return renderPageButton(templateFormUrlRoute, props);
}
