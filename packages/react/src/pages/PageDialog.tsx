'use client';
import { activateModal, connectPageDialog, focusGuardAttribute, pageFrameSandbox } from '@esign-kit/core';
import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { PageLabels } from './labels.js';
import { useLatest } from './useLatest.js';

/** The iframe's sandbox: see its TSDoc in `@esign-kit/core` (re-exported here for compatibility). */
export { pageFrameSandbox };

export interface PageDialogProps {
  /** The page URL; `undefined` while it is being minted. */
  url: string | undefined;
  title: string;
  labels: PageLabels;
  /** `ready` once the frame loaded (or announced itself). */
  frameState: 'loading' | 'ready';
  onClose: () => void;
  onOpenInTab: () => void;
  /** Receives the iframe's window when it mounts (for the launcher's message checks). */
  onFrame: (frameWindow: Window | null) => void;
  onFrameLoad: () => void;
}

/**
 * The accessible dialog around a framed hosted page: labelled `role="dialog"`, focus moved in
 * and trapped, Escape closes, background inert, page scroll locked, focus returned on close.
 * Always offers "open in a new tab", because the vendor documents its pages for tabs.
 * Unstyled apart from class names and `data-esign-kit-part` attributes.
 */
export function PageDialog(props: PageDialogProps) {
  const titleId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const latest = useLatest(props);

  useEffect(() => {
    const container = containerRef.current;
    const dialog = dialogRef.current;
    if (!container || !dialog) return;
    const activation = activateModal(container, dialog, { onEscape: () => latest.current.onClose() });
    return () => activation.deactivate();
  }, [latest]);

  const { labels } = props;
  const parts = connectPageDialog(props, { titleId, title: props.title });
  return createPortal(
    <div ref={containerRef} className="esign-kit-overlay" data-esign-kit-part="overlay">
      <div ref={dialogRef} className="esign-kit-dialog" {...parts.dialog}>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a focus guard must take focus to send it back into the dialog. */}
        <span {...{ [focusGuardAttribute]: 'start' }} tabIndex={0} className="esign-kit-focus-guard" />
        <div className="esign-kit-dialog-header" data-esign-kit-part="header">
          <h2 id={titleId} className="esign-kit-dialog-title" data-esign-kit-part="title">
            {props.title}
          </h2>
          <button
            type="button"
            className="esign-kit-open-in-tab"
            data-esign-kit-part="open-in-tab"
            onClick={props.onOpenInTab}
          >
            {labels.openInNewTab}
          </button>
          <button type="button" className="esign-kit-close" data-esign-kit-part="close" onClick={props.onClose}>
            {labels.close}
          </button>
        </div>
        {parts.frame ? (
          <iframe
            ref={(frame) => props.onFrame(frame?.contentWindow ?? null)}
            className="esign-kit-frame"
            {...parts.frame}
          />
        ) : null}
        {props.frameState === 'loading' ? (
          <p className="esign-kit-loading" data-esign-kit-part="loading" role="status">
            {labels.loading}
          </p>
        ) : null}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a focus guard must take focus to send it back into the dialog. */}
        <span {...{ [focusGuardAttribute]: 'end' }} tabIndex={0} className="esign-kit-focus-guard" />
      </div>
    </div>,
    document.body,
  );
}
