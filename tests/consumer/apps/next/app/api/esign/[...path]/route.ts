import { createEsignProxy, type EsignProxyHandler, toNextRouteHandlers } from '@esign-kit/proxy';

// Made on the first request: `next build` loads this file without the runtime's environment.
let proxy: EsignProxyHandler | undefined;
function esignProxy(): EsignProxyHandler {
  proxy ??= createEsignProxy({
    apiKey: process.env.SANDBOX_API_KEY ?? '',
    upstream: process.env.SANDBOX_UPSTREAM ?? '',
    authorize: () => true,
    // Next.js hands route handlers `http://localhost:<port>/…` whatever the browser's address.
    publicOrigins: [process.env.PUBLIC_ORIGIN ?? ''],
  });
  return proxy;
}

export const { GET, HEAD, POST, PUT, PATCH, DELETE } = toNextRouteHandlers((request) => esignProxy()(request));
