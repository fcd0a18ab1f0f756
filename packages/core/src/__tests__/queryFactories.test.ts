import { describe, expect, it } from 'vitest';
import { createEsignClient } from '../client/createEsignClient.js';
import type { AnyOperation } from '../operation.js';
import { creditStatus, listCreditUsages } from '../operations/business/index.js';
import { concludedFiles, findContract, listContracts } from '../operations/contracts/index.js';
import { getCustomer, listCustomers } from '../operations/customers/index.js';
import { listSignatures, signatureUsage } from '../operations/signatures/index.js';
import { listContractTags } from '../operations/tags/index.js';
import { getTemplate, listTemplates } from '../operations/templates/index.js';
import { creditStatusQueryOptions, creditUsagesQueryOptions } from '../query/businessQueries.js';
import { concludedFilesQueryOptions, contractQueryOptions, contractsQueryOptions } from '../query/contractQueries.js';
import { customerQueryOptions, customersQueryOptions } from '../query/customerQueries.js';
import { shouldRetry } from '../query/operationOptions.js';
import { keepPreviousPage } from '../query/pagination.js';
import { signaturesQueryOptions, signatureUsageQueryOptions } from '../query/signatureQueries.js';
import { contractTagsQueryOptions } from '../query/tagQueries.js';
import { templateQueryOptions, templatesQueryOptions } from '../query/templateQueries.js';
import { allExamples } from './operations/fixtures/index.js';

/** A client whose fetch answers with the reference example data of `operation` and records the URL. */
function exampleClient(operation: AnyOperation) {
  const example = allExamples.find((entry) => entry.operation === operation && 'data' in entry);
  const urls: string[] = [];
  const client = createEsignClient({
    baseUrl: 'https://app.test/api/esign',
    fetch: async (input) => {
      urls.push(String(input));
      return new Response(JSON.stringify({ ok: true, data: example?.data }));
    },
  });
  return { client, urls, data: example?.data };
}

type Factory = (
  client: ReturnType<typeof createEsignClient>,
  input: never,
) => {
  queryKey: readonly unknown[];
  queryFn: (context: { signal?: AbortSignal }) => Promise<unknown>;
  retry: unknown;
  placeholderData?: unknown;
};

const cases: [name: string, factory: Factory, operation: AnyOperation, input: object, url: string, list: boolean][] = [
  [
    'contractQueryOptions',
    contractQueryOptions,
    findContract,
    { customKey: 'a4-k1234' },
    'contracts/find?customKey=a4-k1234',
    false,
  ],
  ['contractsQueryOptions', contractsQueryOptions, listContracts, { limit: 5 }, 'contracts?limit=5', true],
  [
    'concludedFilesQueryOptions',
    concludedFilesQueryOptions,
    concludedFiles,
    { customKey: 'a4-k1234' },
    'contracts/download/concluded-contract-files-url?customKey=a4-k1234',
    false,
  ],
  ['signaturesQueryOptions', signaturesQueryOptions, listSignatures, { offset: 10 }, 'signatures?offset=10', true],
  ['signatureUsageQueryOptions', signatureUsageQueryOptions, signatureUsage, {}, 'signatures/usage', false],
  [
    'templatesQueryOptions',
    templatesQueryOptions,
    listTemplates,
    { signatureCount: true },
    'signature-templates?signatureCount=true',
    true,
  ],
  ['templateQueryOptions', templateQueryOptions, getTemplate, { templateKey: 4328 }, 'signature-templates/4328', false],
  ['contractTagsQueryOptions', contractTagsQueryOptions, listContractTags, {}, 'contracts/tags', false],
  ['creditStatusQueryOptions', creditStatusQueryOptions, creditStatus, {}, 'credit-usages/status', false],
  ['creditUsagesQueryOptions', creditUsagesQueryOptions, listCreditUsages, { limit: 3 }, 'credit-usages?limit=3', true],
  [
    'customersQueryOptions',
    customersQueryOptions,
    listCustomers,
    { customKey: 'A5-k159402' },
    'customers?customKey=A5-k159402',
    true,
  ],
  ['customerQueryOptions', customerQueryOptions, getCustomer, { customerId: 1 }, 'customers/1', false],
];

describe.each(cases)('%s', (_, factory, operation, input, url, list) => {
  it(`keys the query ['esign-kit', '${operation.id}', input] and fetches ${url.split('?')[0]}`, async () => {
    const { client, urls, data } = exampleClient(operation);
    const options = factory(client, input as never);
    expect(options.queryKey).toEqual(['esign-kit', operation.id, input]);
    await expect(options.queryFn({})).resolves.toEqual(data);
    expect(urls).toEqual([`https://app.test/api/esign/${url}`]);
  });

  it(list ? 'keeps the previous page while the next loads' : 'has no placeholder (not a paged list)', () => {
    const options = factory(exampleClient(operation).client, input as never);
    expect(options.placeholderData).toBe(list ? keepPreviousPage : undefined);
    if (operation !== concludedFiles) expect(options.retry).toBe(shouldRetry);
  });
});
