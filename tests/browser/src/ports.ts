/** Fixed loopback ports of the browser-test stack (the Vite dev server proxies /api/esign to it). */
export const browserStackPorts = {
  proxy: Number(process.env.BROWSER_PROXY_PORT ?? 4110),
  sandbox: Number(process.env.BROWSER_SANDBOX_PORT ?? 4120),
};

/**
 * The test page's origin: Vitest's browser server (a Vite server), on its browser API port. The
 * proxy must be told it: Vite's proxy rewrites the `Host` header, so the proxy sees its own
 * origin, not the page's, and would refuse the page's POSTs and `successUrl`s.
 */
export function appOriginOf(
  api: { readonly port?: number | undefined; readonly host?: string | boolean | undefined } | undefined,
): string {
  const host = typeof api?.host === 'string' && api.host !== '0.0.0.0' ? api.host : 'localhost';
  return `http://${host}:${api?.port ?? 63315}`;
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Chromium on a closed network (no background traffic, no sandbox as root). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
