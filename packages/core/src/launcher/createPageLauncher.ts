import type { EsignClient } from '../client/createEsignClient.js';
import { refusedPageText } from '../errors/clientErrorTexts.js';
import { isEsignKitError } from '../errors/EsignKitError.js';
import type { AnyOperationRoute, OperationInput } from '../operation.js';
import {
  browserEnvironment,
  type IncomingMessage,
  type LauncherEnvironment,
  type TabHandle,
} from './launcherEnvironment.js';
import { parseLauncherMessage } from './launcherMessages.js';
import type { LauncherError, LauncherEvent, LauncherSnapshot, LaunchMode } from './launcherTypes.js';
import { checkPageUrl, defaultOriginsFor } from './pageUrlPolicy.js';
import { acceptsSuccessUrl, returnPageUrl, withSuccessUrl } from './successUrl.js';

export interface PageLauncherOptions<TOperation extends AnyOperationRoute> {
  client: EsignClient;
  /** A page-URL operation (`kind: 'page-url'`), e.g. `contractDetailUrl`. */
  operation: TOperation;
  /** The operation's input, or a function returning the latest one (read at each `open()`). */
  input: OperationInput<TOperation> | (() => OperationInput<TOperation>);
  /**
   * `tab` or `modal`, or a function returning the current choice (read at each `open()`).
   * @default 'tab' — the vendor documents its pages for new tabs; `modal` frames them.
   */
  mode?: LaunchMode | (() => LaunchMode);
  /**
   * Origins page URLs may point to (exact, or `https://*.example.com`). A refused URL fails with
   * `url_rejected` and a message that names its origin.
   * @default ['https://www.prix.im'], plus any loopback origin (`http://127.0.0.1:4010`, the
   * sandbox's) while the app itself runs on a loopback origin (`http://localhost:5173`)
   */
  allowedOrigins?: readonly string[];
  /**
   * Origins whose pages announce themselves (`esign-kit:page-ready`), like the sandbox's. A frame
   * on such an origin counts as loaded only when it says so, which is how a refused frame is
   * told apart from a loaded one (browsers fire `load` for both).
   * @default []
   */
  handshakeOrigins?: readonly string[];
  /**
   * The proxy's return page on the app's origin (relative URLs resolve against it). When the
   * operation takes a `successUrl`, it is pointed there so completion can be reported.
   */
  returnUrl?: string;
  /**
   * How long a framed page has to load before the launcher falls back to a tab. The default keeps
   * the fallback inside the click's user activation (Chromium allows `window.open` for about 5 s
   * after a click), so the fallback tab opens instead of being blocked.
   * @default 4000
   */
  frameTimeoutMs?: number;
  /** How often an opened tab is checked for having been closed. @default 500 */
  closedPollMs?: number;
  /** @default the browser's `window`, read at the first `open()` */
  environment?: LauncherEnvironment;
}

/** One "open this Prix page" control. Made by {@link createPageLauncher}. */
export interface PageLauncher {
  getSnapshot(): LauncherSnapshot;
  /** Calls `listener` after each snapshot change (for `useSyncExternalStore`). */
  subscribe(listener: () => void): () => void;
  /** Calls `listener` for each event (opened, completed, closed, error). */
  on(listener: (event: LauncherEvent) => void): () => void;
  /**
   * Starts a launch. Call it synchronously inside the click handler: in tab mode the tab is
   * opened right away (popup blockers allow that), then navigated once the URL arrives. A
   * second call while a launch is under way does nothing (a double click mints once).
   */
  open(): void;
  /** Opens (again) in a new tab: the escape hatch of the modal, from a click. */
  openInTab(): void;
  /** Closes the page; aborts the mint if the URL has not arrived yet. */
  close(): void;
  /** The modal's iframe: its window (for message checks) once mounted, `null` when removed. */
  setFrame(frame: unknown): void;
  /** The modal's iframe fired `load`. */
  frameLoaded(): void;
  /** Stops timers and listeners, closes what it opened. For unmount. */
  destroy(): void;
}

