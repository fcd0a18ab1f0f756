import { describe, expect, it } from 'vitest';
import { createEsignClient } from '../client/createEsignClient.js';
import { EsignKitError } from '../errors/EsignKitError.js';
import {
  concludedFilesQueryOptions,
  contractsInfiniteQueryOptions,
  retryUntilCertificateReady,
} from '../query/contractQueries.js';
import { customersQueryOptions } from '../query/customerQueries.js';
import { keepPreviousPage, pageInfo } from '../query/pagination.js';
import { referenceContractListData } from './operations/fixtures/contracts.js';

describe('pageInfo', () => {
  it('reads the first, a middle and the last page of 45 rows by 20', () => {
    expect(pageInfo({ total: 45, limit: 20, offset: 0 })).toEqual({
      page: 1,
      pageCount: 3,
      hasNext: true,
      hasPrevious: false,
      nextOffset: 20,
      previousOffset: undefined,
    });
    expect(pageInfo({ total: 45, limit: 20, offset: 20 })).toMatchObject({
      page: 2,
      hasNext: true,
      hasPrevious: true,
      nextOffset: 40,
      previousOffset: 0,
    });
    expect(pageInfo({ total: 45, limit: 20, offset: 40 })).toMatchObject({
      page: 3,
      hasNext: false,
      nextOffset: undefined,
      previousOffset: 20,
    });
  });

  it("uses Prix's defaults, limit 10 and offset 0", () => {
    expect(pageInfo({ total: 25 })).toMatchObject({ page: 1, pageCount: 3, nextOffset: 10 });
  });

  it('has no next page when the last page is exactly full, and counts an empty list as one page', () => {
    expect(pageInfo({ total: 40, limit: 20, offset: 20 })).toMatchObject({ hasNext: false, pageCount: 2 });
    expect(pageInfo({ total: 0, limit: 20 })).toMatchObject({ page: 1, pageCount: 1, hasNext: false });
  });

  it('never points the previous page below 0 when the offset is not a multiple of the limit', () => {
    expect(pageInfo({ total: 100, limit: 20, offset: 5 })).toMatchObject({
      page: 1,
      previousOffset: 0,
      nextOffset: 25,
    });
  });

  it('refuses a limit or offset a pager could loop on', () => {
    expect(() => pageInfo({ total: 10, limit: 0 })).toThrow(RangeError);
    expect(() => pageInfo({ total: 10, limit: 2.5 })).toThrow('`limit` must be a positive integer, got 2.5');
    expect(() => pageInfo({ total: 10, offset: -10 })).toThrow(RangeError);
  });
});

describe('list query options', () => {
  it('keep the previous page as placeholder data', () => {
    const previous = { total: 1, customers: [] };
    expect(keepPreviousPage(previous)).toBe(previous);
    expect(keepPreviousPage(undefined)).toBeUndefined();
    expect(customersQueryOptions(createEsignClient({ baseUrl: '/x' }), { offset: 10 }).placeholderData).toBe(
      keepPreviousPage,
    );
  });
});

describe('contractsInfiniteQueryOptions', () => {
  function recordingClient() {
    const urls: URL[] = [];
    const client = createEsignClient({
      baseUrl: 'https://app.test/api/esign',
      fetch: async (input) => {
        urls.push(new URL(String(input)));
        return new Response(JSON.stringify({ ok: true, data: referenceContractListData }));
      },
    });
    return { client, urls };
  }

  it('keys the infinite list apart from the paged list of the same filters', () => {
    const { client } = recordingClient();
    expect(contractsInfiniteQueryOptions(client, { status: 'CREATED' }).queryKey).toEqual([
      'esign-kit',
      'contracts.list',
      { status: 'CREATED' },
      'infinite',
    ]);
  });

  it('asks for each page at its offset with the same filters', async () => {
    const { client, urls } = recordingClient();
    const options = contractsInfiniteQueryOptions(client, { status: 'CREATED', limit: 20 });
    expect(options.initialPageParam).toBe(0);
    await options.queryFn({ pageParam: 40 });
    expect(urls[0]?.pathname).toBe('/api/esign/contracts');
    expect(Object.fromEntries(urls[0]?.searchParams ?? [])).toEqual({ status: 'CREATED', limit: '20', offset: '40' });
  });

  it('moves on by the limit until total rows are loaded', () => {
    const { client } = recordingClient();
    const { getNextPageParam } = contractsInfiniteQueryOptions(client, { limit: 20 });
    const page = { total: 45, contracts: [] };
    expect(getNextPageParam(page, [], 0)).toBe(20);
    expect(getNextPageParam(page, [], 20)).toBe(40);
    expect(getNextPageParam(page, [], 40)).toBeUndefined();
  });

  it("moves on by Prix's 10 rows when no limit is given", () => {
    const { client } = recordingClient();
    const { getNextPageParam } = contractsInfiniteQueryOptions(client, {});
    expect(getNextPageParam({ total: 15, contracts: [] }, [], 0)).toBe(10);
    expect(getNextPageParam({ total: 15, contracts: [] }, [], 10)).toBeUndefined();
  });
});

describe('concludedFilesQueryOptions', () => {
  const notReady = new EsignKitError({ errorCode: 'SIGNATURE_CERTIFICATE_NOT_READY', status: 409 });

  it('retries while the certificate is not ready, three times at most', () => {
    const { retry } = concludedFilesQueryOptions(createEsignClient({ baseUrl: '/x' }), { uuid: 'u' });
    expect(retry).toBe(retryUntilCertificateReady);
    expect([0, 1, 2, 3].map((count) => retryUntilCertificateReady(count, notReady))).toEqual([true, true, true, false]);
  });

  it('otherwise retries what any query retries, and not 4xx', () => {
    const notFound = new EsignKitError({ errorCode: 'NOT_FOUND_CUSTOMER', status: 404 });
    expect(retryUntilCertificateReady(0, notFound)).toBe(false);
    expect(retryUntilCertificateReady(0, new EsignKitError({ errorCode: 'ESIGN_KIT_NETWORK_ERROR' }))).toBe(true);
  });
});
