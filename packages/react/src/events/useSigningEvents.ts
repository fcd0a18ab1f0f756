'use client';
import type { SigningEvent, SigningEventEnvelope, SigningSubject } from '@esign-kit/core/events';
import { useEffect, useRef } from 'react';
import { useEventHub } from './EsignEventsProvider.js';
import { parseSubjects, subjectsText } from './subjectsKey.js';

/** Which events {@link useSigningEvents} hands over. */
export interface SigningEventFilter {
  /** The contracts, e-signatures and workflows to hear about; nothing is heard with none. */
  subjects: readonly SigningSubject[];
  /** Only these types (all when left out), e.g. `['page.completed']`. */
  types?: readonly SigningEvent['type'][];
}

/**
 * Calls `onEvent` for each event about one of the filter's subjects, as the proxy's stream
 * delivers it (through the provider's one connection). The proxy only sends what the app's
 * `authorize` lets this user read. The latest `onEvent` is called; changing it reconnects nothing.
 *
 * @example
 * ```tsx
 * useSigningEvents({ subjects: [{ kind: 'contract', id: uuid }], types: ['contract.status'] }, (event) => {
 *   if (event.type === 'contract.status') toast(`${event.status}`)
 * })
 * ```
 */
export function useSigningEvents(
  filter: SigningEventFilter,
  onEvent: (event: SigningEvent, envelope: SigningEventEnvelope) => void,
): void {
  const hub = useEventHub('useSigningEvents');
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  const key = subjectsText(filter.subjects);
  const types = filter.types?.join(',');
  useEffect(
    () =>
      hub.register({
        subjects: parseSubjects(key),
        types: types === undefined ? undefined : (types.split(',') as SigningEvent['type'][]),
        onEvent: (event, envelope) => latest.current(event, envelope),
        invalidates: false,
      }),
    [hub, key, types],
  );
}
