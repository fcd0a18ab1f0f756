import { toNextRouteHandlers } from '@esign-kit/proxy';
import { NextRequest } from 'next/server.js';
import { describe, expect, it } from 'vitest';
import { describeAdapterContract } from './adapterContract.js';

// Next.js App Router: the route file's exports are called with a real `NextRequest`, as Next.js
// calls them, in process; the proxy behind them calls the sandbox over loopback HTTP. A real
// `next` server would first compile an app (tens of seconds, and files written into the repo),
// too slow for every CI run; what it adds, routing `app/api/esign/[...path]/route.ts` to these
// exports with the whole URL, is Next.js's own tested behaviour.
const origin = 'http://localhost:3000';
type Method = keyof ReturnType<typeof toNextRouteHandlers>;

describeAdapterContract('next.js route handlers', async (proxy) => {
  const handlers = toNextRouteHandlers(proxy);
  return {
    origin,
    request: async (path, init) => {
      const request = new NextRequest(new URL(path, origin), init as ConstructorParameters<typeof NextRequest>[1]);
      const handler = handlers[request.method as Method];
      return handler ? handler(request) : new Response(null, { status: 405 });
    },
    close: async () => undefined,
  };
});

describe('next.js: the route file', () => {
  it('exports a handler for every method the proxy may answer, all of them the proxy', async () => {
    const seen: string[] = [];
    const handlers = toNextRouteHandlers(async (request) => {
      seen.push(request.method);
      return new Response(null, { status: 204 });
    });
    const { GET, HEAD, POST, PUT, PATCH, DELETE } = handlers;
    for (const [method, handler] of Object.entries({ GET, HEAD, POST, PUT, PATCH, DELETE })) {
      expect((await handler(new NextRequest(`${origin}/api/esign/x`, { method }))).status).toBe(204);
    }
    expect(seen).toEqual(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
  });
});
