'use client';
import {
  type AnyOperationRoute,
  connectPageLauncher,
  type OperationInput,
  type PageTriggerProps,
} from '@esign-kit/core';
import {
  type ComponentPropsWithRef,
  cloneElement,
  isValidElement,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { useEsignKitContext } from '../EsignKitContext.js';
import { LaunchError } from './LaunchError.js';
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

type TriggerProps = Omit<PageTriggerProps, 'onClick'> & {
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  disabled?: boolean;
  className?: string;
};

/**
 * A trigger that opens one hosted page in a new tab (default) or a modal, with the launcher's
 * states as data attributes (`data-state="idle|minting|open|settled|error"`, `aria-busy` while
 * minting), a plain link when a popup blocker interferes, a note when a modal's page moved to a
 * tab, and the error in the user's language. The operation's input goes in
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
    onMoveToTab,
    onClick: userOnClick,
    ...attributes
  } = props as PageButtonProps<TOperation> & { input?: OperationInput<TOperation> };
  const { client } = useEsignKitContext('PageButton');
  const labels = pageLabels[client.locale];
  const name = pageName(operation, client.locale);
  // The props are the launcher's options: it reads only its own (`mode`, `onClose`…).
  const page = usePageLauncher(operation, input ?? ({} as OperationInput<TOperation>), props);
  const api = connectPageLauncher(page.snapshot, page.launcher.send);

  // The caller's handler runs first and may cancel the launch with `preventDefault()`.
  const onClick = (event: MouseEvent<HTMLElement>) => {
    userOnClick?.(event as MouseEvent<HTMLButtonElement>);
    api.trigger.onClick(event);
  };
  const triggerProps: TriggerProps = { ...api.trigger, onClick, ...(disabled ? { disabled } : {}) };
  const trigger =
    asChild && isValidElement<TriggerProps>(children) ? (
      cloneElement(children as ReactElement<TriggerProps>, {
        ...(attributes as object),
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
        {...attributes}
        className={['esign-kit-trigger', className].filter(Boolean).join(' ')}
        {...triggerProps}
      >
        {children ?? name}
      </button>
    );
  return (
    <>
      {trigger}
      {api.dialog ? <PageDialog {...api.dialog} title={labels.frameTitle(name)} labels={labels} /> : null}
      {api.moved ? (
        <span className="esign-kit-status" {...api.moved}>
          {labels.movedToTab}
        </span>
      ) : null}
      {api.error ? <LaunchError error={api.error} labels={labels} onOpenInTab={page.openInTab} /> : null}
    </>
  );
}
