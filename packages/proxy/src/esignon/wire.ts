import type { EsignonUpstreamWire } from '@esign-kit/core/esignon/server';
import type { UpstreamRequest } from '../vendor/Vendor.js';
import type { ResolvedEsignonOptions } from './options.js';

/**
 * The upstream request for one eSignon call, from the wire facts on its definition
 * (`definition.esignon`): `{companyId}` and `{<input field>}` filled into the path (each value
 * one encoded segment), the wire's query, and `Authorization: esignon <token>` when a token is
 * given (the literal word, one space: https://api.esignon.net/eng-1/issued/token; the login
 * carries none). `body` is sent as JSON as given.
 */
export function encodeEsignonRequest(
  options: ResolvedEsignonOptions,
  wire: EsignonUpstreamWire,
  call: { readonly input: Readonly<Record<string, unknown>>; readonly token?: string; readonly body?: unknown },
): UpstreamRequest {
  const path = wire.path.replace(/\{(\w+)\}/g, (_match: string, name: string) =>
    encodeURIComponent(name === 'companyId' ? options.companyId : String(call.input[name] ?? '')),
  );
  const query = wire.query ? `?${new URLSearchParams(wire.query)}` : '';
  const url = `${options.upstream}/${path}${query}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (call.token !== undefined) headers.authorization = `esignon ${call.token}`;
  if (call.body === undefined) return { url, method: wire.method, headers };
  return {
    url,
    method: wire.method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(call.body),
  };
}
