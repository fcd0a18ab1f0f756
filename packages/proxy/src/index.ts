export { createEsignProxy, type EsignProxyHandler } from './createEsignProxy.js';
export { createEsignServerClient, type EsignServerClientOptions } from './createEsignServerClient.js';
export { allow, type OperationAuthorize, type OperationRule } from './operationRules.js';
export type { AuthorizeContext, EsignProxyErrorEvent, EsignProxyOptions } from './options.js';
export { toNodeListener } from './toNodeListener.js';
