import type { AnyOperation, builtInOperations } from '@esign-kit/core/server';
import { createBusinessHandler, listManagedBusinessesHandler, updateBusinessHandler } from './business.js';
import { cancelSignatureHandler } from './cancelSignature.js';
import { concludedFilesHandler } from './concludedFiles.js';
import {
  contractDetailUrlHandler,
  contractFormUrlHandler,
  contractListUrlHandler,
  contractSignatureUrlHandler,
  legacyContractFormUrlHandler,
} from './contractPages.js';
import { createSignatureFromTemplateHandler } from './createSignatureFromTemplate.js';
import { creditStatusHandler, listCreditUsagesHandler } from './credits.js';
import {
  createCustomerHandler,
  deleteCustomerHandler,
  getCustomerHandler,
  listCustomersHandler,
  updateCustomerHandler,
} from './customers.js';
import { findContractHandler } from './findContract.js';
import { getContractHandler } from './getContract.js';
import { listContractsHandler } from './listContracts.js';
import { listContractTagsHandler } from './listContractTags.js';
import { participantLinkHandler } from './participantLink.js';
import { sendReminderHandler } from './sendReminder.js';
import { setContractTagsHandler } from './setContractTags.js';
import { listSignaturesHandler, signatureUsageHandler } from './signatureLists.js';
import { bulkContractUrlHandler, templateFormUrlHandler, templateUseUrlHandler } from './templatePages.js';
import { getTemplateHandler, listTemplatesHandler } from './templates.js';
import type { HandlerContext, HandlerResult, SandboxHandler } from './types.js';

type BuiltInOperation = (typeof builtInOperations)[number];

/**
 * One handler per built-in operation, keyed by operation id. The mapped type makes a new
 * operation in core fail the sandbox's type check until it has a handler here.
 */
type HandlerMap = { readonly [TOperation in BuiltInOperation as TOperation['id']]: SandboxHandler<TOperation> };

const handlers: HandlerMap = {
  // §2 contracts and e-signatures
  'contracts.formUrl': contractFormUrlHandler,
  'contracts.find': findContractHandler,
  'contracts.detailUrl': contractDetailUrlHandler,
  'contracts.list': listContractsHandler,
  'contracts.listUrl': contractListUrlHandler,
  'signatures.list': listSignaturesHandler,
  'signatures.usage': signatureUsageHandler,
  'signatures.send': sendReminderHandler,
  'signatures.link': participantLinkHandler,
  'signatures.cancel': cancelSignatureHandler,
  'contracts.signatureUrl': contractSignatureUrlHandler,
  'contracts.get': getContractHandler,
  'contracts.formUrlLegacy': legacyContractFormUrlHandler,
  'contracts.concludedFiles': concludedFilesHandler,
  // §3 templates
  'templates.formUrl': templateFormUrlHandler,
  'templates.list': listTemplatesHandler,
  'templates.get': getTemplateHandler,
  'templates.createSignature': createSignatureFromTemplateHandler,
  'templates.bulkUrl': bulkContractUrlHandler,
  'templates.useUrl': templateUseUrlHandler,
  // §4 tags
  'tags.list': listContractTagsHandler,
  'contracts.setTags': setContractTagsHandler,
  // §5 business
  'business.update': updateBusinessHandler,
  'credits.usages': listCreditUsagesHandler,
  'credits.status': creditStatusHandler,
  // §6 platform
  'business.create': createBusinessHandler,
  'business.managing': listManagedBusinessesHandler,
  'customers.create': createCustomerHandler,
  'customers.get': getCustomerHandler,
  'customers.list': listCustomersHandler,
  'customers.update': updateCustomerHandler,
  'customers.delete': deleteCustomerHandler,
};

/**
 * Runs the handler of `operation`, or returns `undefined` when the sandbox has none (an
 * operation outside the built-in list).
 */
export function runHandler(
  operation: AnyOperation,
  input: unknown,
  context: HandlerContext,
): HandlerResult<unknown> | undefined {
  if (!Object.hasOwn(handlers, operation.id)) return undefined;
  // The id picks the handler written for exactly this operation, and `input` has just passed
  // that operation's schema, so widening the handler's parameter type is safe.
  const handler = (handlers as unknown as Readonly<Record<string, SandboxHandler<AnyOperation>>>)[operation.id];
  return handler?.(input, context);
}
