import { launchErrorTexts } from '../errors/clientErrorTexts.js';
import type { Locale } from '../errors/locale.js';
import type { IncomingMessage, TabHandle } from './launcherEnvironment.js';
import { completionMessageType, parseLauncherMessage } from './launcherMessages.js';
import type { LauncherError, LauncherEvent, LauncherSnapshot, LaunchMode, TabFallback } from './launcherTypes.js';

/** What a launcher is configured with: fixed for its life. */
export interface LauncherSettings {
  /** How long a framed page has to load before the page moves to a tab. */
  readonly frameTimeoutMs: number;
  /** How often an opened tab is checked for having been closed. */
  readonly closedPollMs: number;
  /** Origins whose pages announce themselves (`esign-kit:page-ready`); empty unless opted in. */
  readonly handshakeOrigins: readonly string[];
  /** Whether the tab keeps its `opener` and the page's own messages are passed on (`page-message`). */
  readonly keepOpener?: boolean | undefined;
  /** The language of the launcher's own error messages (the client's); English when absent. */
  readonly locale?: Locale | undefined;
}

/** The launch under way: everything that belongs to it, dropped when it ends. */
export interface Launch {
  /** Random, sent to the return page in `successUrl`; completion must quote it. */
  readonly id: string;
  readonly mode: LaunchMode;
  /** Set when a modal's page moved to this tab. */
  readonly fallback?: TabFallback | undefined;
  /** The tab opened inside the click: `undefined` until asked for, `null` when a blocker refused it. */
  readonly tab?: TabHandle | null | undefined;
  /** The modal's iframe window once mounted: only it may post `page-ready` or a framed completion. */
  readonly frame: unknown;
  /** The minted page's origin: `page-ready` must come from it. */
  readonly pageOrigin?: string | undefined;
}

/** The whole state of a launcher: the public snapshot, its settings and the launch under way. */
export interface LauncherState {
  readonly settings: LauncherSettings;
  readonly snapshot: LauncherSnapshot;
  readonly launch?: Launch | undefined;
}

/**
 * What can happen to a launcher: the user's commands (with the launch id the interpreter drew for
 * them), and the results of its effects (a tab opened, a URL minted, a message, a timer).
 */
export type LauncherMachineEvent =
  | { readonly type: 'open'; readonly mode: LaunchMode; readonly launchId: string }
  | { readonly type: 'open-in-tab'; readonly launchId: string }
  | { readonly type: 'close' }
  | { readonly type: 'destroy' }
  | { readonly type: 'tab-opened'; readonly tab: TabHandle | null }
  | { readonly type: 'minted'; readonly launchId: string; readonly url: string; readonly origin: string }
  | { readonly type: 'mint-failed'; readonly launchId: string; readonly error: LauncherError }
  | { readonly type: 'frame-mounted'; readonly frame: unknown }
  | { readonly type: 'frame-loaded' }
  | { readonly type: 'frame-timeout'; readonly launchId: string }
  | { readonly type: 'tab-closed' }
  | { readonly type: 'message'; readonly message: IncomingMessage; readonly appOrigin: string };

/** What the interpreter does for a transition, in order, over the injected environment. */
export type LauncherEffect =
  /** `window.open` now (inside the click); the result comes back as `tab-opened`. */
  | { readonly type: 'open-tab' }
  /**
   * Navigate the tab to the page, cut its `opener` (no reverse tabnabbing), and check every
   * `pollMs` whether it was closed (which comes back as `tab-closed`).
   */
  | { readonly type: 'show-in-tab'; readonly tab: TabHandle; readonly url: string; readonly pollMs: number }
  /** Mint the page URL through the client; comes back as `minted` or `mint-failed`. */
  | { readonly type: 'mint'; readonly launchId: string }
  /** Listen to window messages and the BroadcastChannel; each comes back as `message`. */
  | { readonly type: 'listen' }
  /** Comes back as `frame-timeout` unless stopped. */
  | { readonly type: 'start-frame-timer'; readonly ms: number }
  | { readonly type: 'stop-frame-timer' }
  /** End a launch: abort the mint, clear the timers, stop listening, close the tab it opened. */
  | { readonly type: 'end'; readonly tab?: TabHandle | undefined }
  /** Refetch the queries the page may have changed. */
  | { readonly type: 'invalidate' }
  /** Any event the launcher emits (`opened`, `completed`, `error`…) is passed on to its listeners as it is. */
  | LauncherEvent;

