import type { PrixFailure, PrixSuccess } from '@esign-kit/core';
import type { Sandbox } from '../createSandbox.js';

export interface KitCallInit {
  method?: string;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
  /** `null` sends no `x-api-key` header; the default sends the sandbox's own key. */
  apiKey?: string | null;
}

/** Calls `sandbox.fetch` in-process with a path relative to `/kit-api/v1/`. */
export function callKit(sandbox: Sandbox, path: string, init: KitCallInit = {}): Promise<Response> {
  const headers = new Headers();
  const apiKey = init.apiKey === undefined ? sandbox.apiKey : init.apiKey;
  if (apiKey !== null) headers.set('x-api-key', apiKey);
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers.set('content-type', 'application/json');
  }
  return sandbox.fetch(
    new Request(`http://sandbox.test/kit-api/v1/${path}`, { method: init.method ?? 'GET', headers, body }),
  );
}

/** Reads a successful envelope, failing the test with the body when it is not one. */
export async function readSuccess<TData>(response: Response): Promise<TData> {
  const body = (await response.json()) as PrixSuccess<TData> | PrixFailure;
  if (!body.ok) throw new Error(`Expected ok:true, got ${response.status} ${JSON.stringify(body)}`);
  return body.data;
}

/** Reads a failure envelope, failing the test when the call succeeded. */
export async function readFailure(response: Response): Promise<PrixFailure> {
  const body = (await response.json()) as PrixSuccess<unknown> | PrixFailure;
  if (body.ok) throw new Error(`Expected ok:false, got ${response.status} ${JSON.stringify(body)}`);
  return body;
}
