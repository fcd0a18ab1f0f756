import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEsignClient } from '@esign-kit/core';
import type { SigningSubject } from '@esign-kit/core/events';
import { createEventStreamRoute, createMemoryEventBus, type EventBus } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { EsignKitProvider, useContract } from '@esign-kit/react';
import { EsignEventsProvider, useSigningEventsMode } from '@esign-kit/react/events';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchEventSource } from './sseClient.js';

// Over loopback: the proxy's real SSE route served by node:http, the provider reading it through
// an EventSource over fetch; the contract reads go to a fetch double that the test changes as
// Prix would. Publishing on the bus must reach the hook and refetch its contract.

const mine = 'aaaaaaaa-0000-4000-8000-000000000001';
const mySignature = 'aaaaaaaa-5160-4000-8000-000000000001';
const theirs = 'bbbbbbbb-0000-4000-8000-000000000002';

interface Running {
  bus: EventBus;
  url: string;
  server: Server;
}
const running: Running[] = [];

async function serveEvents(allowed: (subject: SigningSubject) => boolean): Promise<Running> {
  const bus = createMemoryEventBus();
  const route = createEventStreamRoute({
    bus,
    authorizeSubject: ({ subject }) => allowed(subject),
    heartbeatMs: 1000,
    retryMs: 50,
  });
  const server = createServer(toNodeListener(route));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const started = { bus, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/events` };
  running.push(started);
  return started;
}

afterEach(async () => {
  // Unmounted before the servers close, so no provider sees the drop and reconnects.
  cleanup();
  for (const { bus, server } of running.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await bus.close();
  }
  FetchEventSource.connections = [];
});

function contractsDouble() {
  const statuses = new Map([
    [mine, 'CREATED'],
    [theirs, 'CREATED'],
  ]);
  const fetch = async (input: Request | string | URL) => {
    const uuid = new URL(input instanceof Request ? input.url : input).searchParams.get('uuid') ?? '';
    const status = statuses.get(uuid) ?? 'CREATED';
    const signature = uuid === mine ? { uuid: mySignature, status: 'WAITING' } : null;
    return Response.json({ ok: true, data: { contract: { uuid, title: uuid, status, signature } } });
  };
  const client = createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch, locale: 'en' });
  return { statuses, client };
}

function wrapper(path: string, client: ReturnType<typeof createEsignClient>, failureLimit = 3) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => (
    <EsignKitProvider client={client} queryClient={queryClient}>
      <EsignEventsProvider path={path} eventSource={FetchEventSource} failureLimit={failureLimit} reopenDelay={20}>
        {children}
      </EsignEventsProvider>
    </EsignKitProvider>
  );
}

describe('live status over loopback (the proxy’s SSE route)', () => {
  it('should update a live contract when its event is published on the bus', async () => {
    const { bus, url } = await serveEvents((subject) => subject.id !== theirs);
    const { statuses, client } = contractsDouble();
    const { result } = renderHook(
      () => ({ contract: useContract({ uuid: mine }, { live: true }), mode: useSigningEventsMode() }),
      { wrapper: wrapper(url, client) },
    );
    await waitFor(() => expect(result.current.contract.data?.contract.status).toBe('CREATED'));
    await waitFor(() => expect(result.current.mode).toBe('streaming'));
    const last = FetchEventSource.connections.at(-1);
    expect(last?.url).toContain(`contract=${mine}`);
    expect(last?.url).toContain(`signature=${mySignature}`);

    statuses.set(mine, 'CONCLUDED');
    await bus.publish({ type: 'contract.status', vendor: 'prix', contractUuid: mine, status: 'CONCLUDED' });
    await waitFor(() => expect(result.current.contract.data?.contract.status).toBe('CONCLUDED'));
  });

  it('should resume after the connection drops, with the event published meanwhile', async () => {
    const { bus, url, server } = await serveEvents(() => true);
    const { statuses, client } = contractsDouble();
    const { result } = renderHook(
      () => ({ contract: useContract({ uuid: mine }, { live: true }), mode: useSigningEventsMode() }),
      { wrapper: wrapper(url, client) },
    );
    await waitFor(() => expect(result.current.mode).toBe('streaming'));
    await waitFor(() => expect(FetchEventSource.connections.at(-1)?.url).toContain(mySignature));
    const before = FetchEventSource.connections.length;

    server.closeAllConnections();
    statuses.set(mine, 'CONCLUDED');
    await bus.publish({ type: 'signature.status', vendor: 'prix', signatureUuid: mySignature, status: 'DONE' });
    await waitFor(() => expect(result.current.contract.data?.contract.status).toBe('CONCLUDED'));
    // Reconnected by the EventSource itself, from the position the stream gave it.
    const reconnect = FetchEventSource.connections[before];
    expect(reconnect?.lastEventId).toMatch(/\S/);
  });

  it('should refuse a stream naming another tenant’s contract and fall back to polling', async () => {
    const { url } = await serveEvents((subject) => subject.id !== theirs);
    const { client } = contractsDouble();
    const modes: string[] = [];
    const { result } = renderHook(
      () => {
        const mode = useSigningEventsMode();
        modes.push(mode);
        return { contract: useContract({ uuid: theirs }, { live: true }), mode };
      },
      { wrapper: wrapper(url, client, 2) },
    );
    await waitFor(() => expect(result.current.contract.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.mode).toBe('polling'));
    expect(modes).not.toContain('streaming');
    expect(FetchEventSource.connections.length).toBeGreaterThanOrEqual(2);
    const refused = await fetch(`${url}?contract=${theirs}`);
    expect(refused.status).toBe(403);
  });
});
