'use client';
import { activateModal, focusGuardAttribute } from '@esign-kit/core';
import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { PageLabels } from './labels.js';
import { useLatest } from './useLatest.js';

/**
 * Safe defaults for a framed hosted page: scripts and forms work, downloads (concluded PDFs) and
 * popups that leave the sandbox still work; top navigation, modals and the rest are not granted.
 *
 * Both `allow-scripts` and `allow-same-origin` are needed, and Chromium warns about the pair
 * only when the frame shows a page of the app's own origin, which here is only the proxy's return
 * page. Prix's pages are scripts on their own origin: without `allow-same-origin` they would run
 * on an opaque origin, without their cookies and storage, and the launcher could not tell their
 * `page-ready` message by origin. The return page must post `esign-kit:complete` from the app's
 * origin, which the launcher checks. The pair lets a same-origin page lift its own sandbox, which
 * matters for untrusted content only: the return page is the proxy's, a script of a few lines
 * under a CSP that allows nothing else. A cross-origin page cannot reach the app (same-origin
 * policy), and the sandbox still keeps it from navigating the app's window.
 */
export const pageFrameSandbox =
  'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads';

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

  const { labels, url } = props;
  return createPortal(
    <div ref={containerRef} className="esign-kit-overlay" data-esign-kit-part="overlay">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={props.frameState === 'loading'}
        tabIndex={-1}
        className="esign-kit-dialog"
        data-esign-kit-part="dialog"
        data-state={props.frameState}
      >
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
        {url ? (
          <iframe
            ref={(frame) => props.onFrame(frame?.contentWindow ?? null)}
            className="esign-kit-frame"
            data-esign-kit-part="frame"
            src={url}
            title={props.title}
            sandbox={pageFrameSandbox}
            allow="clipboard-write"
            referrerPolicy="strict-origin-when-cross-origin"
            onLoad={props.onFrameLoad}
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
