import type { AnyRoute } from '../operation.js';
import { launchIdParam } from './launcherMessages.js';

/** The one fact these functions read: where the page's input takes its `successUrl`. */
type PageRoute = Pick<AnyRoute, 'page'>;

/**
 * True when the operation's page can send the user back to a `successUrl` (its route says where
 * the input takes it: `page.successUrlAt`). Pages without one settle when closed.
 */
export function acceptsSuccessUrl(operation: PageRoute): boolean {
  return operation.page?.successUrlAt !== undefined;
}

/** The return page URL for one launch; a relative `returnUrl` is resolved against `base`. */
export function returnPageUrl(returnUrl: string, launchId: string, base?: string): string {
  const url = new URL(returnUrl, base);
  url.searchParams.set(launchIdParam, launchId);
  return url.href;
}

/**
 * Copies the input with `successUrl` set at the operation's field, leaving the rest untouched.
 * A `successUrl` the caller set is replaced: completion must come back through the return page.
 */
export function withSuccessUrl(operation: PageRoute, input: unknown, successUrl: string): unknown {
  const path = operation.page?.successUrlAt;
  if (!path) return input;
  return setAt(input, path, successUrl);
}

/**
 * The input of one launch: when the operation's page takes a `successUrl` and there is a return
 * page, `successUrl` points at the return page with the launch id; otherwise the input as it is.
 */
export function withReturnPage(
  operation: PageRoute,
  input: unknown,
  returnUrl: string | undefined,
  launchId: string,
  base: string,
): unknown {
  const path = operation.page?.successUrlAt;
  return returnUrl && path ? setAt(input, path, returnPageUrl(returnUrl, launchId, base)) : input;
}

function setAt(target: unknown, path: readonly string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const record = typeof target === 'object' && target !== null ? (target as Record<string, unknown>) : {};
  return { ...record, [head]: setAt(record[head], rest, value) };
}
