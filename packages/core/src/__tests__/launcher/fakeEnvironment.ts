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

/**
 * A scripted browser: tabs can be allowed or blocked, messages delivered by hand, timers fired by
 * hand (`elapse()`, no fake clock), and launch ids counted (`launch-000000001`, …).
 */
export function fakeEnvironment(appOrigin = 'https://app.test') {
  const tabs: FakeTab[] = [];
  const listeners = new Set<(message: IncomingMessage) => void>();
  const timers = new Map<number, { callback: () => void; ms: number; repeat: boolean }>();
  let popupsAllowed = true;
  let lastTimer = 0;
  let lastLaunch = 0;
  const schedule = (repeat: boolean) => (callback: () => void, ms: number) => {
    lastTimer += 1;
    timers.set(lastTimer, { callback, ms, repeat });
    return lastTimer;
  };
  const clear = (handle: unknown) => void timers.delete(handle as number);
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
    launchId: () => {
      lastLaunch += 1;
      return `launch-${String(lastLaunch).padStart(9, '0')}`;
    },
    setTimeout: schedule(false),
    clearTimeout: clear,
    setInterval: schedule(true),
    clearInterval: clear,
  };
  return {
    environment,
    tabs,
    listenerCount: () => listeners.size,
    /** Pending timers, with their delays. */
    timers: () => [...timers.values()].map(({ ms, repeat }) => ({ ms, repeat })),
    /** Fires every pending timer once, as if their time had come (timeouts are then gone). */
    elapse() {
      for (const [handle, timer] of [...timers]) {
        if (!timers.has(handle)) continue;
        if (!timer.repeat) timers.delete(handle);
        timer.callback();
      }
    },
    blockPopups: () => {
      popupsAllowed = false;
    },
    deliver(message: IncomingMessage) {
      for (const listener of [...listeners]) listener(message);
    },
  };
}
