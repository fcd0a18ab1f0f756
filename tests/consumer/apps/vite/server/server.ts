// The SPA's own server, as a user writes it from the README: the sandbox (in place of Prix), the
// proxy under /api/esign and the built app. Server-only code: type-checked without the DOM lib.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createEsignProxy } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { startSandbox } from '@esign-kit/sandbox';

const port = Number(process.env.PORT ?? 3000);
// The origin browsers load the app from (not the address this server binds).
const publicOrigin = process.env.PUBLIC_ORIGIN ?? `http://localhost:${port}`;
const distDir = join(import.meta.dirname, '..', 'dist');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const sandbox = await startSandbox({ port: 0 });
const proxy = createEsignProxy({
  apiKey: sandbox.sandbox.apiKey,
  upstream: sandbox.upstream,
  authorize: () => true,
  publicOrigins: [publicOrigin],
});
const proxyListener = toNodeListener(proxy);
const appConfig = JSON.stringify({ pageOrigin: sandbox.url, contractUuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a' });

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://app').pathname;
  if (path === '/api/esign' || path.startsWith('/api/esign/')) return proxyListener(request, response);
  if (path === '/app-config.json') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(appConfig);
    return;
  }
  const file = normalize(join(distDir, path === '/' ? 'index.html' : path));
  if (!file.startsWith(distDir)) {
    response.writeHead(404).end();
    return;
  }
  readFile(file).then(
    (body) => response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body),
    () => response.writeHead(404).end('Not found'),
  );
});
server.listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ ready: true, url: `http://127.0.0.1:${port}`, sandboxUrl: sandbox.url }));
});

process.on('SIGTERM', () => {
  server.close();
  void sandbox.close().then(() => process.exit(0));
});
