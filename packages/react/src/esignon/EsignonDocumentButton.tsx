'use client';
import { connectPageLauncher, type LauncherError } from '@esign-kit/core';
import { esignonDownloadUrlRoute } from '@esign-kit/core/esignon';
import type { ComponentPropsWithRef, MouseEvent, ReactNode } from 'react';
import { useEsignClient } from '../EsignKitContext.js';
import { LaunchError } from '../pages/LaunchError.js';
import { pageLabels } from '../pages/labels.js';
import { esignonLabels } from './esignonLabels.js';
import { useEsignonLauncher } from './useEsignonLauncher.js';

export interface EsignonDocumentButtonProps
  extends Omit<ComponentPropsWithRef<'button'>, 'children' | 'className' | 'onError'> {
  workflowId: string;
  /** The signed document, or the audit certificate. */
  document: 'signed' | 'certificate';
  /** @default "서명된 문서 받기" / "Download the signed document" (or the certificate's), in the client's language */
  children?: ReactNode;
  className?: string;
  onError?: (error: LauncherError) => void;
}

/**
 * Opens a completed workflow's signed document or certificate in a new tab. eSignon's download
 * URLs live 5 minutes (https://developer.esignon.net/), so one is minted at each click
 * (`esignon.workflows.downloadUrl`) and never cached; the tab opens inside the click and follows
 * the URL once it arrives. The URL must pass the allowlist, as every page's does.
 *
 * @example
 * ```tsx
 * {workflow.documentsAvailable ? <EsignonDocumentButton workflowId={workflowId} document="signed" /> : null}
 * ```
 */
export function EsignonDocumentButton(props: EsignonDocumentButtonProps) {
  const { workflowId, document, children, className, onClick, onError, ...attributes } = props;
  const client = useEsignClient('EsignonDocumentButton');
  const page = useEsignonLauncher(
    'EsignonDocumentButton',
    esignonDownloadUrlRoute,
    { workflowId, document },
    { onError },
  );
  const api = connectPageLauncher(page.snapshot, page.launcher.send);

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event); // the caller's handler runs first and may cancel with preventDefault()
    api.trigger.onClick(event);
  };
  return (
    <>
      <button
        type="button"
        {...attributes}
        className={['esign-kit-trigger', 'esign-kit-esignon-document', className].filter(Boolean).join(' ')}
        {...api.trigger}
        data-vendor="esignon"
        data-document={document}
        onClick={handleClick}
      >
        {children ?? esignonLabels[client.locale].document[document]}
      </button>
      {api.error ? (
        <LaunchError error={api.error} labels={pageLabels[client.locale]} onOpenInTab={page.launcher.openInTab} />
      ) : null}
    </>
  );
}
