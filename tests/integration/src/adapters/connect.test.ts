import { toExpressMiddleware } from '@esign-kit/proxy/node';
import connect from 'connect';
import { describe, expect, it } from 'vitest';
import { listen } from '../servers.js';
import { basePath, describeAdapterContract, overHttp } from './adapterContract.js';

// A real Connect 3 app on loopback; Connect, like Express, cuts the mount path off req.url.
const context = describeAdapterContract('connect, mounted at the base path', async (proxy) => {
  const app = connect();
  app.use(basePath, toExpressMiddleware(proxy));
  app.use((_request, response) => {
    response.statusCode = 418;
    response.end('next handler');
  });
  const server = await listen(app);
  return overHttp(server.url, server.close);
});

describe('connect: around the contract', () => {
  it('passes paths outside the base path on to the next middleware', async () => {
    const response = await context.app.request('/elsewhere');
    expect([response.status, await response.text()]).toEqual([418, 'next handler']);
  });
});
