import type { LaunchMode } from '@esign-kit/core';
import { createContext, useContext } from 'react';
import type { DemoConfig, SessionUser } from '../session/sessionApi.js';

/** The signed-in user, the demo's settings, and how hosted pages open. */
export interface DemoValue {
  readonly user: SessionUser;
  readonly config: DemoConfig;
  readonly pageMode: LaunchMode;
  readonly setPageMode: (mode: LaunchMode) => void;
}

export const DemoContext = createContext<DemoValue | null>(null);

export function useDemo(): DemoValue {
  const value = useContext(DemoContext);
  if (!value) throw new Error('useDemo must be used inside the signed-in app.');
  return value;
}
