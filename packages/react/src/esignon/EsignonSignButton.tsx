'use client';
import { connectPageLauncher } from '@esign-kit/core';
import { isEsignonWorkflowOver } from '@esign-kit/core/esignon';
import type { ComponentPropsWithRef, MouseEvent, ReactNode } from 'react';
import { useId } from 'react';
import { useEsignClient } from '../EsignKitContext.js';
import { LaunchError } from '../pages/LaunchError.js';
import { pageLabels } from '../pages/labels.js';
import { PageDialog } from '../pages/PageDialog.js';
import { type EsignonLabels, esignonLabels } from './esignonLabels.js';
import type { EsignonSignPhase } from './esignonProgress.js';
import { type UseEsignonSigningOptions, useEsignonSigning } from './useEsignonSigning.js';

export interface EsignonSignButtonProps
  extends UseEsignonSigningOptions,
    Omit<ComponentPropsWithRef<'button'>, keyof UseEsignonSigningOptions | 'children' | 'className'> {
  /** The workflow whose current signer's page opens. */
  workflowId: string;
  /** The trigger's content. @default "서명하기" / "Sign", in the client's language */
  children?: ReactNode;
  className?: string;
}

/**
 * Opens the current signer's eSignon page (`esignon.workflows.signingUrl`, minted at the click)
 * in a new tab, or framed in a dialog with `mode="modal"` where eSignon allows frames (the
 * sandbox can; eSignon itself is reported to refuse them). A refused frame moves to a tab by
 * itself only on origins in `handshakeOrigins` (pages that announce themselves, like the
 * sandbox's); elsewhere the dialog's "open in a new tab" does it. The server's view settles it: while the page is open the workflow is read every 2 s,
 * at once when the page posts to its opener (exact origin and window only; a hint, never the
 * result) and once more when the page closes. When a read shows the workflow moved on (next
 * signer, `Complete`, `Canceled`), the button closes the page it opened and calls `onSettled`.
 *
 * Unstyled: class names, `data-esign-kit-part`, `data-state` (the launcher's), `data-phase`
 * (`idle|waiting|signed|returned|complete|canceled|closed`) and `data-workflow-status`; a polite
 * status line says where the signing stands, in Korean or English.
 *
 * @example
 * ```tsx
 * <EsignonSignButton workflowId={workflowId} onSettled={(workflow) => toast(workflow.status)} />
 * ```
 */
export function EsignonSignButton(props: EsignonSignButtonProps) {
  const { workflowId, mode, onSettled, onPageMessage, onError, children, className, onClick, ...attributes } = props;
  const client = useEsignClient('EsignonSignButton');
  const labels = esignonLabels[client.locale];
  const statusId = useId();
  const signing = useEsignonSigning(workflowId, { mode, onSettled, onPageMessage, onError });
  const api = connectPageLauncher(signing.snapshot, signing.launcher.send);
  const data = signing.workflow.data;
  // Nothing to sign: the workflow is over, or no signer page is kept for it.
  const unavailable = data !== undefined && (isEsignonWorkflowOver(data.status) || !data.signingUrlAvailable);
  const phase = signing.phase;
  const status = statusText(phase, labels) ?? (unavailable ? labels.nothingToSign : '');

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event); // the caller's handler runs first and may cancel with preventDefault()
    if (event.defaultPrevented || unavailable || api.trigger['aria-disabled']) return;
    signing.open();
  };

  return (
    <>
      <button
        type="button"
        aria-describedby={status ? statusId : undefined}
        {...attributes}
        className={['esign-kit-trigger', 'esign-kit-esignon-sign', className].filter(Boolean).join(' ')}
        data-esign-kit-part="trigger"
        data-vendor="esignon"
        data-state={api.trigger['data-state']}
        data-phase={phase}
        data-workflow-status={data?.status}
        aria-busy={api.trigger['aria-busy']}
        // aria-disabled, not disabled: the button keeps focus (the dialog gives it back on close).
        aria-disabled={unavailable || api.trigger['aria-disabled'] ? true : undefined}
        onClick={handleClick}
      >
        {children ?? labels.sign}
      </button>
      {api.dialog ? <PageDialog {...api.dialog} title={labels.frameTitle} labels={pageLabels[client.locale]} /> : null}
      {/* Always rendered, so screen readers announce its changes. */}
      <span id={statusId} role="status" className="esign-kit-status" data-esign-kit-part="status" data-status={phase}>
        {status}
      </span>
      {api.error ? (
        <LaunchError error={api.error} labels={pageLabels[client.locale]} onOpenInTab={signing.launcher.openInTab} />
      ) : null}
    </>
  );
}

function statusText(phase: EsignonSignPhase, labels: EsignonLabels): string | undefined {
  switch (phase) {
    case 'waiting':
      return labels.waiting;
    case 'signed':
      return labels.signed;
    case 'returned':
      return labels.returned;
    case 'complete':
      return labels.complete;
    case 'canceled':
      return labels.canceled;
    case 'closed':
      return labels.closedUnchanged;
    default:
      return undefined;
  }
}
