import { createEsignClient } from '@esign-kit/core';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { EsignKitProvider } from '../../EsignKitProvider.js';
import { EsignEventsProvider, type EsignEventsProviderProps } from '../../events/index.js';

/** A contract as the double keeps it: enough for `contracts/find` and `contracts`. */
export interface StoredContract {
  uuid: string;
  title: string;
  status: string;
  signature: { uuid: string; status: string } | null;
}

export const uuids = {
  a: 'aaaaaaaa-0000-4000-8000-000000000001',
  b: 'bbbbbbbb-0000-4000-8000-000000000002',
  c: 'cccccccc-0000-4000-8000-000000000003',
  sigA: 'aaaaaaaa-5160-4000-8000-000000000001',
  sigB: 'bbbbbbbb-5160-4000-8000-000000000002',
};

/**
 * The esign-kit proxy at the network edge (the client's `fetch`): answers `contracts/find`,
 * `contracts` and the eSignon workflow read from tables the test changes, and counts each read.
 */
export function liveProxyDouble() {
  const contracts = new Map<string, StoredContract>([
    [uuids.a, { uuid: uuids.a, title: 'A', status: 'CREATED', signature: { uuid: uuids.sigA, status: 'WAITING' } }],
    [uuids.b, { uuid: uuids.b, title: 'B', status: 'CREATED', signature: { uuid: uuids.sigB, status: 'WAITING' } }],
  ]);
  const workflows = new Map<string, { workflowId: string; status: string }>([
    ['w1', { workflowId: 'w1', status: 'Playing' }],
  ]);
  const reads: string[] = [];
  const ok = (data: unknown) => Response.json({ ok: true, data });
  const missing = () => Response.json({ ok: false, errorCode: 'CONTRACT_NOT_FOUND', message: 'none' }, { status: 404 });
  const fetch = vi.fn(async (input: Request | string | URL, init?: RequestInit) => {
    const url = new URL(new Request(input, init).url);
    const path = url.pathname.replace(/^\/api\/esign\//, '');
    if (path === 'contracts/find') {
      const uuid = url.searchParams.get('uuid') ?? '';
      reads.push(`find:${uuid}`);
      const contract = contracts.get(uuid);
      return contract ? ok({ contract: structuredClone(contract) }) : missing();
    }
    if (path === 'contracts') {
      const status = url.searchParams.get('status');
      reads.push(`list:${status ?? 'all'}`);
      const rows = [...contracts.values()].filter((contract) => !status || contract.status === status);
      return ok({ contracts: structuredClone(rows), total: rows.length });
    }
    const workflow = /^esignon\/workflows\/([^/]+)$/.exec(path);
    if (workflow?.[1]) {
      reads.push(`workflow:${workflow[1]}`);
      const found = workflows.get(workflow[1]);
      return found ? ok(structuredClone(found)) : missing();
    }
    return missing();
  });
  const client = createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch, locale: 'en' });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapperWith =
    (events: Omit<EsignEventsProviderProps, 'children'> | 'none') =>
    ({ children }: { children: ReactNode }) => (
      <EsignKitProvider client={client} queryClient={queryClient}>
        {events === 'none' ? children : <EsignEventsProvider {...events}>{children}</EsignEventsProvider>}
      </EsignKitProvider>
    );
  return {
    contracts,
    workflows,
    reads,
    /** How many times `what` (`find:<uuid>`, `list:all`, `workflow:w1`) was read. */
    count: (what: string) => reads.filter((read) => read === what).length,
    client,
    queryClient,
    wrapperWith,
  };
}
