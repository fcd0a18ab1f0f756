import type { EsignClient } from '../client/createEsignClient.js';
import { refusedPageText } from '../errors/clientErrorTexts.js';
import type { EsignKitError } from '../errors/EsignKitError.js';
import type { AnyOperationRoute, OperationInput } from '../operation.js';
import type { CachedQueryLike } from '../query/queryKeys.js';
import {
  initialLauncherState,
  type LauncherEffect,
  type LauncherMachineEvent,
  transition,
} from './launcher.machine.js';
import { browserEnvironment, type LauncherEnvironment } from './launcherEnvironment.js';
import type { LauncherError, LauncherEvent, LauncherSnapshot, LaunchMode } from './launcherTypes.js';
import { isStaleAfterPage } from './pageInvalidation.js';
import { checkPageUrl, defaultOriginsFor } from './pageUrlPolicy.js';
import { withReturnPage } from './successUrl.js';

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
   * told apart from a loaded one (browsers fire `load` for both). Opt-in: Prix's pages send no
   * such message, and a `page-ready` from any origin not listed here is ignored.
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
  /**
   * Leave the new tab's `window.opener` set, for a vendor page that reports to its opener
   * (eSignon's signing page with `callback_fn=true`), and pass on the messages that page posts as
   * `page-message` events. Only messages from the page's exact origin (the minted URL's) and from
   * the very window this launcher opened are passed on; their content is untrusted, a hint to ask
   * the server. Off by default: a page holding `opener` could navigate the app's window (reverse
   * tabnabbing), so only a page on the allowlist that needs it should get it. Where the app sends
   * `Cross-Origin-Opener-Policy: same-origin` the browser cuts the opener anyway (no messages).
   * @default false
   */
  keepOpener?: boolean;
  /**
   * Called when the page settles (completed or closed) with a test for the cached queries it may
   * have changed, e.g. `(isStale) => queryClient.invalidateQueries({ predicate: isStale })`.
   */
  invalidate?: (isStale: (query: CachedQueryLike) => boolean) => void;
  /** @default the browser's `window`, read at the first `open()` */
  environment?: LauncherEnvironment;
}

/** What a user (or a component) can tell a launcher; see {@link PageLauncher.send}. */
export type LauncherCommand =
  | { readonly type: 'open' }
  | { readonly type: 'open-in-tab' }
  | { readonly type: 'close' }
  /** The modal's iframe mounted (its window, for message checks) or was removed (`null`). */
  | { readonly type: 'frame-mounted'; readonly frame: unknown }
  | { readonly type: 'frame-loaded' };

