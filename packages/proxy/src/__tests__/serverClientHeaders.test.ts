import { isEsignKitError } from '@esign-kit/core';
import { findContract } from '@esign-kit/core/server';
import { describe, expect, it, vi } from 'vitest';
import { createEsignServerClient, type UpstreamResponseInfo } from '../createEsignServerClient.js';

const apiKey = 'test-key-0123456789';
const upstream = 'https://prix.invalid/kit-api/v1';
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';

/** Prix at the network edge: one answer with these headers. */
const answering = (status: number, body: unknown, headers: Record<string, string>) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('createEsignServerClient and upstream headers', () => {
  it('turns a 429’s Retry-After into the error’s retryAfterSeconds and its sentence', async () => {
    const prix = createEsignServerClient({
      apiKey,
      upstream,
      fetch: answering(
        429,
        { ok: false, errorCode: 'ESIGN_KIT_RATE_LIMITED', message: 'slow down' },
        { 'retry-after': '120' },
      ),
    });
    const error = await prix.request(findContract, { uuid: contractUuid }).catch((caught: unknown) => caught);
    expect(isEsignKitError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 120 });
    expect((error as Error).message).toContain('약 2분 후 다시 시도하세요.');
  });

  it('hands each answer’s status and headers to onResponse, with the key redacted', async () => {
    const seen: UpstreamResponseInfo[] = [];
    const onResponse = vi.fn((info: UpstreamResponseInfo) => void seen.push(info));
    const prix = createEsignServerClient({
      apiKey,
      upstream,
      onResponse,
      fetch: answering(
        404,
        { ok: false, errorCode: 'NOT_FOUND_CUSTOMER', message: 'none' },
        { 'x-request-id': 'req-1', 'idempotent-replayed': 'true', 'x-echo': `key=${apiKey}`, 'content-length': '999' },
      ),
    });
    await prix.request(findContract, { uuid: contractUuid }).catch(() => undefined);
    expect(onResponse).toHaveBeenCalledTimes(1);
    const [info] = seen;
    expect(info?.status).toBe(404);
    expect(info?.url).toBe(`${upstream}/contracts/find?uuid=${contractUuid}`);
    expect(info?.headers.get('x-request-id')).toBe('req-1');
    expect(info?.headers.get('idempotent-replayed')).toBe('true');
    expect(info?.headers.get('x-echo')).toBe('key=[redacted]');
    // The body was rewritten, so its original length no longer applies.
    expect(info?.headers.get('content-length')).toBeNull();
  });
});
