// Read in Node (config, global setup) and in the test page (the path), which has no `process`.
const env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;

/**
 * The eSignon browser-test stack: its own sandbox (eSignon under `/esignon`) and its own proxy
 * (the `esignon` vendor only), beside the Prix stack of ports.ts, so the sandbox can be told the
 * test page's origin for its opener message without touching the shared one.
 */
export const esignonStackPorts = {
  proxy: Number(env.BROWSER_ESIGNON_PROXY_PORT ?? 4111),
  sandbox: Number(env.BROWSER_ESIGNON_SANDBOX_PORT ?? 4121),
};

/**
 * Where the test page reaches the eSignon proxy: through the Vite server, on its own origin. Not
 * under `/api/esign`: Vite's proxy matches by prefix, and that one goes to the Prix proxy.
 */
export const esignonProxyPath = '/esignon-api';