export interface LauncherTransition {
  readonly state: LauncherState;
  readonly effects: readonly LauncherEffect[];
}

/** A launcher that has not launched yet. */
export function initialLauncherState(settings: LauncherSettings): LauncherState {
  return { settings, snapshot: { status: 'idle' } };
}

/** The launcher's own failure, in the settings' language. */
function launchError(settings: LauncherSettings, code: keyof typeof launchErrorTexts): LauncherError {
  return { code, message: launchErrorTexts[code][settings.locale ?? 'en'] };
}

/**
 * The launcher's logic, pure: the next state and the effects to run. Events that do not belong
 * to the launch under way (a late mint, a stray message) change nothing.
 *
 * @example
 * ```ts
 * const idle = initialLauncherState({ frameTimeoutMs: 4000, closedPollMs: 500, handshakeOrigins: [] })
 * transition(idle, { type: 'open', mode: 'tab', launchId }).effects // [end, listen, open-tab]
 * ```
 */
export function transition(state: LauncherState, event: LauncherMachineEvent): LauncherTransition {
  const { snapshot, launch, settings } = state;
  const active = snapshot.status === 'minting' || snapshot.status === 'open';
  const current = active ? launch : undefined;
  const same = { state, effects: [] };
  /** The modal's snapshot while its frame loads: the only time a frame can become ready or time out. */
  const loading = snapshot.status === 'open' && snapshot.mode === 'modal' && snapshot.frame === 'loading' && snapshot;
  /** Whether the loading page's origin opted in to the `page-ready` handshake. */
  const handshakes = loading && settings.handshakeOrigins.includes(current?.pageOrigin ?? '');
  /** The transition that marks the loading frame ready (`frame-loaded`, or the page's `page-ready`). */
  const ready = loading && to(state, { ...loading, frame: 'ready' }, launch, { type: 'stop-frame-timer' });

  switch (event.type) {
    case 'open':
      // A second click while a launch is under way does nothing (a double click mints once).
      return active ? same : start(state, event.mode, event.launchId);
    case 'open-in-tab':
      // From the dialog (or its error): the modal's page moves to a tab, with a URL of its own.
      return start(
        state,
        'tab',
        event.launchId,
        current?.mode === 'modal' || snapshot.status === 'error' ? 'open_in_tab' : undefined,
      );
    case 'close':
      return active ? settle(state, 'closed') : same;
    case 'destroy':
      return end(state, active ? { status: 'idle' } : snapshot);
    case 'tab-opened':
      // Once per tab launch, right after `open-tab`.
      if (!current || current.tab !== undefined) return same;
      // The frame did not load and no tab can be opened now (the click's activation expired).
      if (!event.tab && current.fallback === 'frame_timeout')
        return fail(state, launchError(settings, 'frame_refused'));
      // A blocked tab still mints: the error then carries the URL as a plain link.
      return to(state, snapshot, { ...current, tab: event.tab }, { type: 'mint', launchId: current.id });
    case 'minted':
      return current?.id === event.launchId ? opened(state, current, event.url, event.origin) : same;
    case 'mint-failed':
      return current?.id === event.launchId ? fail(state, event.error) : same;
    case 'frame-mounted':
      return launch ? to(state, snapshot, { ...launch, frame: event.frame }) : same;
    case 'frame-loaded':
      // Browsers fire `load` for a refused frame too: pages that can say so must say so.
      return (!handshakes && ready) || same;
    case 'frame-timeout':
      // Page URLs may be single-use: the tab gets a freshly minted one.
      return loading ? start(state, 'tab', event.launchId, 'frame_timeout') : same;
    case 'tab-closed':
      return current?.tab ? settle(state, 'closed') : same;
    case 'message': {
      if (!current) return same;
      const { message } = event;
      const { data, origin, source } = message;
      const parsed = parseLauncherMessage(data);
      // A window message's sender, if any (a BroadcastChannel message has none).
      const sender = message.via === 'window' && source != null && source;
      const fromFrame = sender === current.frame;
      if (parsed?.type === completionMessageType) {
        // Completion comes from the return page, on the app's own origin, for this launch only:
        // over the BroadcastChannel (a tab) or from the frame itself (a modal).
        const ours = origin === event.appOrigin && parsed.launchId === current.id;
        return ours && (message.via === 'channel' || fromFrame) ? settle(state, 'completed') : same;
      }
      // Only the framed page, from its URL's origin, on an origin opted in to the handshake.
      if (parsed) return (fromFrame && handshakes && origin === current.pageOrigin && ready) || same;
      // Anything else is the page's own message, passed on only with `keepOpener` and only from
      // the very window the launcher opened (the tab or the frame), on the origin its URL has:
      // any other window, even on that origin, is not the page.
      const fromPage = origin === current.pageOrigin && (fromFrame || sender === current.tab);
      return settings.keepOpener && fromPage ? { state, effects: [{ type: 'page-message', data }] } : same;
    }
  }
}

