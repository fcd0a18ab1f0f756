'use client';
import { useInsertionEffect, useRef } from 'react';

/**
 * A ref that always holds the latest value, updated before any effect or event handler runs, so
 * callbacks passed as props are never stale and never re-create subscriptions.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useInsertionEffect(() => {
    ref.current = value;
  });
  return ref;
}
