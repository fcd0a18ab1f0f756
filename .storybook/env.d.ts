/// <reference types="vite/client" />

/** Set by the live Vite plugin: how the preview reaches its stack (see `live/protocol.ts`). */
declare const __ESIGN_KIT_LIVE__: 'server' | 'service-worker';

/** Playwright's side of the Vitest run (see `live/vitePlugin.ts`); `undefined` in Storybook itself. */
declare module 'virtual:esign-kit/test-commands' {
  /** Waits for a tab at `prefix` to load, then closes every tab whose URL starts with it, as a user would. */
  export const closeTabs: ((prefix: string) => Promise<void>) | undefined;
}
