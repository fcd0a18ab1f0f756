import {
  contractDetailUrl,
  contractFormUrl,
  contractListUrl,
  contractSignatureUrl,
  legacyContractFormUrl,
} from '@esign-kit/core/server';
import { requireContract } from '../domain/contracts.js';
import { resolveCustomerRef } from '../domain/customers.js';
import { invalidRequest } from '../domain/outcome.js';
import { openPage } from './openPage.js';
import { type SandboxHandler, succeed } from './types.js';

/**
 * `POST contracts/form-url` (reference §2.1). The error table was not readable; a default
 * customer that does not exist is `404 NOT_FOUND_CUSTOMER` (the code every customer lookup
 * uses), an unknown custom-column slug `400 SANDBOX_INVALID_REQUEST`.
 */
export const contractFormUrlHandler: SandboxHandler<typeof contractFormUrl> = (input, context) => {
  const defaults = input.input?.defaultValue;
  if (defaults?.customer) {
    const customer = resolveCustomerRef(context.state, defaults.customer);
    if (!customer.ok) return customer;
  }
  for (const { slug } of defaults?.contract?.slugColumns ?? []) {
    if (!context.state.customColumns.some((column) => column.slug === slug)) {
      return invalidRequest(`설정되지 않은 커스텀 컬럼입니다 (샌드박스): ${slug}`);
    }
  }
  return succeed({ url: openPage(context, 'contract-form', contractFormUrl, input) });
};

/** `GET contracts/form-url` (deprecated, §2.13): the customer to link must exist. */
export const legacyContractFormUrlHandler: SandboxHandler<typeof legacyContractFormUrl> = (input, context) => {
  if (input.customerId !== undefined || input.customerCustomKey !== undefined) {
    const customer = resolveCustomerRef(context.state, { id: input.customerId, customKey: input.customerCustomKey });
    if (!customer.ok) return customer;
  }
  return succeed({ url: openPage(context, 'contract-form', legacyContractFormUrl, input) });
};

/** `GET contracts/{uuid}/url` (§2.3): an unknown contract is `404 NOT_FOUND_CUSTOMER`, the 404 the page lists. */
export const contractDetailUrlHandler: SandboxHandler<typeof contractDetailUrl> = (input, context) => {
  const contract = requireContract(context.state, input.contractUuid);
  if (!contract.ok) return contract;
  return succeed({ url: openPage(context, 'contract-detail', contractDetailUrl, input) });
};

/** `GET contracts/url` (§2.5): the customer to narrow to must exist (`NOT_FOUND_CUSTOMER`). */
export const contractListUrlHandler: SandboxHandler<typeof contractListUrl> = (input, context) => {
  if (input.customerId !== undefined || input.customerCustomKey !== undefined) {
    const customer = resolveCustomerRef(context.state, { id: input.customerId, customKey: input.customerCustomKey });
    if (!customer.ok) return customer;
  }
  return succeed({ url: openPage(context, 'contract-list', contractListUrl, input) });
};

/**
 * `GET contracts/{uuid}/signature-url` (§2.11). The page says it is "not usable for contracts
 * that already have an e-signature requested" but gives no code (it has no error table), so
 * such a contract, whatever its signature's status, gets `400 SANDBOX_INVALID_REQUEST`.
 */
export const contractSignatureUrlHandler: SandboxHandler<typeof contractSignatureUrl> = (input, context) => {
  const contract = requireContract(context.state, input.contractUuid);
  if (!contract.ok) return contract;
  if (contract.value.signature) {
    return invalidRequest(`이미 전자서명이 요청된 계약서입니다 (샌드박스): ${contract.value.uuid}`);
  }
  return succeed({ url: openPage(context, 'contract-signature', contractSignatureUrl, input) });
};
