import type { CallbackSender } from './callbackSender.js';
import type { EsignonState } from './model.js';
import type { ResolvedEsignonOptions } from './options.js';

/** What every eSignon handler works with. */
export interface EsignonContext {
  readonly state: EsignonState;
  readonly options: ResolvedEsignonOptions;
  /** The sandbox clock (token and download-link expiry, history times). */
  readonly now: () => Date;
  readonly callbacks: CallbackSender;
}

/** Path prefix of the eSignon stand-in: the proxy's eSignon base URL is `<sandbox>/esignon`. */
export const esignonPrefix = '/esignon';

/** `<origin>/esignon`: the base of every URL the stand-in hands out. */
export function esignonBase(origin: string): string {
  return `${origin}${esignonPrefix}`;
}
