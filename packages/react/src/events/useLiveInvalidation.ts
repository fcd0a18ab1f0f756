'use client';
import type { SigningSubject } from '@esign-kit/core/events';
import { useEffect } from 'react';
import { useEventHub } from './EsignEventsProvider.js';
import { parseSubjects, subjectsText } from './subjectsKey.js';

/**
 * Refetches, as events arrive, exactly the cached queries they make stale (the contract, its
 * e-signature, the lists that show them, a workflow), for these subjects; everything they show is
 * refetched after a missed stretch (`event: reset`) and on each poll where no stream passes.
 * `live: true` on the read hooks does this for their own query.
 *
 * @example
 * ```tsx
 * useLiveInvalidation([{ kind: 'contract', id: uuid }, { kind: 'workflow', id: workflowId }])
 * ```
 */
export function useLiveInvalidation(subjects: readonly SigningSubject[]): void {
  const hub = useEventHub('useLiveInvalidation');
  const key = subjectsText(subjects);
  useEffect(() => hub.register({ subjects: parseSubjects(key), invalidates: true }), [hub, key]);
}
