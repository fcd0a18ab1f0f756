'use client';
import type { AnyOperationRoute, OperationInput } from '@esign-kit/core';
import {
  type ComponentPropsWithRef,
  cloneElement,
  isValidElement,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
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

/**
 * What a page button passes on to its `<button>`: any attribute of a button (`aria-*`, `id`,
 * `title`, `onFocus`, `ref`…) and any `data-*` attribute. `onError` is the launcher's.
 */
export type PageButtonAttributes = Omit<ComponentPropsWithRef<'button'>, keyof PageButtonOwnProps> & {
  [attribute: `data-${string}`]: string | number | boolean | undefined;
};

/** The operation's input, typed from the route; optional when every field of it is. */
export type PageInputProp<TOperation extends AnyOperationRoute> =
  // biome-ignore lint/complexity/noBannedTypes: `{}` is exactly "no required field" here.
  {} extends OperationInput<TOperation>
    ? { /** The operation's input (sent to the proxy when clicked). */ input?: OperationInput<TOperation> }
    : { /** The operation's input (sent to the proxy when clicked). */ input: OperationInput<TOperation> };

/** A page button's props: launch options, the operation's `input`, and the button's own attributes. */
export type PageButtonFor<TOperation extends AnyOperationRoute> = PageButtonOwnProps &
  PageButtonAttributes &
  PageInputProp<TOperation>;

export type PageButtonProps<TOperation extends AnyOperationRoute> = PageButtonFor<TOperation> & {
  /** A page-URL route, e.g. `contractDetailUrlRoute`. */
  operation: TOperation;
};

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
 * popup blocker interferes, and the error in the user's language. The operation's input goes in
 * `input`; every other attribute (`aria-label`, `data-testid`, `id`…) reaches the `<button>`.
 * Unstyled; import `@esign-kit/react/styles.css` for the small default theme.
 *
 * @example
 * ```tsx
 * <PageButton operation={contractDetailUrlRoute} input={{ contractUuid }} mode="modal" onClose={refresh}>
 *   계약서 상세 보기
 * </PageButton>
 * ```
 */
export function PageButton<TOperation extends AnyOperationRoute>(props: PageButtonProps<TOperation>) {
  const {
    operation,
    input,
    children,
    asChild,
    className,
    disabled,
    mode,
    frameTimeoutMs,
    onComplete,
    onClose,
    onError,
    onClick: userOnClick,
    ...attributes
  } = props as PageButtonProps<TOperation> & { input?: OperationInput<TOperation> };
  const client = useEsignClient('PageButton');
  const labels = pageLabels[client.locale];
  const name = pageName(operation.id, client.locale);
  const page = usePageLauncher(operation, input ?? ({} as OperationInput<TOperation>), {
    mode,
    frameTimeoutMs,
    onComplete,
    onClose,
    onError,
  });
  const { snapshot } = page;

  // The caller's handler runs first and may cancel the launch with `preventDefault()`.
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    userOnClick?.(event);
    if (!event.defaultPrevented) page.open();
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
        ...(attributes as object),
        ...triggerProps,
        className: [children.props.className, className].filter(Boolean).join(' ') || undefined,
        onClick: (event: MouseEvent<HTMLElement>) => {
          children.props.onClick?.(event); // the child's own handler runs first
          onClick(event as MouseEvent<HTMLButtonElement>);
        },
      })
    ) : (
      <button
        type="button"
        {...attributes}
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
          {/* The proxy's error, or the refused origin and the setting to change: in the client's language. */}
          {snapshot.error.code === 'mint_failed' || snapshot.error.code === 'url_rejected'
            ? snapshot.error.message
            : null}
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
