import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/** A throwaway redis-server for one test file, and the clients connected to it. */
export interface RedisTestServer {
  readonly port: number;
  /** A new connection (each proxy instance in a test gets its own, as in production). */
  connect(): Redis;
  /** Empties the database between tests. */
  flush(): Promise<void>;
  /** Disconnects every client, stops the server and removes its directory. */
  close(): Promise<void>;
}

const serverPath = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

/**
 * Starts Debian's redis-server on a free loopback port with a temporary directory and no
 * persistence, so tests never touch a Redis someone else runs. Installed by
 * `node scripts/ensure-redis.mjs` (a step of `pnpm test`).
 */
export async function startRedisServer(): Promise<RedisTestServer> {
  if (!existsSync(serverPath)) {
    throw new Error(`${serverPath} is missing: run \`node scripts/ensure-redis.mjs\` (or set REDIS_SERVER_PATH).`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'esign-kit-redis-'));
  // The free port can be taken between probing and binding: try a few.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      const child = await spawnReady(port, dir);
      return serve(child, port, dir);
    } catch (error) {
      if (attempt >= 5) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
}

function serve(child: ChildProcess, port: number, dir: string): RedisTestServer {
  const clients: Redis[] = [];
  const admin = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 1 });
  return {
    port,
    connect() {
      const client = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 1 });
      clients.push(client);
      return client;
    },
    async flush() {
      await admin.flushdb();
    },
    async close() {
      await Promise.all([admin, ...clients].map((client) => client.quit().catch(() => client.disconnect())));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function spawnReady(port: number, dir: string): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'];
  const child = spawn(serverPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // If the test run dies without its afterAll, the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  let ready = false;
  return new Promise((resolve, reject) => {
    // Both streams are read to the end (unread pipes would block the server once full).
    const onData = (chunk: Buffer) => {
      if (ready) return;
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        ready = true;
        child.off('exit', onExit);
        resolve(child);
      }
    };
    const onExit = (code: number | null) =>
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`));
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** A port the OS says is free right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
