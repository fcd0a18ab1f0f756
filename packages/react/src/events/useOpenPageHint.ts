'use client';
import type { SigningSubject } from '@esign-kit/core/events';
import { useEffect } from 'react';
import { useEventHub } from './EsignEventsProvider.js';
import { parseSubjects, subjectsText } from './subjectsKey.js';

/**
 * Tells the proxy a signing page is open for these subjects while `open` is true, so it reads
 * their status from Prix every couple of seconds instead of every fifteen (`pageOpen=1` on the
 * provider's stream). Prix has no readable webhook yet: the proxy's watcher polls, and this is
 * what makes a signature show up about a second after it happens.
 *
 * @example
 * ```tsx
 * const [open, setOpen] = useState(false)
 * useOpenPageHint([{ kind: 'contract', id: uuid }], open)
 * ```
 */
export function useOpenPageHint(subjects: readonly SigningSubject[], open: boolean): void {
  const hub = useEventHub('useOpenPageHint');
  const key = subjectsText(subjects);
  useEffect(
    () => (open ? hub.register({ subjects: parseSubjects(key), invalidates: false, pageOpen: true }) : undefined),
    [hub, key, open],
  );
}
