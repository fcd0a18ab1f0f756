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
import { seedIds } from '../seed/index.js';
import { openPage } from './openPage.js';
import { sandboxHandler, succeed } from './types.js';

/**
 * `POST contracts/form-url` (reference §2.1). The error table was not readable; a default
 * customer that does not exist is `404 NOT_FOUND_CUSTOMER` (the code every customer lookup
 * uses), an unknown custom-column slug `400 SANDBOX_INVALID_REQUEST`.
 */
export const contractFormUrlHandler = sandboxHandler(contractFormUrl, {
  example: {
    input: {
      option: { successUrl: 'https://example.com/contracts/done' },
      defaultValue: {
        customer: { customKey: 'A5-k159402' },
        contract: {
          title: '솔루션 공급 계약서',
          file: '...contract.pdf',
          startDate: '2025-06-01T00:00:00.000Z',
          slugColumns: [{ slug: 'slug-column-1', value: 'slug-column-value' }],
        },
        signature: {
          participants: [{ name: '홍길동', send: 'EMAIL', email: 'gildong@prix.im', message: '서명 부탁드립니다.' }],
        },
      },
    },
  },
  handle: (input, context) => {
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
  },
});

/** `GET contracts/form-url` (deprecated, §2.13): the customer to link must exist. */
export const legacyContractFormUrlHandler = sandboxHandler(legacyContractFormUrl, {
  example: {
    successUrl: 'https://example.com/done',
    customerId: seedIds.customers.seoulLogistics,
    disable: 'customer',
  },
  handle: (input, context) => {
    if (input.customerId !== undefined || input.customerCustomKey !== undefined) {
      const customer = resolveCustomerRef(context.state, { id: input.customerId, customKey: input.customerCustomKey });
      if (!customer.ok) return customer;
    }
    return succeed({ url: openPage(context, 'contract-form', legacyContractFormUrl, input) });
  },
});

/** `GET contracts/{uuid}/url` (§2.3): an unknown contract is `404 NOT_FOUND_CUSTOMER`, the 404 the page lists. */
export const contractDetailUrlHandler = sandboxHandler(contractDetailUrl, {
  example: { contractUuid: seedIds.mou.contractUuid },
  handle: (input, context) => {
    const contract = requireContract(context.state, input.contractUuid);
    if (!contract.ok) return contract;
    return succeed({ url: openPage(context, 'contract-detail', contractDetailUrl, input) });
  },
});

/** `GET contracts/url` (§2.5): the customer to narrow to must exist (`NOT_FOUND_CUSTOMER`). */
export const contractListUrlHandler = sandboxHandler(contractListUrl, {
  example: { customerCustomKey: 'A5-k159402' },
  handle: (input, context) => {
    if (input.customerId !== undefined || input.customerCustomKey !== undefined) {
      const customer = resolveCustomerRef(context.state, { id: input.customerId, customKey: input.customerCustomKey });
      if (!customer.ok) return customer;
    }
    return succeed({ url: openPage(context, 'contract-list', contractListUrl, input) });
  },
});

/**
 * `GET contracts/{uuid}/signature-url` (§2.11). The page says it is "not usable for contracts
 * that already have an e-signature requested" but gives no code (it has no error table), so
 * such a contract, whatever its signature's status, gets `400 SANDBOX_INVALID_REQUEST`.
 */
export const contractSignatureUrlHandler = sandboxHandler(contractSignatureUrl, {
  example: { contractUuid: seedIds.unsigned.contractUuid },
  handle: (input, context) => {
    const contract = requireContract(context.state, input.contractUuid);
    if (!contract.ok) return contract;
    if (contract.value.signature) {
      return invalidRequest(`이미 전자서명이 요청된 계약서입니다 (샌드박스): ${contract.value.uuid}`);
    }
    return succeed({ url: openPage(context, 'contract-signature', contractSignatureUrl, input) });
  },
});
