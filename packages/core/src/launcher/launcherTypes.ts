import type { EsignKitError } from '../errors/EsignKitError.js';

/** How a page is shown: an iframe inside a dialog, or a new browser tab. */
export type LaunchMode = 'modal' | 'tab';

/**
 * Why a modal's page moved to a tab: the frame did not load in time (`frame_timeout`), or the
 * user chose "open in a new tab" in the dialog (`open_in_tab`).
 */
export type TabFallback = 'frame_timeout' | 'open_in_tab';

/** Why a launch failed. */
export type LauncherErrorCode =
  /** The browser blocked the new tab; `snapshot.url` holds a link the user can follow. */
  | 'popup_blocked'
  /** The page did not load inside the frame in time, and a tab could not be opened for it. */
  | 'frame_refused'
  /** The proxy (or Prix) refused to mint the URL: see `cause`. */
  | 'mint_failed'
  /** The minted URL is not on the allowed origins (or not http/https): it was not opened. `message` says what to change. */
  | 'url_rejected';

export interface LauncherError {
  readonly code: LauncherErrorCode;
  readonly message: string;
  /** The `EsignKitError` behind a `mint_failed`. */
  readonly cause?: EsignKitError | undefined;
  /** For a `url_rejected` whose origin was the problem: that origin (add it to `allowedOrigins` if it is right). */
  readonly origin?: string | undefined;
}

/**
 * Where a launch is. `idle` → `minting` → `open` → `settled` (or `error` at any step); `open()`
 * again starts a new launch with a freshly minted URL.
 */
export type LauncherSnapshot =
  | { readonly status: 'idle' }
  | { readonly status: 'minting'; readonly mode: LaunchMode }
  | {
      readonly status: 'open';
      readonly mode: 'modal';
      readonly url: string;
      /** `ready` once the frame loaded (or, for pages that can say so, once they did). */
      readonly frame: 'loading' | 'ready';
    }
  | {
      readonly status: 'open';
      readonly mode: 'tab';
      readonly url: string;
      /** Set when a modal's page moved to this tab (it was not closed: completion still counts). */
      readonly fallback?: TabFallback;
    }
  | {
      readonly status: 'settled';
      /** `completed`: the page reported completion; `closed`: the user closed it. */
      readonly outcome: 'completed' | 'closed';
    }
  | { readonly status: 'error'; readonly error: LauncherError; readonly url?: string | undefined };

/** Events a launcher emits, besides snapshot changes. */
export type LauncherEvent =
  | { readonly type: 'opened'; readonly mode: LaunchMode; readonly url: string }
  /** A modal's page moved to a new tab (after its `opened`): not closed, and completion is still reported. */
  | { readonly type: 'moved-to-tab'; readonly reason: TabFallback }
  | { readonly type: 'completed' }
  | { readonly type: 'closed' }
  | { readonly type: 'error'; readonly error: LauncherError }
  /**
   * Only for launches with `keepOpener`: the opened page posted a message from its exact origin
   * and its own window (the tab, or the frame). Its `data` is untrusted and of any shape: treat it
   * as a hint to ask the server, never as the result.
   */
  | { readonly type: 'page-message'; readonly data: unknown };
