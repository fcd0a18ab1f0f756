import type { OperationInput, PrixErrorCode } from '@esign-kit/core';
import {
  type AnyOperation,
  browserSafeOperations,
  type builtInOperations,
  type createBusiness,
  type listManagedBusinesses,
  validateInput,
} from '@esign-kit/core/server';
import { type Sandbox, seedIds } from '@esign-kit/sandbox';
import { exampleInputs, examplesNow } from '../../../packages/sandbox/src/__tests__/examples.js';

type BuiltInOperation = (typeof builtInOperations)[number];
/** The operations the proxy refuses to expose; `everyOperation.test.ts` checks this list against the registry. */
export type ServerOnlyOperation = typeof createBusiness | typeof listManagedBusinesses;
export type BrowserSafeOperation = Exclude<BuiltInOperation, ServerOnlyOperation>;
export type BrowserSafeId = BrowserSafeOperation['id'];

/** One Prix error reproduced through client → proxy → sandbox. */
export interface VendorErrorCase<TOperation extends AnyOperation> {
  /** What makes Prix answer with the code, for the test name. */
  readonly when: string;
  /** A valid input (core's schema accepts it), so the request does reach the sandbox. */
  readonly input: OperationInput<TOperation>;
  readonly code: PrixErrorCode;
  /** Sets the sandbox up before the call. `control.failNext` only where no state can produce the code. */
  readonly arrange?: (sandbox: Sandbox) => void;
  /**
   * `wrong-key`: through a proxy holding a key the sandbox refuses. The reference documents
   * `UNAUTHORIZED_API_KEY` for an invalid `x-api-key` on any call (§1.2, §8.5).
   */
  readonly via?: 'wrong-key';
}

/** An input core's schema rejects, and the dotted path of the issue it reports. */
export interface InvalidInputCase {
  readonly input: Record<string, unknown>;
  readonly path: string;
}

export interface OperationErrorCases<TOperation extends AnyOperation> {
  readonly vendor: readonly [VendorErrorCase<TOperation>, ...VendorErrorCase<TOperation>[]];
  readonly invalid: InvalidInputCase;
}

/** Every browser-safe built-in operation, by id. */
export type ErrorCaseTable = {
  readonly [TOperation in BrowserSafeOperation as TOperation['id']]: OperationErrorCases<TOperation>;
};

/** The operations whose Prix errors or invalid input need more than {@link defaultCases}. */
type SpecialCaseTable = { readonly [TId in BrowserSafeId]?: ErrorCaseTable[TId] };

const unknownUuid = '0b0e5d6c-1111-4222-8333-444455556666';
const { mou, concluded, unsigned, renewal, templates, customers } = seedIds;
const wrongKey = {
  when: 'the proxy holds a key Prix does not accept',
  code: 'UNAUTHORIZED_API_KEY',
  via: 'wrong-key',
} as const;
const createSignatureExample = exampleInputs['templates.createSignature'];

/**
 * Per operation: the Prix errors reproduced end to end, and an input that never leaves the
 * client (and that the proxy refuses too, when sent to it directly).
 *
 * Where the page documents codes, `vendor` uses them (checked against `operation.errors`).
 * Where it documents none (its error table is missing or unreadable), `vendor` uses the code the
 * sandbox answers for a missing record, or the kit-wide `UNAUTHORIZED_API_KEY` when no input can
 * fail (plain lists). Documented codes for malformed input (`INVALID_CUSTOMER_CUSTOM_KEY`,
 * `MISSING_PROFILE_NAME`) cannot reach Prix through the kit: core checks the same rule first, so
 * those cases are the `invalid` ones.
 */
