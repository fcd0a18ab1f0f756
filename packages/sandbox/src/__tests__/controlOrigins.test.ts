import { describe, expect, it } from 'vitest';
import { isControlOrigin, isLoopbackOrigin } from '../control/controlOrigins.js';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';

const testPage = 'http://localhost:63315';

function call(sandbox: Sandbox, path: string, method: string, origin: string, body?: unknown) {
  return sandbox.fetch(
    new Request(`http://127.0.0.1:4120/__sandbox/${path}`, {
      method,
      headers: {
        origin,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'OPTIONS' ? { 'access-control-request-method': 'POST' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

describe('control origins', () => {
  it("tells this machine's pages from others", () => {
    for (const origin of [
      'http://localhost:5173',
      'http://127.0.0.1:4010',
      'http://127.8.9.10',
      'https://[::1]:8443',
    ]) {
      expect(isLoopbackOrigin(origin), origin).toBe(true);
    }
    for (const origin of [
      'http://localhost.evil.example',
      'http://10.0.0.1:5173',
      'https://example.com',
      'null',
      'file://',
    ]) {
      expect(isLoopbackOrigin(origin), origin).toBe(false);
    }
    expect(isControlOrigin('https://demo.example', ['https://demo.example'])).toBe(true);
    expect(isControlOrigin('https://demo.example', ['loopback'])).toBe(false);
    expect(isControlOrigin('http://localhost:3000', [])).toBe(false);
  });

  it('lets a listed page drive the control surface with CORS, preflight included', async () => {
    const sandbox = createSandbox({ controlOrigins: ['loopback'] });

    const preflight = await call(sandbox, 'framing', 'OPTIONS', testPage);
    const set = await call(sandbox, 'framing', 'POST', testPage, { refuse: ['contract-detail'] });
    const advance = await call(sandbox, `participants/${seedIds.mou.emailParticipantUuid}/advance`, 'POST', testPage, {
      action: 'sign',
    });
    const read = await call(sandbox, 'state', 'GET', testPage);

    expect(preflight.status).toBe(204);
    expect(Object.fromEntries(preflight.headers)).toMatchObject({
      'access-control-allow-origin': testPage,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type',
      vary: 'origin',
    });
    expect(set.status).toBe(200);
    expect(set.headers.get('access-control-allow-origin')).toBe(testPage);
    expect(sandbox.control.refusedFraming()).toEqual(['contract-detail']);
    expect(advance.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBe(testPage);
  });

  it('still refuses pages that are not listed, and everyone by default', async () => {
    const listed = createSandbox({ controlOrigins: ['http://localhost:5173'] });
    const closed = createSandbox();

    const elsewhere = await call(listed, 'reset', 'POST', 'http://localhost:5174');
    const preflight = await call(listed, 'reset', 'OPTIONS', 'https://evil.example');
    const byDefault = await call(closed, 'framing', 'POST', testPage, { refuse: true });

    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.status).toBe(403);
    expect(byDefault.status).toBe(403);
    expect(closed.control.refusedFraming()).toEqual([]);
    expect((await call(listed, 'reset', 'POST', 'http://localhost:5173')).status).toBe(200);
  });
});
