'use client';
import type { AnyOperationRoute, OperationInput } from '@esign-kit/core';
import { cloneElement, isValidElement, type MouseEvent, type ReactElement, type ReactNode } from 'react';
import { useEsignClient } from '../EsignKitContext.js';
import { pageLabels, pageName } from './labels.js';
import { PageDialog } from './PageDialog.js';
import { type UsePageLauncherOptions, usePageLauncher } from './usePageLauncher.js';

export interface PageButtonOwnProps extends UsePageLauncherOptions {
  /** The trigger's content; defaults to the page's name in the client's language. */
  children?: ReactNode;
  /** Use the single child element as the trigger instead of a `<button>` (its own props are kept). */
  asChild?: boolean;
  className?: string;
  disabled?: boolean;
}

export interface PageButtonProps<TOperation extends AnyOperationRoute> extends PageButtonOwnProps {
  operation: TOperation;
  input: OperationInput<TOperation>;
}

type TriggerProps = {
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  disabled?: boolean;
  className?: string;
  'data-esign-kit-part'?: string;
  'data-state'?: string;
  'aria-busy'?: boolean;
  'aria-disabled'?: boolean;
};

/**
 * A trigger that opens one hosted page in a new tab (default) or a modal, with the launcher's
 * states as data attributes (`data-state="idle|minting|open|settled|error"`), a plain link when a
 * popup blocker interferes, and the error in the user's language. Unstyled; import
 * `@esign-kit/react/styles.css` for the small default theme.
 *
 * @example
 * ```tsx
 * <PageButton operation={contractDetailUrl} input={{ contractUuid }} mode="modal" onClose={refresh}>
 *   계약서 상세 보기
 * </PageButton>
 * ```
 */
export function PageButton<TOperation extends AnyOperationRoute>(props: PageButtonProps<TOperation>) {
  const { operation, input, children, asChild, className, disabled, ...options } = props;
  const client = useEsignClient('PageButton');
  const labels = pageLabels[client.locale];
  const name = pageName(operation.id, client.locale);
  const page = usePageLauncher(operation, input, options);
  const { snapshot } = page;

  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented) return;
    page.open();
  };
  // While minting the trigger is `aria-disabled`, not `disabled`: a disabled button loses focus,
  // and the dialog could not give it back on close. A second click is ignored by the launcher.
  const minting = snapshot.status === 'minting';
  const triggerProps: TriggerProps = {
    'data-esign-kit-part': 'trigger',
    'data-state': snapshot.status,
    'aria-busy': minting,
    ...(minting ? { 'aria-disabled': true } : {}),
    ...(disabled ? { disabled } : {}),
  };
  const trigger =
    asChild && isValidElement<TriggerProps>(children) ? (
      cloneElement(children as ReactElement<TriggerProps>, {
        ...triggerProps,
        className: [children.props.className, className].filter(Boolean).join(' ') || undefined,
        onClick: (event: MouseEvent<HTMLElement>) => {
          children.props.onClick?.(event); // the child's own handler runs first
          onClick(event);
        },
      })
    ) : (
      <button
        type="button"
        className={['esign-kit-trigger', className].filter(Boolean).join(' ')}
        onClick={onClick}
        {...triggerProps}
      >
        {children ?? name}
      </button>
    );

  const showDialog =
    (snapshot.status === 'minting' && snapshot.mode === 'modal') ||
    (snapshot.status === 'open' && snapshot.mode === 'modal');

  return (
    <>
      {trigger}
      {showDialog ? (
        <PageDialog
          url={snapshot.status === 'open' ? snapshot.url : undefined}
          title={labels.frameTitle(name)}
          labels={labels}
          frameState={snapshot.status === 'open' && snapshot.mode === 'modal' ? snapshot.frame : 'loading'}
          onClose={page.close}
          onOpenInTab={page.openInTab}
          onFrame={page.launcher.setFrame}
          onFrameLoad={page.launcher.frameLoaded}
        />
      ) : null}
      {snapshot.status === 'error' ? (
        <span className="esign-kit-error" data-esign-kit-part="error" data-error={snapshot.error.code} role="alert">
          {snapshot.error.code === 'popup_blocked' ? labels.popupBlocked : null}
          {snapshot.error.code === 'frame_refused' ? labels.frameRefused : null}
          {snapshot.error.code === 'url_rejected' ? labels.urlRejected : null}
          {/* The proxy's error, already in the client's language. */}
          {snapshot.error.code === 'mint_failed' ? snapshot.error.message : null}
          {snapshot.error.code === 'popup_blocked' && snapshot.url ? (
            <a href={snapshot.url} target="_blank" rel="noopener noreferrer" data-esign-kit-part="link">
              {labels.openLink}
            </a>
          ) : null}
          {snapshot.error.code === 'frame_refused' ? (
            <button type="button" data-esign-kit-part="open-in-tab" onClick={page.openInTab}>
              {labels.openInNewTab}
            </button>
          ) : null}
        </span>
      ) : null}
    </>
  );
}
