// `pnpm dev`: the sandbox, the proxy and the demo admin screen, on the embedded default.
//
//   browser ──> http://127.0.0.1:$PORT          (Vite: the demo app, from source)
//               http://127.0.0.1:$PORT/api/esign (the proxy: holds the key)
//                     └──> $SANDBOX upstream     (the sandbox, or Prix when PRIX_API_* are set)
//
// Ports: PORT (default 4000) and SANDBOX_PORT (default 4010).
import { createServer } from 'node:http';
import { createEsignProxy, toNodeListener } from '@esign-kit/proxy';
import { startSandbox } from '@esign-kit/sandbox';
import { createServer as createViteServer } from 'vite';

const port = Number(process.env.PORT ?? 4000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4010);
const host = '127.0.0.1';

const realPrix = process.env.PRIX_API_KEY && process.env.PRIX_API_URL;
const sandbox = realPrix ? undefined : await startSandbox({ port: sandboxPort, host });
const upstream = realPrix ? (process.env.PRIX_API_URL as string) : (sandbox?.upstream as string);
const apiKey = realPrix ? (process.env.PRIX_API_KEY as string) : (sandbox?.sandbox.apiKey as string);

const proxy = toNodeListener(
  createEsignProxy({
    apiKey,
    upstream,
    // The demo has no sign-in yet, so it lets every request through. A real app checks its
    // session here (see the README's proxy example).
    authorize: () => true,
    onError: (event) =>
      console.warn(`[esign-kit proxy] ${event.errorCode} ${event.operationId ?? ''}: ${event.detail}`),
  }),
);

const vite = await createViteServer({
  configFile: new URL('./vite.config.ts', import.meta.url).pathname,
  server: { middlewareMode: true, hmr: { port: port + 1 } },
  appType: 'spa',
});

const server = createServer((request, response) => {
  const path = request.url ?? '/';
  if (path.startsWith('/api/esign/')) return proxy(request, response);
  if (path.startsWith('/__sandbox/') && sandbox) {
    // Lets the demo show what the sandbox recorded (development only).
    response.writeHead(307, { location: `${sandbox.url}${path}` });
    return response.end();
  }
  vite.middlewares(request, response);
});
server.listen(port, host, () => {
  console.log('\n  esign-kit dev');
  console.log(`  ➜ Demo admin screen: http://${host}:${port}/`);
  console.log(`  ➜ Proxy:             http://${host}:${port}/api/esign/  →  ${upstream}`);
  if (sandbox) console.log(`  ➜ Sandbox:           ${sandbox.url}  (x-api-key: ${sandbox.sandbox.apiKey})`);
  else console.log('  ➜ Using the real Prix API (PRIX_API_KEY and PRIX_API_URL are set).');
  console.log('');
});

const shutdown = async () => {
  server.close();
  await vite.close();
  await sandbox?.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
