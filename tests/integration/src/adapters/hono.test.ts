import { createEsignProxy, toHonoHandler } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { listen, sandboxKey } from '../servers.js';
import { basePath, contractUuid, describeAdapterContract, overHttp } from './adapterContract.js';

// A real Hono 4 app on loopback. It is served the way `serve()` from @hono/node-server does it
// (`createServer(getRequestListener(app.fetch))`), through `toNodeListener`, which is that same
// listener: the tests cannot import @hono/node-server itself, a dependency of the proxy only.
const context = describeAdapterContract('hono, app.all on the base path', async (proxy, sandbox) => {
  const app = new Hono();
  app.all(`${basePath}/*`, toHonoHandler(proxy));
  // A sub-app under app.route(): its routes are relative, but the raw request keeps the whole
  // URL, so its proxy's basePath is the full public path.
  const mounted = createEsignProxy({
    apiKey: sandboxKey,
    upstream: sandbox.upstream,
    basePath: '/mounted/esign',
    authorize: () => true,
  });
  const api = new Hono();
  api.all('/esign/*', toHonoHandler(mounted));
  app.route('/mounted', api);
  const server = await listen(toNodeListener(app.fetch));
  return overHttp(server.url, server.close);
});

describe('hono: around the contract', () => {
  it("leaves other paths to Hono's own routing", async () => {
    const response = await context.app.request('/elsewhere');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('404 Not Found');
  });

  it('gives the proxy the whole URL under app.route(), so a sub-app uses the full basePath', async () => {
    const response = await context.app.request(`/mounted/esign/contracts/find?uuid=${contractUuid}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, data: { contract: { uuid: contractUuid } } });
  });
});