const specialCases: SpecialCaseTable = {
  // §2 contracts and e-signatures
  'contracts.formUrl': {
    vendor: [
      {
        when: 'the default customer does not exist',
        input: { input: { defaultValue: { customer: { customKey: 'NO-SUCH-CUSTOMER' } } } },
        code: 'NOT_FOUND_CUSTOMER',
      },
    ],
    invalid: { input: { input: { option: { successUrl: 'javascript:alert(1)' } } }, path: 'input.option.successUrl' },
  },
  'contracts.find': {
    vendor: [
      { when: 'the contract does not exist', input: { uuid: unknownUuid }, code: 'NOT_FOUND_CUSTOMER' },
      { when: 'the customKey breaks the rules', input: { customKey: 'bad key!' }, code: 'INVALID_CUSTOMER_CUSTOM_KEY' },
    ],
    invalid: { input: { uuid: '12345' }, path: 'uuid' },
  },
  'contracts.detailUrl': {
    vendor: [{ when: 'the contract does not exist', input: { contractUuid: unknownUuid }, code: 'NOT_FOUND_CUSTOMER' }],
    invalid: { input: { contractUuid: 'not-a-uuid' }, path: 'contractUuid' },
  },
  'contracts.list': {
    vendor: [{ ...wrongKey, input: { limit: 10 } }],
    invalid: { input: { customerCustomKeys: ['bad key!'] }, path: 'customerCustomKeys.0' },
  },
  'contracts.listUrl': {
    vendor: [
      {
        when: 'the customer does not exist',
        input: { customerCustomKey: 'NO-SUCH-CUSTOMER' },
        code: 'NOT_FOUND_CUSTOMER',
      },
    ],
    invalid: { input: { customerCustomKey: 'bad key!' }, path: 'customerCustomKey' },
  },
  'signatures.list': {
    vendor: [{ ...wrongKey, input: {} }],
    invalid: { input: { limit: 101 }, path: 'limit' },
  },
  'signatures.usage': {
    vendor: [{ ...wrongKey, input: {} }],
    invalid: { input: { createdAtAfter: 'yesterday' }, path: 'createdAtAfter' },
  },
  'signatures.send': {
    vendor: [
      {
        when: 'the signature does not exist',
        input: { signatureUuid: unknownUuid, participantUuid: mou.emailParticipantUuid },
        code: 'NOT_FOUND_SIGNATURE',
      },
      {
        when: 'the participant is not one of the signature',
        input: { signatureUuid: mou.signatureUuid, participantUuid: unknownUuid },
        code: 'INVALID_SIGNATURE_PARTICIPANT_UUID',
      },
    ],
    invalid: { input: { signatureUuid: mou.signatureUuid }, path: 'participantUuid' },
  },
  'signatures.link': {
    vendor: [
      {
        when: 'the participant is not one of the signature',
        input: { signatureUuid: mou.signatureUuid, participantUuid: unknownUuid },
        code: 'INVALID_SIGNATURE_PARTICIPANT_UUID',
      },
      {
        when: 'the facilitator is not the one of the signature',
        input: { signatureUuid: renewal.signatureUuid, facilitatorUuid: unknownUuid },
        code: 'SIGNATURE_INVALID_FACILITATOR_UUID',
      },
    ],
    invalid: { input: { signatureUuid: mou.signatureUuid, participantUuid: 'nope' }, path: 'participantUuid' },
  },
  'signatures.cancel': {
    vendor: [
      { when: 'the signature does not exist', input: { signatureUuid: unknownUuid }, code: 'NOT_FOUND_SIGNATURE' },
      {
        when: 'the signature is already concluded',
        input: { signatureUuid: concluded.signatureUuid },
        code: 'SIGNATURE_CANCEL_FAILED',
      },
    ],
    invalid: { input: { signatureUuid: 'not-a-uuid' }, path: 'signatureUuid' },
  },
  'contracts.signatureUrl': {
    vendor: [{ when: 'the contract does not exist', input: { contractUuid: unknownUuid }, code: 'NOT_FOUND_CUSTOMER' }],
    invalid: { input: { contractUuid: unsigned.contractUuid.slice(1) }, path: 'contractUuid' },
  },
  'contracts.get': {
    vendor: [{ when: 'the contract does not exist', input: { contractUuid: unknownUuid }, code: 'NOT_FOUND_CUSTOMER' }],
    invalid: { input: { contractUuid: 'not-a-uuid' }, path: 'contractUuid' },
  },
  'contracts.formUrlLegacy': {
    vendor: [{ when: 'the customer does not exist', input: { customerId: 999 }, code: 'NOT_FOUND_CUSTOMER' }],
    invalid: { input: { customerId: -1 }, path: 'customerId' },
  },
  'contracts.concludedFiles': {
    vendor: [
      {
        when: 'the contract was concluded a moment ago',
        input: { uuid: concluded.contractUuid },
        code: 'SIGNATURE_CERTIFICATE_NOT_READY',
        arrange: (sandbox) => {
          const contract = sandbox.state.contracts.find((candidate) => candidate.uuid === concluded.contractUuid);
          if (!contract) throw new Error('The seed has no concluded contract.');
          contract.contractDate.concludedDate = new Date(examplesNow.getTime() - 5_000).toISOString();
        },
      },
    ],
    invalid: { input: { uuid: 'not-a-uuid' }, path: 'uuid' },
  },
  // §3 templates
  'templates.formUrl': {
    vendor: [
      {
        when: 'the template to edit does not exist',
        input: { templateId: 999_999 },
        code: 'SIGNATURE_TEMPLATE_NOT_FOUND',
      },
    ],
    invalid: { input: { tagIds: [0] }, path: 'tagIds.0' },
  },
  'templates.list': {
    vendor: [{ ...wrongKey, input: {} }],
    invalid: { input: { limit: 0 }, path: 'limit' },
  },
  'templates.get': {
    vendor: [
      { when: 'the template does not exist', input: { templateKey: 999_999 }, code: 'NOT_FOUND_SIGNATURE_TEMPLATE' },
    ],
    invalid: { input: { templateKey: templates.supply.id, name: 'not a filter' }, path: '' },
  },
  'templates.createSignature': {
    vendor: [
      {
        when: 'the contract customKey is taken',
        input: {
          ...createSignatureExample,
          input: { ...createSignatureExample.input, contract: { customKey: mou.customKey } },
        },
        code: 'EXISTING_CONTRACT_KEY',
      },
      {
        when: 'the expiry date is past',
        input: {
          ...createSignatureExample,
          input: { ...createSignatureExample.input, signature: { expiredDate: '2025-04-30T00:00:00.000Z' } },
        },
        code: 'INVALID_SIGNATURE_EXPIRED_DATE',
      },
      {
        when: 'no credit is left for the mobile identity check',
        input: createSignatureExample,
        code: 'NOT_ALLOWED_PASS_AUTH_NOT_ENOUGH',
        arrange: (sandbox) => {
          sandbox.state.credits.remainingDefaultCount = 0;
          sandbox.state.credits.remainingPaidCount = 0;
        },
      },
      {
        when: 'the template does not exist',
        input: { ...createSignatureExample, templateKey: 999_999 },
        code: 'NOT_FOUND_SIGNATURE_TEMPLATE',
      },
    ],
    invalid: {
      input: { ...createSignatureExample, input: { ...createSignatureExample.input, title: '' } },
      path: 'input.title',
    },
  },
  'templates.bulkUrl': {
    vendor: [
      {
        when: 'the template has more than one participant',
        input: { templateKey: templates.supply.slug },
        code: 'SIGNATURE_TEMPLATE_BULK_PARTICIPANT_COUNT',
      },
      {
        when: 'the template does not exist',
        input: { templateKey: 'no-such-template' },
        code: 'SIGNATURE_TEMPLATE_NOT_FOUND',
      },
      {
        when: 'the default customer does not exist',
        input: { templateKey: templates.consent.id, input: { defaultValue: { customer: { id: 999 } } } },
        code: 'NOT_FOUND_CUSTOMER',
      },
    ],
    invalid: {
      input: { templateKey: templates.consent.id, input: { defaultValue: { customer: { customKey: 'bad key!' } } } },
      path: 'input.defaultValue.customer.customKey',
    },
  },
  'templates.useUrl': {
    vendor: [
      {
        when: 'the template does not exist',
        input: { templateKey: 'no-such-template' },
        code: 'SIGNATURE_TEMPLATE_NOT_FOUND',
      },
    ],
    invalid: {
      input: { templateKey: templates.supply.slug, input: { option: { successUrl: 'not a url' } } },
      path: 'input.option.successUrl',
    },
  },
  // §4 tags
  'tags.list': {
    vendor: [{ ...wrongKey, input: {} }],
    invalid: { input: { colorCode: 'RED' }, path: '' },
  },
  'contracts.setTags': {
    vendor: [
      {
        when: 'the contract does not exist',
        input: { contractUuid: unknownUuid, input: { tagIds: [2] } },
        code: 'NOT_FOUND_CUSTOMER',
      },
    ],
    invalid: { input: { contractUuid: mou.contractUuid, input: { tagIds: [0] } }, path: 'input.tagIds.0' },
  },
  // §5 business
  'business.update': {
    vendor: [
      {
        when: 'the business has no configuration record',
        input: { input: { configuration: { customerCustomName: '거래처' } } },
        code: 'NOT_FOUND_CONFIGURATION',
        arrange: (sandbox) => {
          sandbox.state.business.configuration = null;
        },
      },
      {
        when: 'Prix fails to update the profile (injected: no state causes it)',
        input: { input: { profile: { name: '프릭스 컴퍼니' } } },
        code: 'FAILED_UPDATE_PROFILE',
        arrange: (sandbox) => sandbox.control.failNext('business.update', 'FAILED_UPDATE_PROFILE'),
      },
    ],
    // The documented MISSING_PROFILE_NAME case: core requires the name first.
    invalid: { input: { input: { profile: { ceo: '이름 없음' } } }, path: 'input.profile.name' },
  },
  'credits.usages': {
    vendor: [{ ...wrongKey, input: {} }],
    invalid: { input: { offset: -1 }, path: 'offset' },
  },
  'credits.status': {
    vendor: [
      {
        when: 'Prix keeps failing to read the credits (injected: no state causes it)',
        input: {},
        code: 'FAILED_GET_CREDIT',
        // More than once: the proxy tries a query again after a 5xx, so one failure would be hidden.
        arrange: (sandbox) => sandbox.control.failNext('credits.status', 'FAILED_GET_CREDIT', 10),
      },
    ],
    invalid: { input: { business: 'other' }, path: '' },
  },
  // §6 platform (the browser-safe part)
  'customers.create': {
    vendor: [
      { when: 'the title is taken', input: { input: { title: '파트너 고객사' } }, code: 'ALREADY_CUSTOMER_EXISTS' },
    ],
    invalid: { input: { input: { title: 'x'.repeat(41) } }, path: 'input.title' },
  },
  'customers.get': {
    vendor: [{ when: 'the customer does not exist', input: { customerId: 999 }, code: 'NOT_FOUND_CUSTOMER' }],
    invalid: { input: { customerId: 0 }, path: 'customerId' },
  },
  'customers.list': {
    vendor: [
      { when: 'no customer has the customKey', input: { customKey: 'NO-SUCH-CUSTOMER' }, code: 'NOT_FOUND_CUSTOMER' },
    ],
    // The documented INVALID_CUSTOMER_CUSTOM_KEY case: core checks the rule first.
    invalid: { input: { customKey: 'bad key!' }, path: 'customKey' },
  },
  'customers.update': {
    vendor: [
      {
        when: 'the customer does not exist',
        input: { customerId: 999, input: { ceo: '김대표' } },
        code: 'NOT_FOUND_CUSTOMER',
      },
      {
        when: 'another customer has the title',
        input: { customerId: customers.hanbit, input: { title: '파트너 고객사' } },
        code: 'ALREADY_CUSTOMER_EXISTS',
      },
    ],
    invalid: { input: { customerId: customers.hanbit, input: { customKey: 'bad key!' } }, path: 'input.customKey' },
  },
  'customers.delete': {
    vendor: [{ when: 'the customer does not exist', input: { customerId: 999 }, code: 'NOT_FOUND_CUSTOMER' }],
    invalid: { input: { customerId: 1.5 }, path: 'customerId' },
  },
};

