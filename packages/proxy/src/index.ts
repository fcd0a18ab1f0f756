export { createEsignProxy, type EsignProxyHandler } from './createEsignProxy.js';
export type { AuthorizeContext, EsignProxyErrorEvent, EsignProxyOptions } from './options.js';
export { toNodeListener } from './toNodeListener.js';
