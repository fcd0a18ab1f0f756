/** Fixed loopback ports of the browser-test stack (the Vite dev server proxies /api/esign to it). */
export const browserStackPorts = {
  proxy: Number(process.env.BROWSER_PROXY_PORT ?? 4110),
  sandbox: Number(process.env.BROWSER_SANDBOX_PORT ?? 4120),
};

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