/**
 * What an operation without special cases gets, from its definition and its example: the
 * kit-wide `UNAUTHORIZED_API_KEY` for a proxy holding a bad key, and, as invalid input, the
 * example with a field the schema does not know (strict objects refuse it, at the root) or else
 * the example without one of its fields (a required one is reported at its own path). An
 * operation whose schema accepts all of these needs an entry in `specialCases`.
 */
export function defaultCases(operation: AnyOperation): OperationErrorCases<AnyOperation> {
  const example = exampleInputs[operation.id as keyof typeof exampleInputs] as Record<string, unknown>;
  const candidates: InvalidInputCase[] = [
    { input: { ...example, sandboxUnknownField: true }, path: '' },
    ...Object.keys(example).map((field) => {
      const { [field]: _left, ...rest } = example;
      return { input: rest, path: field };
    }),
  ];
  const invalid = candidates.find(({ input, path }) => {
    const result = validateInput(operation, input);
    return !result.ok && result.issues.some((issue) => issue.path === path);
  });
  if (!invalid) {
    throw new Error(`${operation.id} accepts every default invalid input: give it an entry in specialCases.`);
  }
  return { vendor: [{ ...wrongKey, input: example }], invalid };
}

/**
 * Every browser-safe built-in operation's cases: its special ones, or {@link defaultCases}, so a
 * new operation is covered without an entry here.
 */
