import { describe, expect, it } from 'vitest';
import { readUpstreamBody } from '../readUpstreamBody.js';

const encoder = new TextEncoder();

/** A body of the given chunks; `cancelled` settles with the reason once the reader gives up on it. */
function streamedResponse(chunks: readonly string[], headers: Record<string, string> = {}, stayOpen = false) {
  let cancelled: (reason: unknown) => void = () => {};
  const cancel = new Promise<unknown>((resolve) => {
    cancelled = resolve;
  });
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      if (!stayOpen) controller.close();
    },
    cancel: (reason) => cancelled(reason),
  });
  return { response: new Response(stream, { headers }), cancel };
}

describe('readUpstreamBody', () => {
  it('parses a body read in chunks, split inside a multi-byte character', async () => {
    const bytes = encoder.encode('{"ok":true,"data":{"name":"홍길동"}}');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 28)); // ends inside 홍
        controller.enqueue(bytes.slice(28));
        controller.close();
      },
    });
    const body = await readUpstreamBody(new Response(stream), 1024, new AbortController().signal);
    expect(body).toEqual({ ok: true, payload: { ok: true, data: { name: '홍길동' } } });
  });

  it('reads an empty or non-JSON body as no payload', async () => {
    const signal = new AbortController().signal;
    expect(await readUpstreamBody(new Response(null), 10, signal)).toEqual({ ok: true, payload: undefined });
    expect(await readUpstreamBody(new Response('<html>'), 10, signal)).toEqual({ ok: true, payload: undefined });
  });

  it('stops at maxBytes and cancels the rest of the stream', async () => {
    const { response, cancel } = streamedResponse(['{"ok":true,', '"data":"', 'x'.repeat(100)], {}, true);
    expect(await readUpstreamBody(response, 64, new AbortController().signal)).toEqual({
      ok: false,
      reason: 'too-large',
    });
    await cancel;
  });

  it('refuses a declared content-length over maxBytes without reading, unless the body is compressed', async () => {
    const declared = streamedResponse(['{}'], { 'content-length': '999999' }, true);
    expect(await readUpstreamBody(declared.response, 64, new AbortController().signal)).toMatchObject({ ok: false });
    await declared.cancel;
    // A compressed length says nothing of the size once decoded: the count decides.
    const compressed = streamedResponse(['{}'], { 'content-length': '999999', 'content-encoding': 'gzip' });
    expect(await readUpstreamBody(compressed.response, 64, new AbortController().signal)).toEqual({
      ok: true,
      payload: {},
    });
  });

  it('throws the signal reason and cancels the stream when the signal aborts mid-body', async () => {
    const { response, cancel } = streamedResponse(['{"ok":true,'], {}, true);
    const controller = new AbortController();
    const reading = readUpstreamBody(response, 1024, controller.signal);
    const reason = new DOMException('No answer within 5 ms.', 'TimeoutError');
    setTimeout(() => controller.abort(reason), 5);
    await expect(reading).rejects.toBe(reason);
    expect(await cancel).toBe(reason);
  });

  it('does not start reading under a signal already aborted', async () => {
    const { response, cancel } = streamedResponse(['{}'], {}, true);
    const controller = new AbortController();
    controller.abort(new Error('client left'));
    await expect(readUpstreamBody(response, 1024, controller.signal)).rejects.toThrow('client left');
    await cancel;
  });
});