/** One "open this Prix page" control. Made by {@link createPageLauncher}. */
export interface PageLauncher {
  getSnapshot(): LauncherSnapshot;
  /** Calls `listener` after each snapshot change (for `useSyncExternalStore`). */
  subscribe(listener: () => void): () => void;
  /** Calls `listener` for each event (opened, moved-to-tab, completed, closed, error). */
  on(listener: (event: LauncherEvent) => void): () => void;
  /** Sends a command; `connectPageLauncher(snapshot, launcher.send)` wires them to props. */
  send(command: LauncherCommand): void;
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
 * or is closed. The logic is the pure {@link transition}; this runs its effects over the
 * injected environment and holds their handles (timers, the listener, the mint's abort).
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
  let env = options.environment;
  let state = initialLauncherState({
    frameTimeoutMs: options.frameTimeoutMs ?? 4000,
    closedPollMs: options.closedPollMs ?? 500,
    handshakeOrigins: options.handshakeOrigins ?? [],
    keepOpener: options.keepOpener,
    locale: options.client.locale,
  });
  const listeners = new Set<() => void>();
  const eventListeners = new Set<(event: LauncherEvent) => void>();
  /**
   * How to stop what the launch under way runs (its listener, mint, frame timer and tab watch), by
   * the effect that started it. Each starts once per launch, and the `end` that begins every
   * launch stops them all.
   */
  const running = new Map<LauncherEffect['type'], () => void>();

  const environment = () => {
    env ??= browserEnvironment();
    return env;
  };

  function dispatch(event: LauncherMachineEvent) {
    const before = state.snapshot;
    const next = transition(state, event);
    state = next.state;
    if (state.snapshot !== before) for (const listener of [...listeners]) listener();
    for (const effect of next.effects) run(effect);
  }

  function run(effect: LauncherEffect) {
    const current = environment();
    switch (effect.type) {
      case 'open-tab':
        return dispatch({ type: 'tab-opened', tab: current.openTab() });
      case 'show-in-tab': {
        const { tab } = effect;
        tab.location.replace(effect.url);
        if (!options.keepOpener) tab.opener = null;
        const timer = current.setInterval(() => tab.closed && dispatch({ type: 'tab-closed' }), effect.pollMs);
        running.set(effect.type, () => current.clearInterval(timer));
        return;
      }
      case 'listen':
        running.set(
          effect.type,
          current.listen((message) => dispatch({ type: 'message', message, appOrigin: current.appOrigin })),
        );
        return;
      case 'start-frame-timer': {
        const timer = current.setTimeout(
          () => dispatch({ type: 'frame-timeout', launchId: current.launchId() }),
          effect.ms,
        );
        running.set(effect.type, () => current.clearTimeout(timer));
        return;
      }
      case 'stop-frame-timer':
        return running.get('start-frame-timer')?.();
      case 'mint': {
        const abort = new AbortController();
        running.set(effect.type, () => abort.abort());
        void mint(effect.launchId, abort.signal).then((result) => abort.signal.aborted || dispatch(result));
        return;
      }
      case 'end':
        for (const stopIt of running.values()) stopIt();
        running.clear();
        effect.tab?.close(); // closing a closed tab does nothing
        return;
      case 'invalidate':
        return options.invalidate?.((query) => isStaleAfterPage(options.operation, query));
      default:
        // What is left is an event for the listeners.
        for (const listener of [...eventListeners]) listener(effect);
    }
  }

  /** Mints the URL through the proxy and checks it against the allowed origins. */
  async function mint(launchId: string, signal: AbortSignal): Promise<LauncherMachineEvent> {
    const { appOrigin } = environment();
    const input = withReturnPage(
      options.operation,
      currentValue(options.input),
      options.returnUrl,
      launchId,
      appOrigin,
    );
    let error: LauncherError;
    try {
      const data = (await options.client.request(options.operation, input as OperationInput<TOperation>, {
        signal,
      })) as { url?: unknown; link?: unknown };
      const checked = checkPageUrl(data?.url ?? data?.link, options.allowedOrigins ?? defaultOriginsFor(appOrigin));
      if (checked.ok) return { type: 'minted', launchId, url: checked.url, origin: checked.origin };
      const message = refusedPageText(options.client.locale, checked.origin, checked.reason);
      error = { code: 'url_rejected', message, origin: checked.origin };
    } catch (cause) {
      // The client throws only EsignKitErrors (`isEsignKitError`'s cross-realm test, by name):
      // importing the class would put it and its texts into every page button's bundle.
      const known = (cause as Error | null)?.name === 'EsignKitError' ? (cause as EsignKitError) : undefined;
      error = { code: 'mint_failed', message: known?.message ?? 'The page URL could not be fetched.', cause: known };
    }
    return { type: 'mint-failed', launchId, error };
  }

  function send(command: LauncherCommand) {
    if (command.type === 'open') {
      const mode = currentValue(options.mode);
      return dispatch({ type: 'open', mode: mode ?? 'tab', launchId: environment().launchId() });
    }
    dispatch(command.type === 'open-in-tab' ? { type: 'open-in-tab', launchId: environment().launchId() } : command);
  }

  return {
    getSnapshot: () => state.snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    on(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    send,
    open: () => send({ type: 'open' }),
    openInTab: () => send({ type: 'open-in-tab' }),
    close: () => send({ type: 'close' }),
    setFrame: (frame) => send({ type: 'frame-mounted', frame }),
    frameLoaded: () => send({ type: 'frame-loaded' }),
    destroy() {
      if (env) dispatch({ type: 'destroy' });
      listeners.clear();
      eventListeners.clear();
    },
  };
}

/** An option given as a value or as a function returning the latest one. */
function currentValue<T>(option: T | (() => T)): T {
  return typeof option === 'function' ? (option as () => T)() : option;
}
