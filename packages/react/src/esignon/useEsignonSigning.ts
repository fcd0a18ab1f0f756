'use client';
import type { EsignKitError, LauncherError, LauncherSnapshot, LaunchMode, PageLauncher } from '@esign-kit/core';
import { type EsignonWorkflow, esignonSigningUrlRoute } from '@esign-kit/core/esignon';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useEsignKitContext } from '../EsignKitContext.js';
import { useLatest } from '../pages/useLatest.js';
import {
  type EsignonPageHint,
  type EsignonSignPhase,
  readEsignonPageMessage,
  settledPhase,
} from './esignonProgress.js';
import { useEsignonLauncher } from './useEsignonLauncher.js';
import { useEsignonWorkflow } from './useEsignonWorkflow.js';

// How the sign button hears eSignon's completion popup (issue 16). eSignon's page, opened with
// `callback_fn=true`, posts to `window.opener` when the signer closes its completion popup; the
// payload and the origin are undocumented and an integrator found it unreliable. Our line:
// - The server's view settles the UI: the workflow read (eSignon's read merged with the callback
//   state the proxy keeps). A message never settles anything.
// - A message is a hint to read now, and only from the page's exact origin (the minted URL's) and
//   the very window the launcher opened (the launcher checks both); its content may be anything.
// - Keeping the opener is opt-in per launch (`keepOpener`, this button only): it lets the page
//   navigate the app's window, acceptable for a page on the origin allowlist that needs it.
// - Without a message (blocked, reshaped, a COOP header cutting the opener, a framed page) the 2 s
//   reads and the read when the page closes still settle it.

/** How often the workflow is read while its signing page is open. */
export const signingPollMs = 2000;

export interface UseEsignonSigningOptions {
  /** @default 'tab' */
  mode?: LaunchMode;
  /** The server shows the workflow moved on since the page was opened (next signer, `Complete`, …). */
  onSettled?: (workflow: EsignonWorkflow, phase: Exclude<EsignonSignPhase, 'idle' | 'waiting' | 'closed'>) => void;
  /** eSignon's page posted to its opener (exact origin and window): already a refetch; for logs. */
  onPageMessage?: (hint: EsignonPageHint) => void;
  onError?: (error: LauncherError) => void;
}

export interface UseEsignonSigningResult {
  readonly workflow: UseQueryResult<EsignonWorkflow, EsignKitError>;
  readonly snapshot: LauncherSnapshot;
  readonly phase: EsignonSignPhase;
  readonly launcher: PageLauncher;
  /** Opens the current signer's page; call it inside the click (the tab opens in it). */
  readonly open: () => void;
}

/**
 * The sign button's logic. Our line on eSignon's completion popup (`callback_fn=true`, payload and
 * origin undocumented, unreliable per an integrator): the server's view settles the UI. While the
 * page is open the workflow is read every 2 s; a message from the page (its exact origin and the
 * window the launcher opened, any shape) only makes the next read happen now; closing the page
 * reads it once more. The launch settles when a read shows the workflow moved on from where it
 * stood when the page was opened (a fresh read at the click), and then closes the page it opened.
 * `<EsignonSignButton>` is this plus markup; use the hook for a trigger of your own.
 *
 * @example
 * ```tsx
 * const signing = useEsignonSigning(workflowId, { onSettled: (workflow) => toast(workflow.status) })
 * <button type="button" onClick={signing.open} data-phase={signing.phase}>서명하기</button>
 * ```
 */
export function useEsignonSigning(workflowId: string, options: UseEsignonSigningOptions): UseEsignonSigningResult {
  const latest = useLatest(options);
  // Below `<EsignEventsProvider>`: a settled signing is told to the other screens.
  const report = useLatest(useEsignKitContext('EsignonSignButton').reportPage);
  // Where the workflow stood when the page was opened; `fresh` once the read made at the click is in.
  const [baseline, setBaseline] = useState<{ readonly data: EsignonWorkflow | undefined; readonly fresh: boolean }>();
  const reported = useRef<object>(undefined);
  const refetchNow = () => void workflowRef.current.refetch({ cancelRefetch: false });
  const page = useEsignonLauncher(
    'EsignonSignButton',
    esignonSigningUrlRoute,
    { workflowId },
    {
      mode: options.mode,
      keepOpener: true,
      onPageMessage: (data) => {
        refetchNow();
        latest.current.onPageMessage?.(readEsignonPageMessage(data));
      },
      onSettle: refetchNow,
      onError: (error) => latest.current.onError?.(error),
    },
  );
  const { snapshot, launcher } = page;
  const active = snapshot.status === 'minting' || snapshot.status === 'open';
  const workflow = useEsignonWorkflow({ workflowId }, { refetchInterval: active ? signingPollMs : false });
  const workflowRef = useLatest(workflow);

  const moved =
    baseline?.fresh && baseline.data && workflow.data ? settledPhase(baseline.data, workflow.data) : undefined;
  useEffect(() => {
    if (!moved || !workflow.data || reported.current === baseline) return;
    reported.current = baseline;
    if (launcher.getSnapshot().status === 'open') launcher.close();
    report.current?.(esignonSigningUrlRoute, { workflowId });
    latest.current.onSettled?.(workflow.data, moved);
  }, [moved, workflow.data, baseline, launcher, latest, report, workflowId]);

  const open = () => {
    const before = workflow.data;
    // Where the workflow stands now, read fresh (the cache may be old): a signature is measured
    // against this, and nothing counts as one before it is in.
    setBaseline({ data: before, fresh: false });
    void workflow.refetch().then((result) => setBaseline({ data: result.data ?? before, fresh: true }));
    launcher.open();
  };
  const phase: EsignonSignPhase =
    moved ?? (active ? 'waiting' : baseline?.fresh && snapshot.status === 'settled' ? 'closed' : 'idle');
  return { workflow, snapshot, phase, launcher, open };
}
