import { vi } from 'vitest';
import type { IncomingMessage, LauncherEnvironment, TabHandle } from '../../launcher/launcherEnvironment.js';

export class FakeTab implements TabHandle {
  closed = false;
  opener: unknown = 'app-window';
  readonly navigations: string[] = [];
  readonly location = { replace: (url: string) => void this.navigations.push(url) };
  close() {
    this.closed = true;
  }
}

/** A scripted browser: tabs can be allowed or blocked, and messages delivered by hand. */
export function fakeEnvironment(appOrigin = 'https://app.test') {
  const tabs: FakeTab[] = [];
  const listeners = new Set<(message: IncomingMessage) => void>();
  let popupsAllowed = true;
  const environment: LauncherEnvironment = {
    appOrigin,
    openTab: vi.fn(() => {
      if (!popupsAllowed) return null;
      const tab = new FakeTab();
      tabs.push(tab);
      return tab;
    }),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    setInterval: (callback, ms) => setInterval(callback, ms),
    clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
  };
  return {
    environment,
    tabs,
    listenerCount: () => listeners.size,
    blockPopups: () => {
      popupsAllowed = false;
    },
    deliver(message: IncomingMessage) {
      for (const listener of [...listeners]) listener(message);
    },
  };
}