/** The next state with the same settings, and its effects. */
function to(state: LauncherState, snapshot: LauncherSnapshot, launch?: Launch, ...effects: LauncherEffect[]) {
  return { state: { settings: state.settings, snapshot, launch }, effects };
}

function start(state: LauncherState, mode: LaunchMode, id: string, fallback?: TabFallback): LauncherTransition {
  const launch: Launch = { id, mode, frame: null, fallback };
  const first: LauncherEffect = mode === 'tab' ? { type: 'open-tab' } : { type: 'mint', launchId: id };
  return end(state, { status: 'minting', mode }, launch, { type: 'listen' }, first);
}

function opened(state: LauncherState, launch: Launch, url: string, pageOrigin: string): LauncherTransition {
  const next = { ...launch, pageOrigin };
  const { tab, fallback, mode } = launch;
  const emitOpened: LauncherEffect = { type: 'opened', mode, url };
  if (mode === 'modal') {
    const frameTimer: LauncherEffect = { type: 'start-frame-timer', ms: state.settings.frameTimeoutMs };
    return to(state, { status: 'open', mode, url, frame: 'loading' }, next, frameTimer, emitOpened);
  }
  if (!tab) return fail(state, launchError(state.settings, 'popup_blocked'), url);
  const show: LauncherEffect = { type: 'show-in-tab', tab, url, pollMs: state.settings.closedPollMs };
  if (!fallback) return to(state, { status: 'open', mode, url }, next, show, emitOpened);
  // A modal's page that moved here: it was not closed, so say where it went.
  const moved: LauncherEffect = { type: 'moved-to-tab', reason: fallback };
  return to(state, { status: 'open', mode, url, fallback }, next, show, emitOpened, moved);
}

function settle(state: LauncherState, outcome: 'completed' | 'closed'): LauncherTransition {
  return end(state, { status: 'settled', outcome }, undefined, { type: 'invalidate' }, { type: outcome });
}

function fail(state: LauncherState, error: LauncherError, url?: string): LauncherTransition {
  return end(state, { status: 'error', error, ...(url ? { url } : {}) }, undefined, { type: 'error', error });
}

/** Ends the launch under way (its resources stopped, its tab closed), then goes on with `launch` and `effects`. */
function end(state: LauncherState, snapshot: LauncherSnapshot, launch?: Launch, ...effects: LauncherEffect[]) {
  // A blocked tab (`null`) has nothing to close.
  return to(state, snapshot, launch, { type: 'end', tab: state.launch?.tab ?? undefined }, ...effects);
}
