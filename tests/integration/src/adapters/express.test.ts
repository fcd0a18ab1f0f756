import { toExpressMiddleware } from '@esign-kit/proxy/node';
import express, { type ErrorRequestHandler } from 'express';
import { describe, expect, it } from 'vitest';
import { listen } from '../servers.js';
import { basePath, describeAdapterContract, overHttp, participantUuid, signatureUuid } from './adapterContract.js';

// Real Express 5 apps on loopback, the proxy mounted with `app.use`.
const reportErrors: ErrorRequestHandler = (error: Error, _request, response, _next) => {
  response.status(500).json({ thrown: error.message });
};

describeAdapterContract('express, mounted at the base path', async (proxy) => {
  const app = express();
  app.use(basePath, toExpressMiddleware(proxy)); // Express cuts `/api/esign` off req.url
  const server = await listen(app);
  return overHttp(server.url, server.close);
});

const afterJsonParser = describeAdapterContract('express, mounted at the root after express.json()', async (proxy) => {
  const app = express();
  app.use(express.json(), express.urlencoded());
  app.use(toExpressMiddleware(proxy));
  app.get('/health', (_request, response) => {
    response.type('text').send('next handler');
  });
  const server = await listen(app);
  return overHttp(server.url, server.close);
});

describe('express: around the contract', () => {
  it('passes paths outside the base path on to next()', async () => {
    const response = await afterJsonParser.app.request('/health');
    expect([response.status, await response.text()]).toEqual([200, 'next handler']);
    const beside = await afterJsonParser.app.request('/api/esign-elsewhere');
    expect(beside.status).toBe(404);
    expect(await beside.text()).not.toContain('ESIGN_KIT'); // Express's own 404, not the proxy's
  });

  it('refuses a form that express.urlencoded() parsed, as the proxy refuses any non-JSON body (415)', async () => {
    const response = await afterJsonParser.app.request(`${basePath}/signatures/${signatureUuid}/send`, {
      method: 'POST',
      headers: { authorization: 'Bearer contract', 'content-type': 'application/x-www-form-urlencoded' },
      body: `participantUuid=${participantUuid}`,
    });
    expect(response.status).toBe(415);
    expect(afterJsonParser.sandbox.sandbox.state.requests).toHaveLength(0);
  });

  it('serves a GET whose (empty) stream another middleware read: a GET has no body to lose', async () => {
    const app = express();
    app.use((request, _response, next) => {
      request.resume();
      request.on('end', () => next());
    });
    app.use(toExpressMiddleware(async (request) => new Response(request.method)));
    const server = await listen(app);
    const response = await fetch(`${server.url}${basePath}/contracts/find`);
    await server.close();
    expect([response.status, await response.text()]).toEqual([200, 'GET']);
  });

  it('fails with a clear error when another middleware read the body and kept nothing', async () => {
    const app = express();
    app.use((request, _response, next) => {
      request.resume(); // reads the stream to its end and drops it
      request.on('end', () => next());
    });
    app.use(toExpressMiddleware(async () => new Response('unreachable')));
    app.use(reportErrors);
    const server = await listen(app);
    const response = await fetch(`${server.url}${basePath}/signatures/${signatureUuid}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ participantUuid }),
    });
    await server.close();
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ thrown: expect.stringMatching(/Mount the esign-kit proxy before/) });
  });

  it('uses a kept req.rawBody, the bytes as sent, over a re-serialised req.body', async () => {
    const seen: string[] = [];
    const app = express();
    app.use(
      express.json({
        verify: (request, _response, buffer) => {
          (request as { rawBody?: Buffer }).rawBody = buffer;
        },
      }),
    );
    app.use(
      toExpressMiddleware(async (request) => {
        seen.push(await request.text());
        return new Response('{}');
      }),
    );
    const server = await listen(app);
    const sent = '{ "participantUuid" : "kept as sent" }';
    await fetch(`${server.url}${basePath}/x`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: sent,
    });
    await fetch(`${server.url}${basePath}/x`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'as is',
    });
    await server.close();
    expect(seen).toEqual([sent, 'as is']);
  });

  it('honours a custom basePath, and leaves req.url as the mount made it for the rest of the app', async () => {
    const urls: string[] = [];
    const app = express();
    app.use((request, response, next) => {
      response.on('finish', () => urls.push(request.url)); // an access logger, say
      next();
    });
    app.use(
      '/esign',
      toExpressMiddleware(async (request) => new Response(new URL(request.url).pathname), { basePath: '/esign/' }),
    );
    app.use('/esign', (_request, response) => {
      response.send('after');
    });
    const server = await listen(app);
    const handled = await fetch(`${server.url}/esign/contracts/find`);
    expect(await handled.text()).toBe('/esign/contracts/find');
    const passed = await fetch(`${server.url}/esign`);
    expect(await passed.text()).toBe('after');
    await server.close();
    expect(urls).toEqual(['/contracts/find', '/']);
  });
});
