import type { LauncherCommand } from './createPageLauncher.js';
import type { LauncherError, LauncherSnapshot } from './launcherTypes.js';

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

/** The part of an event the handlers read: any DOM (or React) event has it. */
export interface HandledEvent {
  readonly defaultPrevented: boolean;
}

/** A key event as the dialog's handler reads it. */
export interface HandledKeyEvent extends HandledEvent {
  readonly key: string;
  preventDefault(): void;
}

/**
 * Props for the trigger, framework-free; handler names are React's (`onClick`), and a handler
 * does nothing for an event whose default was prevented (the caller's own handler runs first).
 */
export interface PageTriggerProps {
  readonly 'data-esign-kit-part': 'trigger';
  /** `idle`, `minting`, `open`, `settled` or `error`. */
  readonly 'data-state': LauncherSnapshot['status'];
  /** `true` while the URL is minted: style the busy trigger with `[aria-busy="true"]`. */
  readonly 'aria-busy': boolean;
  /**
   * While minting the trigger is `aria-disabled`, not `disabled`: a disabled button loses focus,
   * and the dialog could not give it back on close. A second click is ignored by the launcher.
   */
  readonly 'aria-disabled'?: true;
  readonly onClick: (event?: HandledEvent) => void;
}

/** What a dialog around a framed page needs to be shown: the props of React's `PageDialog`. */
export interface PageDialogState {
  /** The page URL; `undefined` while it is being minted. */
  readonly url: string | undefined;
  /** `ready` once the frame loaded (or announced itself). */
  readonly frameState: 'loading' | 'ready';
  readonly onClose: () => void;
  readonly onOpenInTab: () => void;
  /** Receives the iframe's window when it mounts, `null` when it is removed. */
  readonly onFrame: (frameWindow: unknown) => void;
  readonly onFrameLoad: () => void;
}

/** A failed launch: the alert's props (the code as `data-error`), its message, and a link when there is one. */
export interface PageErrorPart {
  readonly props: {
    readonly role: 'alert';
    readonly 'data-esign-kit-part': 'error';
    readonly 'data-error': LauncherError['code'];
  };
  /** The error's message (the proxy's, in the client's language, for `mint_failed` and `url_rejected`). */
  readonly message: string;
  /** The minted URL when only the new tab was blocked: show it as a plain link. */
  readonly url: string | undefined;
}

/** The note shown while a modal's page is open in the tab it moved to: it was not closed. */
export interface PageMovedProps {
  readonly role: 'status';
  readonly 'data-esign-kit-part': 'status';
  readonly 'data-status': 'moved-to-tab';
}

/** Everything a page button renders, from one snapshot. Made by {@link connectPageLauncher}. */
export interface PageLauncherApi {
  readonly trigger: PageTriggerProps;
  /** Present while a modal launch is under way: the dialog to show. */
  readonly dialog: PageDialogState | undefined;
  /** Present when the launch failed. */
  readonly error: PageErrorPart | undefined;
  /** Present while a modal's page is open in the tab it moved to (say so: it was not closed). */
  readonly moved: PageMovedProps | undefined;
}

/**
 * Turns a launcher's snapshot into the props of a page button's parts, Zag-style: the trigger,
 * the dialog (with its frame, see {@link connectPageDialog}), the error. Adapters spread them.
 *
 * @example
 * ```ts
 * const api = connectPageLauncher(launcher.getSnapshot(), launcher.send)
 * Object.assign(button.dataset, { state: api.trigger['data-state'] })
 * button.onclick = api.trigger.onClick
 * ```
 */
export function connectPageLauncher(
  snapshot: LauncherSnapshot,
  send: (command: LauncherCommand) => void,
): PageLauncherApi {
  const minting = snapshot.status === 'minting';
  const modal = (minting || snapshot.status === 'open') && snapshot.mode === 'modal';
  return {
    trigger: {
      'data-esign-kit-part': 'trigger',
      'data-state': snapshot.status,
      'aria-busy': minting,
      'aria-disabled': minting || undefined,
      onClick: (event) => event?.defaultPrevented || send({ type: 'open' }),
    },
    dialog: modal
      ? {
          url: snapshot.status === 'open' ? snapshot.url : undefined,
          frameState: snapshot.status === 'open' && snapshot.mode === 'modal' ? snapshot.frame : 'loading',
          onClose: () => send({ type: 'close' }),
          onOpenInTab: () => send({ type: 'open-in-tab' }),
          onFrame: (frame) => send({ type: 'frame-mounted', frame }),
          onFrameLoad: () => send({ type: 'frame-loaded' }),
        }
      : undefined,
    error:
      snapshot.status === 'error'
        ? {
            props: { role: 'alert', 'data-esign-kit-part': 'error', 'data-error': snapshot.error.code },
            message: snapshot.error.message,
            url: snapshot.url,
          }
        : undefined,
    moved:
      snapshot.status === 'open' && snapshot.mode === 'tab' && snapshot.fallback
        ? { role: 'status', 'data-esign-kit-part': 'status', 'data-status': 'moved-to-tab' }
        : undefined,
  };
}

/** The dialog element's props. */
export interface PageDialogElementProps {
  readonly role: 'dialog';
  readonly 'aria-modal': true;
  readonly 'aria-labelledby': string;
  readonly 'aria-busy': boolean;
  readonly tabIndex: -1;
  readonly 'data-esign-kit-part': 'dialog';
  readonly 'data-state': 'loading' | 'ready';
  /** Escape closes (unless a handler before it prevented the default). */
  readonly onKeyDown: (event: HandledKeyEvent) => void;
}

/** The iframe's props: the page, its title, the sandbox and the permissions it gets. */
export interface PageFrameElementProps {
  readonly 'data-esign-kit-part': 'frame';
  readonly src: string;
  readonly title: string;
  readonly sandbox: string;
  readonly allow: 'clipboard-write';
  readonly referrerPolicy: 'strict-origin-when-cross-origin';
  readonly onLoad: () => void;
}

/**
 * The props of a dialog around a framed page and of its frame (absent while the URL is minted).
 * The focus trap, inert background and scroll lock are `activateModal`'s.
 */
export function connectPageDialog(
  state: Pick<PageDialogState, 'url' | 'frameState' | 'onClose' | 'onFrameLoad'>,
  ids: { readonly titleId: string; readonly title: string },
): { readonly dialog: PageDialogElementProps; readonly frame: PageFrameElementProps | undefined } {
  return {
    dialog: {
      role: 'dialog',
      'aria-modal': true,
      'aria-labelledby': ids.titleId,
      'aria-busy': state.frameState === 'loading',
      tabIndex: -1,
      'data-esign-kit-part': 'dialog',
      'data-state': state.frameState,
      onKeyDown(event) {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        state.onClose();
      },
    },
    frame: state.url
      ? {
          'data-esign-kit-part': 'frame',
          src: state.url,
          title: ids.title,
          sandbox: pageFrameSandbox,
          allow: 'clipboard-write',
          referrerPolicy: 'strict-origin-when-cross-origin',
          onLoad: state.onFrameLoad,
        }
      : undefined,
  };
}
