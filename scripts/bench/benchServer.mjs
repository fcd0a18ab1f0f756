// One server of `pnpm bench:proxy`, in a process of its own so that it never shares an event
// loop with the load generator or with the other servers. Run by scripts/bench-proxy.mjs as
//   node --import tsx --conditions=@esign-kit/source scripts/bench/benchServer.mjs <role> [upstream]
// with <role> one of `sandbox`, `proxy`, `pass-through`. It prints one JSON line
// (`{ "url": … }`, and `upstream` for the sandbox) once it listens, and exits when its stdin closes.
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { createEsignProxy } from '../../packages/proxy/src/index.ts';
import { toNodeListener } from '../../packages/proxy/src/node.ts';
import { startSandbox } from '../../packages/sandbox/src/index.ts';

// The parent chooses the key and the session token, so both ends agree on them.
const benchKey = process.env.BENCH_API_KEY ?? 'sk_bench_0123456789abcdef0123456789';
const benchToken = process.env.BENCH_AUTHORIZATION ?? 'Bearer bench-session-token';
const basePath = '/api/esign';

const [role, upstream] = process.argv.slice(2);

/** The esign-kit proxy as an app would configure it: a real `authorize` that reads a header. */
function esignProxy() {
  return createEsignProxy({
    apiKey: benchKey,
    upstream,
    basePath,
    authorize: ({ request }) => request.headers.get('authorization') === benchToken,
  });
}

/**
 * The baseline: the same HTTP stack (`toNodeListener`, i.e. @hono/node-server's
 * `getRequestListener` with the same options) around a fetch handler that only swaps the base
 * path for the upstream, adds the key and sends Prix's answer back. No routing, validation,
 * authorization, schema check or redaction: what the proxy's own work is measured against.
 */
function passThrough() {
  return async (request) => {
    const url = new URL(request.url);
    const target = `${upstream}${url.pathname.slice(basePath.length)}${url.search}`;
    const headers = { 'x-api-key': benchKey, accept: 'application/json' };
    const contentType = request.headers.get('content-type');
    if (contentType) headers['content-type'] = contentType;
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const answer = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : null,
    });
    // Buffered, not `answer.body` streamed through: @hono/node-server waits a timer tick when a
    // streamed body's first read is not ready, which costs a single request about 1.5 ms and
    // more CPU under load. That would flatter the proxy; the baseline should be the fast one.
    return new Response(await answer.arrayBuffer(), {
      status: answer.status,
      headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
    });
  };
}

async function listen(handler) {
  const server = createServer(toNodeListener(handler));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

let running;
if (role === 'sandbox') {
  const sandbox = await startSandbox({ port: 0, apiKey: benchKey });
  running = { url: sandbox.url, upstream: sandbox.upstream, close: () => sandbox.close() };
} else if (role === 'proxy') {
  running = await listen(esignProxy());
} else if (role === 'pass-through') {
  running = await listen(passThrough());
} else {
  console.error(`benchServer: unknown role "${role}" (sandbox, proxy or pass-through).`);
  process.exit(2);
}
process.stdout.write(`${JSON.stringify({ url: running.url, upstream: running.upstream })}\n`);
// The parent asks for this process's CPU time with a `cpu` line (microseconds, user + system,
// from process.cpuUsage: finer than /proc's 10 ms ticks) and holds our stdin open; when it goes
// (normally or not) this server goes too.
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line !== 'cpu') return;
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ cpuMicros: user + system })}\n`);
});
process.stdin.on('end', () => {
  running.close();
  process.exit(0);
});
