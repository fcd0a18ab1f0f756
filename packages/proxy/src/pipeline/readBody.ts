import { type AnyOperation, hasBody } from '@esign-kit/core/server';
import { isJsonContentType, readJsonBody } from '../readJsonBody.js';
import { type Refusal, refuseInput } from './outcome.js';

/** The request's parsed JSON body; `undefined` for a method without one, or an empty body. */
export interface Body {
  readonly body: unknown;
}

/**
 * Body: for a method with a body, JSON only (415 otherwise), at most `maxBytes`
 * (413), and parseable (400). Methods without a body read nothing.
 */
export async function readBody(request: Request, operation: AnyOperation, maxBytes: number): Promise<Body | Refusal> {
  if (!hasBody(operation.method)) return { body: undefined };
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return refuseInput('Send the body as application/json.', 415);
  }
  const read = await readJsonBody(request, maxBytes);
  if (read.ok) return { body: read.body };
  return read.reason === 'too-large'
    ? refuseInput(`The body is larger than ${maxBytes} bytes.`, 413)
    : refuseInput('The body is not valid JSON.');
}
