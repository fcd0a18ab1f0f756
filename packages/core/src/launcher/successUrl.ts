import { launchIdParam } from './launcherMessages.js';

/**
 * Where each page operation takes its `successUrl` (reference §2.1, §2.13, §3.1, §3.7). Pages
 * without one (detail, bulk, list, signature request, participant link) settle when closed.
 */
const successUrlFields: Readonly<Record<string, readonly string[]>> = {
  'contracts.formUrl': ['input', 'option', 'successUrl'],
  'contracts.formUrlLegacy': ['successUrl'],
  'templates.formUrl': ['successUrl'],
  'templates.useUrl': ['input', 'option', 'successUrl'],
};

/** True when the operation's page can send the user back to a `successUrl`. */
export function acceptsSuccessUrl(operationId: string): boolean {
  return Object.hasOwn(successUrlFields, operationId);
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
export function withSuccessUrl(operationId: string, input: unknown, successUrl: string): unknown {
  const path = successUrlFields[operationId];
  if (!path) return input;
  return setAt(input, path, successUrl);
}

function setAt(target: unknown, path: readonly string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const record = typeof target === 'object' && target !== null ? (target as Record<string, unknown>) : {};
  return { ...record, [head]: setAt(record[head], rest, value) };
}