/**
 * The framework-free state of one page opening: mint the URL just in time through the proxy,
 * check it, show it in a new tab or a modal frame, and settle when the page reports completion
 * or is closed.
 *
 * @example
 * ```ts
 * const launcher = createPageLauncher({ client, operation: contractDetailUrl, input: { contractUuid } })
 * launcher.on((event) => event.type === 'closed' && refetchContract())
 * button.addEventListener('click', () => launcher.open())
 * ```
 */
export function createPageLauncher<TOperation extends AnyOperationRoute>(
  options: PageLauncherOptions<TOperation>,
): PageLauncher {
  const handshakeOrigins = options.handshakeOrigins ?? [];
  const frameTimeoutMs = options.frameTimeoutMs ?? 4000;
  const closedPollMs = options.closedPollMs ?? 500;

  let env: LauncherEnvironment | undefined = options.environment;
  let snapshot: LauncherSnapshot = { status: 'idle' };
  const listeners = new Set<() => void>();
  const eventListeners = new Set<(event: LauncherEvent) => void>();

  // Everything that belongs to the current launch, dropped by `cleanup()`.
  let launchId = '';
  let abort: AbortController | undefined;
  let tab: TabHandle | null = null;
  let frameWindow: unknown = null;
  let pageOrigin = '';
  let frameTimer: unknown;
  let closedTimer: unknown;
  let stopListening: (() => void) | undefined;

  const environment = () => {
    env ??= browserEnvironment();
    return env;
  };
  const set = (next: LauncherSnapshot) => {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };
  const emit = (event: LauncherEvent) => {
    for (const listener of [...eventListeners]) listener(event);
  };
  const isCurrent = (id: string) => id === launchId && (snapshot.status === 'minting' || snapshot.status === 'open');

  function cleanup(closeTab: boolean) {
    abort?.abort(new DOMException('The page launch was closed.', 'AbortError'));
    abort = undefined;
    if (env) {
      env.clearTimeout(frameTimer);
      env.clearInterval(closedTimer);
    }
    stopListening?.();
    stopListening = undefined;
    if (closeTab && tab && !tab.closed) tab.close();
    tab = null;
    frameWindow = null;
  }

  function fail(error: LauncherError, url?: string) {
    cleanup(true);
    set({ status: 'error', error, url });
    emit({ type: 'error', error });
  }

  function settle(outcome: 'completed' | 'closed') {
    cleanup(true);
    set({ status: 'settled', outcome });
    emit({ type: outcome });
  }

  function onMessage(message: IncomingMessage) {
    if (snapshot.status !== 'open' && snapshot.status !== 'minting') return;
    const parsed = parseLauncherMessage(message.data);
    if (!parsed) return;
    if (parsed.type === 'esign-kit:page-ready') {
      // Only the framed page itself, from the origin its URL has, can say it is ready.
      if (snapshot.status === 'open' && snapshot.mode === 'modal' && message.via === 'window') {
        if (message.source === frameWindow && frameWindow !== null && message.origin === pageOrigin) markFrameReady();
      }
      return;
    }
    // Completion comes from the return page, on the app's own origin, for this launch only.
    if (message.origin !== environment().appOrigin || parsed.launchId !== launchId) return;
    if (message.via === 'window' && (frameWindow === null || message.source !== frameWindow)) return;
    settle('completed');
  }

  function markFrameReady() {
    if (snapshot.status !== 'open' || snapshot.mode !== 'modal' || snapshot.frame === 'ready') return;
    environment().clearTimeout(frameTimer);
    set({ ...snapshot, frame: 'ready' });
  }

  function watchTab(handle: TabHandle) {
    const current = environment();
    current.clearInterval(closedTimer);
    closedTimer = current.setInterval(() => {
      if (handle.closed && snapshot.status === 'open') settle('closed');
    }, closedPollMs);
  }

  async function mint(id: string, signal: AbortSignal): Promise<string | LauncherError> {
    const raw = typeof options.input === 'function' ? (options.input as () => unknown)() : options.input;
    const input =
      options.returnUrl && acceptsSuccessUrl(options.operation.id)
        ? withSuccessUrl(options.operation.id, raw, returnPageUrl(options.returnUrl, id, environment().appOrigin))
        : raw;
    try {
      const data = (await options.client.request(options.operation, input as OperationInput<TOperation>, {
        signal,
      })) as { url?: unknown; link?: unknown };
      const allowed = options.allowedOrigins ?? defaultOriginsFor(environment().appOrigin);
      const checked = checkPageUrl(data?.url ?? data?.link, allowed);
      if (!checked.ok) {
        const message = refusedPageText(options.client.locale, checked.origin, checked.reason);
        return { code: 'url_rejected', message, origin: checked.origin };
      }
      pageOrigin = checked.origin;
      return checked.url;
    } catch (cause) {
      if (signal.aborted) return { code: 'mint_failed', message: 'Aborted.' };
      return {
        code: 'mint_failed',
        message: isEsignKitError(cause) ? cause.message : 'The page URL could not be fetched.',
        cause: isEsignKitError(cause) ? cause : undefined,
      };
    }
  }

  function start(mode: LaunchMode, fallback: boolean, opened?: TabHandle) {
    const current = environment();
    cleanup(true);
    launchId = newLaunchId();
    const id = launchId;
    // The tab must be opened now, inside the click, or the popup blocker will refuse it.
    const handle = mode === 'tab' ? (opened ?? current.openTab()) : null;
    tab = handle;
    const blocked = mode === 'tab' && handle === null;
    abort = new AbortController();
    stopListening = current.listen(onMessage);
    set({ status: 'minting', mode });

    void mint(id, abort.signal).then((result) => {
      if (!isCurrent(id)) return;
      if (typeof result !== 'string') return fail(result);
      if (blocked) {
        return fail(
          { code: 'popup_blocked', message: 'The browser blocked the new tab. Use the link instead.' },
          result,
        );
      }
      if (mode === 'tab' && handle) {
        handle.location.replace(result);
        // Cut the way back: the page cannot navigate the app's window (reverse tabnabbing).
        handle.opener = null;
        set({ status: 'open', mode: 'tab', url: result, ...(fallback ? { fallback: 'frame_timeout' as const } : {}) });
        watchTab(handle);
      } else {
        set({ status: 'open', mode: 'modal', url: result, frame: 'loading' });
        frameTimer = current.setTimeout(onFrameTimeout, frameTimeoutMs);
      }
      emit({ type: 'opened', mode, url: result });
    });
  }

  function onFrameTimeout() {
    if (snapshot.status !== 'open' || snapshot.mode !== 'modal' || snapshot.frame === 'ready') return;
    // Page URLs may be single-use: mint a fresh one for the tab. If no tab can be opened now
    // (the click's user activation has expired), say so; the "open in new tab" button works.
    const handle = environment().openTab();
    if (handle === null) {
      return fail({ code: 'frame_refused', message: 'The page did not load in the frame. Open it in a new tab.' });
    }
    start('tab', true, handle);
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    on(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    open() {
      if (snapshot.status === 'minting' || snapshot.status === 'open') return;
      const mode = typeof options.mode === 'function' ? options.mode() : options.mode;
      start(mode ?? 'tab', false);
    },
    openInTab() {
      start('tab', snapshot.status === 'open' || snapshot.status === 'error');
    },
    close() {
      if (snapshot.status === 'minting' || snapshot.status === 'open') settle('closed');
    },
    setFrame(frame) {
      frameWindow = frame;
    },
    frameLoaded() {
      if (snapshot.status !== 'open' || snapshot.mode !== 'modal') return;
      if (!handshakeOrigins.includes(pageOrigin)) markFrameReady();
    },
    destroy() {
      cleanup(true);
      listeners.clear();
      eventListeners.clear();
    },
  };
}

function newLaunchId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