export const errorCases = Object.fromEntries(
  browserSafeOperations().map((operation) => [
    operation.id,
    specialCases[operation.id as BrowserSafeId] ?? defaultCases(operation),
  ]),
) as ErrorCaseTable;

/**
 * Inputs whose `successUrl` / `redirectUrl` leaves the allowed origins: core accepts them, the
 * proxy refuses them (no open redirect), so the client gets a 400 from the proxy. Every field of
 * that kind the built-in operations have.
 */
export const offOriginRedirects: Partial<Record<BrowserSafeId, { input: Record<string, unknown>; path: string }>> = {
  'contracts.formUrl': {
    input: { input: { option: { successUrl: 'https://evil.example/done' } } },
    path: 'input.option.successUrl',
  },
  'contracts.formUrlLegacy': { input: { successUrl: 'https://evil.example/done' }, path: 'successUrl' },
  'templates.formUrl': { input: { successUrl: 'https://evil.example/done' }, path: 'successUrl' },
  'templates.useUrl': {
    input: { templateKey: templates.supply.slug, input: { option: { successUrl: 'https://evil.example/done' } } },
    path: 'input.option.successUrl',
  },
  'templates.createSignature': {
    input: {
      ...createSignatureExample,
      input: { ...createSignatureExample.input, signature: { redirectUrl: 'https://evil.example/callback' } },
    },
    path: 'input.signature.redirectUrl',
  },
};
