#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { defaultSandboxApiKey } from './createSandbox.js';
import { startSandbox } from './startSandbox.js';

const usage = `Usage: esign-kit-sandbox [--port 4010] [--host 127.0.0.1] [--api-key sandbox-api-key]

Serves a local Prix-compatible kit API under /kit-api/v1.
  --port      TCP port, 0 for any free one   (env SANDBOX_PORT, default 4010)
  --host      interface to bind              (default 127.0.0.1)
  --api-key   the x-api-key value to accept  (env SANDBOX_API_KEY, default ${defaultSandboxApiKey})`;

function fail(message: string): never {
  console.error(`esign-kit-sandbox: ${message}\n\n${usage}`);
  process.exit(1);
}

function parsePort(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const port = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(port >= 0 && port <= 65_535)) fail(`"${raw}" is not a port number (0–65535).`);
  return port;
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        'api-key': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

const values = readArgs();
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const running = await startSandbox({
  port: parsePort(values.port ?? process.env.SANDBOX_PORT),
  host: values.host,
  apiKey: values['api-key'] ?? (process.env.SANDBOX_API_KEY || undefined),
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

console.log(`esign-kit sandbox is running
  url:       ${running.url}
  upstream:  ${running.upstream}
  api key:   ${running.sandbox.apiKey}
  pages:     ${running.url}/pages/<kind>/<token> (the URLs page-URL operations hand out)
  inspect:   ${running.url}/__sandbox/state (also /requests, /reminders, /notifications, /framing)
  control:   POST ${running.url}/__sandbox/reset | /seed | /participants/<uuid>/advance | /fail-next | /framing`);

async function shutdown(): Promise<void> {
  await running.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
