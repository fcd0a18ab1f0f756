import { randomKey } from '../client/randomKey.js';
import { launcherChannelName } from './launcherMessages.js';

/** A window opened by the launcher (the new tab). */
export interface TabHandle {
  readonly closed: boolean;
  close(): void;
  readonly location: { replace(url: string): void };
  opener: unknown;
}

/** An incoming message, from `window` or the BroadcastChannel. */
export interface IncomingMessage {
  readonly origin: string;
  /** The sending window; `null` for BroadcastChannel messages (same origin by construction). */
  readonly source: unknown;
  readonly data: unknown;
  readonly via: 'window' | 'channel';
}

/**
 * Everything the launcher needs from a browser, injected so the core stays testable and
 * importing it touches no `window`. `browserEnvironment()` builds the real one.
 */
export interface LauncherEnvironment {
  /** The app's origin (`location.origin`): return-page messages must come from it. */
  readonly appOrigin: string;
  /** `window.open('', '_blank')`; `null` when a popup blocker refused. Call inside a click. */
  openTab(): TabHandle | null;
  /** Listens to `message` events and the esign-kit BroadcastChannel. Returns the unsubscribe. */
  listen(listener: (message: IncomingMessage) => void): () => void;
  /** A fresh launch id (random, matching `launchIdPattern`): from `crypto.getRandomValues`. */
  launchId(): string;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** The real browser environment, read when a launcher first needs it (never at import). */
export function browserEnvironment(): LauncherEnvironment {
  if (typeof window === 'undefined') {
    throw new Error(
      'esign-kit page launcher: there is no window here. Open pages from a click handler in the browser.',
    );
  }
  const win = window;
  return {
    appOrigin: win.location.origin,
    openTab: () => win.open('', '_blank') as TabHandle | null,
    listen(listener) {
      const onMessage = (event: MessageEvent) =>
        listener({ origin: event.origin, source: event.source, data: event.data, via: 'window' });
      win.addEventListener('message', onMessage);
      const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(launcherChannelName);
      if (channel) {
        channel.onmessage = (event: MessageEvent) =>
          listener({ origin: event.origin, source: null, data: event.data, via: 'channel' });
      }
      return () => {
        win.removeEventListener('message', onMessage);
        channel?.close();
      };
    },
    launchId: newLaunchId,
    // Bound, because the browser's timer functions must be called on their window.
    setTimeout: win.setTimeout.bind(win),
    clearTimeout: win.clearTimeout.bind(win),
    setInterval: win.setInterval.bind(win),
    clearInterval: win.clearInterval.bind(win),
  };
}

/**
 * 32 hex digits from `crypto.getRandomValues`: unguessable, so only the return page can quote it.
 * The client's idempotency keys are the same kind of value: one function for both.
 */
export const newLaunchId: () => string = randomKey;
