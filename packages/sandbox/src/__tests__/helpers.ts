import type { OperationData, OperationInput } from '@esign-kit/core';
import { type AnyOperation, encodeRequest, type PrixFailure, type PrixSuccess } from '@esign-kit/core/server';
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

/** The origin tests send requests to (page URLs come back on it). */
export const testOrigin = 'http://sandbox.test';

export interface OperationCallInit {
  /** Origin of the request. @default testOrigin */
  origin?: string;
  /** `null` sends no `x-api-key` header; the default sends the sandbox's own key. */
  apiKey?: string | null;
}

/**
 * Calls an operation in-process the way a client would: `encodeRequest` splits the input into
 * path, query string and JSON body.
 */
export function callOperation<TOperation extends AnyOperation>(
  sandbox: Sandbox,
  operation: TOperation,
  input: OperationInput<TOperation>,
  init: OperationCallInit = {},
): Promise<Response> {
  const encoded = encodeRequest(operation, input);
  const search = encoded.search.toString();
  const headers = new Headers();
  const apiKey = init.apiKey === undefined ? sandbox.apiKey : init.apiKey;
  if (apiKey !== null) headers.set('x-api-key', apiKey);
  if (encoded.body) headers.set('content-type', 'application/json');
  const url = `${init.origin ?? testOrigin}/kit-api/v1/${encoded.path}${search ? `?${search}` : ''}`;
  return sandbox.fetch(
    new Request(url, {
      method: encoded.method,
      headers,
      body: encoded.body ? JSON.stringify(encoded.body) : undefined,
    }),
  );
}

/** Calls an operation and returns its `data`, failing the test on an error envelope. */
export async function request<TOperation extends AnyOperation>(
  sandbox: Sandbox,
  operation: TOperation,
  input: OperationInput<TOperation>,
  init?: OperationCallInit,
): Promise<OperationData<TOperation>> {
  return readSuccess<OperationData<TOperation>>(await callOperation(sandbox, operation, input, init));
}

/** Calls an operation expected to fail and returns `[status, errorCode]`. */
export async function requestError<TOperation extends AnyOperation>(
  sandbox: Sandbox,
  operation: TOperation,
  input: OperationInput<TOperation>,
): Promise<[number, string]> {
  const response = await callOperation(sandbox, operation, input);
  return [response.status, (await readFailure(response)).errorCode];
}
