'use client';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { EsignKitContext, useEsignKitContext } from '../EsignKitContext.js';
import { createEventHub, type EventHub } from './eventHub.js';
import { createEventStream, type EventSourceConstructor } from './eventStream.js';
import { LiveQueryContext } from './liveQueryContext.js';
import { createPageCompletedReporter } from './pageCompletedReporter.js';
import { useWatchedQuery } from './useWatchedQuery.js';

/** Props of {@link EsignEventsProvider}. */
export interface EsignEventsProviderProps {
  /**
   * Where the proxy serves its event stream.
   * @default `${proxyUrl}/events` (the client's base URL)
   */
  path?: string;
  /**
   * The EventSource to use: a polyfill, or a stand-in in tests. `null` never opens a stream and
   * polls instead.
   * @default the browser's `EventSource`; polling where there is none
   */
  eventSource?: EventSourceConstructor | null;
  /**
   * Milliseconds between two refetches of the watched queries while no stream can pass.
   * @default 10000
   */
  pollInterval?: number;
  /**
   * Stream errors in a row after which polling takes over (until the stream opens again).
   * @default 3
   */
  failureLimit?: number;
  /**
   * Milliseconds before a stream the proxy refused or closed is opened again (doubled after each
   * failure, up to 16 times this).
   * @default 2000
   */
  reopenDelay?: number;
  children?: ReactNode;
}

const EventHubContext = createContext<EventHub | null>(null);

/** The nearest provider's hub; throws naming `hookName` when there is none. */
export function useEventHub(hookName: string): EventHub {
  const hub = useContext(EventHubContext);
  if (!hub) {
    throw new Error(
      `\`${hookName}\` must be used inside <EsignEventsProvider> (from @esign-kit/react/events), itself inside <EsignKitProvider>.`,
    );
  }
  return hub;
}

/**
 * Live signing status for everything below it: ONE connection to the proxy's event stream
 * (`GET <proxyUrl>/events?contract=…&signature=…&workflow=…`) carrying the subjects of every
 * listener, whatever their number. It resumes after a drop (the browser's `Last-Event-ID`, or
 * `lastEventId` when it reopens), refetches everything watched when the proxy says events were
 * missed (`event: reset`), and polls every `pollInterval` where no stream can pass. On the server
 * and during hydration it renders only its children: the stream opens after mounting.
 *
 * Put it inside `<EsignKitProvider>`; then `live: true` on `useContract`, `useContracts` and
 * `useEsignonWorkflow`, `useLiveInvalidation` and `useSigningEvents` work below it.
 *
 * @example
 * ```tsx
 * <EsignKitProvider proxyUrl="/api/esign">
 *   <EsignEventsProvider>
 *     <ContractCard uuid={uuid} />
 *   </EsignEventsProvider>
 * </EsignKitProvider>
 *
 * function ContractCard({ uuid }: { uuid: string }) {
 *   const { data } = useContract({ uuid }, { live: true })
 *   return <p>{data?.contract.status}</p>
 * }
 * ```
 */
export function EsignEventsProvider(props: EsignEventsProviderProps) {
  const { eventSource, pollInterval = 10_000, failureLimit = 3, reopenDelay = 2_000, children } = props;
  const kit = useEsignKitContext('EsignEventsProvider');
  const queryClient = useQueryClient();
  const [hub] = useState(() => createEventHub(queryClient));
  const path = props.path ?? `${kit.client.baseUrl}/events`;
  // A page completed on this screen is told to the others (`POST <path>/page-completed`): the kit's
  // context again, with the reporter the page launchers below call.
  const withReporter = useMemo(() => ({ ...kit, reportPage: createPageCompletedReporter(path) }), [kit, path]);

  useEffect(() => {
    const stream = createEventStream({
      path,
      EventSource: eventSource === null ? undefined : (eventSource ?? globalThis.EventSource),
      pollMs: pollInterval,
      failureLimit,
      reopenMs: reopenDelay,
      onEnvelope: hub.deliver,
      onReset: hub.refreshWatched,
      onPoll: hub.refreshWatched,
      onMode: hub.setMode,
    });
    hub.attach(stream);
    return () => {
      hub.attach(null);
      stream.close();
    };
  }, [hub, path, eventSource, pollInterval, failureLimit, reopenDelay]);

  return (
    <EventHubContext.Provider value={hub}>
      <LiveQueryContext.Provider value={useWatchedQuery}>
        <EsignKitContext.Provider value={withReporter}>{children}</EsignKitContext.Provider>
      </LiveQueryContext.Provider>
    </EventHubContext.Provider>
  );
}
