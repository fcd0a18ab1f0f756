/**
 * What every adapter takes: a standard fetch handler, such as the one `createEsignProxy`
 * returns (or your own function around it). Only its call signature is needed.
 */
export type FetchHandler = (request: Request) => Response | Promise<Response>;
