import type { ControlOrigins } from '../control/controlOrigins.js';
import { createCallbackSender } from './callbackSender.js';
import { type EsignonContext, esignonPrefix } from './context.js';
import { createEsignonControl, type EsignonSandboxControl } from './control.js';
import { esignonControlPrefix, handleEsignonControlRequest } from './controlRoutes.js';
import { type EsignonSandboxOptions, resolveEsignonOptions } from './options.js';
import { handleEsignonRequest } from './router.js';
import { createEsignonState } from './state.js';

export { esignonControlPrefix, esignonPrefix };

/** The eSignon stand-in, as the sandbox holds it. */
export interface EsignonSandbox {
  /** Serves `/esignon/…` (the vendor's wire). */
  handle(request: Request, url: URL): Promise<Response>;
  /** Serves `/__sandbox/esignon/…` (the control surface). */
  handleControl(request: Request, url: URL, controlOrigins: ControlOrigins): Promise<Response>;
  readonly control: EsignonSandboxControl;
}

/** Builds the stand-in over the sandbox clock. */
export function createEsignonSandbox(options: EsignonSandboxOptions | undefined, now: () => Date): EsignonSandbox {
  const resolved = resolveEsignonOptions(options);
  const state = createEsignonState(resolved);
  const context: EsignonContext = { state, options: resolved, now, callbacks: createCallbackSender(state, resolved) };
  const control = createEsignonControl(context);
  return {
    handle: (request, url) => handleEsignonRequest(request, url, context),
    handleControl: (request, url, controlOrigins) => handleEsignonControlRequest(request, url, control, controlOrigins),
    control,
  };
}
