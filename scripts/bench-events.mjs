#!/usr/bin/env node
// `pnpm bench:events` (issue 17): live signing events, measured, not gated.
//
//   pnpm bench:events [--events 100] [--subscribers 1000] [--signings 5]
//
// 1. Publish → arrival: one SSE route (createEventStreamRoute on a memory bus) served in this
//    process over loopback HTTP, its subscribers in a child process of their own (so their
//    parsing does not weigh on the server's event loop). p50 / p99 of the time from
//    `bus.publish` to the frame's arrival in each subscriber, with 1 and with `--subscribers`
//    concurrent streams. Both processes read the same clock (performance.timeOrigin + now()).
//    Goal (issue 17): p99 ≤ 1 s with 1,000 subscribers for pushed events (callbacks, webhooks).
// 2. Memory per idle subscriber: the server process's heap and RSS, after GC, before and after
//    opening the streams, divided by their number.
// 3. Polling: the status watcher on the real sandbox (default intervals: 2 s with a page open)
//    with every subscriber watching one contract. Upstream requests per watched contract per
//    interval (goal: 1), and the time from the sandbox recording a signature to the event
//    arriving in every subscriber (goal: within one interval plus 200 ms).
//
// Run by `node --expose-gc --import tsx --conditions=@esign-kit/source` (see package.json), so
// the TypeScript sources load without a build.
import { fork } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { parseArgs } from 'node:util';

if (process.argv[2] === '--clients') {
  runClients();
} else {
  await runBench();
}

// ─── The subscribers' process ────────────────────────────────────────────────────────────────

/**
 * Opens streams on command (IPC from the bench), records when each event frame arrives in each,
 * and sends the arrivals back: `{ seq → [absolute ms per stream] }`.
 */
function runClients() {
  const streams = [];
  const arrivals = new Map(); // event key → arrival times
  const now = () => performance.timeOrigin + performance.now();
  process.on('message', async (message) => {
    if (message.type === 'open') {
      const opened = [];
      for (let index = 0; index < message.count; index++) opened.push(openStream(message.url));
      await Promise.all(opened);
      process.send({ type: 'opened', count: streams.length });
    } else if (message.type === 'report') {
      process.send({ type: 'report', arrivals: Object.fromEntries(arrivals) });
      arrivals.clear();
    } else if (message.type === 'close') {
      for (const stream of streams.splice(0)) stream.destroy();
      process.send({ type: 'closed' });
    } else if (message.type === 'exit') {
      process.exit(0);
    }
  });

  /** Resolves once the stream's first frame (its position) arrived. */
  function openStream(url) {
    return new Promise((resolve, reject) => {
      const request = httpRequest(url, { headers: { accept: 'text/event-stream' }, agent: false }, (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`The stream answered ${response.statusCode}.`));
          return;
        }
        streams.push(request);
        response.setEncoding('utf8');
        let buffer = '';
        let ready = false;
        response.on('data', (chunk) => {
          const at = now();
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!ready && /^id: /m.test(frame)) {
              ready = true;
              resolve();
            }
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (data && !/^event: /m.test(frame)) {
              const { event } = JSON.parse(data);
              const key =
                event.type === 'participant.status' ? `${event.participantUuid}:${event.status}` : event.status;
              const list = arrivals.get(key) ?? [];
              list.push(at);
              arrivals.set(key, list);
            }
            end = buffer.indexOf('\n\n');
          }
        });
        response.on('error', () => undefined);
      });
      request.on('error', (error) => (streams.includes(request) ? undefined : reject(error)));
      request.end();
    });
  }
}

// ─── The bench ───────────────────────────────────────────────────────────────────────────────

async function runBench() {
  const { values: args } = parseArgs({
    options: {
      events: { type: 'string', default: '100' },
      subscribers: { type: 'string', default: '1000' },
      signings: { type: 'string', default: '5' },
    },
  });
  const eventCount = Number(args.events);
  const manySubscribers = Number(args.subscribers);
  const signings = Number(args.signings);

  const { createServer } = await import('node:http');
  const { toNodeListener } = await import('../packages/proxy/src/node.ts');
  const events = await import('../packages/proxy/src/events/index.ts');
  const { startSandbox, seedIds } = await import('../packages/sandbox/src/index.ts');

  const contractUuid = seedIds.mou.contractUuid;
  const now = () => performance.timeOrigin + performance.now();
  const clients = fork(new URL(import.meta.url).pathname, ['--clients'], { execArgv: [], stdio: 'inherit' });
  const ask = (message, answerType) =>
    new Promise((resolve) => {
      const onMessage = (reply) => {
        if (reply.type !== answerType) return;
        clients.off('message', onMessage);
        resolve(reply);
      };
      clients.on('message', onMessage);
      clients.send(message);
    });
  const serve = async (handler) => {
    const server = createServer(toNodeListener(handler));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${server.address().port}`,
      close: () =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(resolve);
        }),
    };
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
  const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const ms = (value) => `${value.toFixed(2)} ms`;

  console.log(`bench:events — Node ${process.version}, ${(await import('node:os')).cpus().length} CPUs\n`);

  // 1 and 2: publish → arrival, memory per idle subscriber.
  const bus = events.createMemoryEventBus({ retention: { maxEvents: 10_000 } });
  const route = await serve(events.createEventStreamRoute({ bus, authorizeSubject: () => true, heartbeatMs: 15_000 }));
  const streamUrl = `${route.url}/api/esign/events?contract=${contractUuid}`;
  console.log('Publish → arrival at subscribed SSE clients (memory bus, one route, loopback HTTP)');
  for (const subscribers of [1, manySubscribers]) {
    const memoryBefore = measureMemory();
    await ask({ type: 'open', url: streamUrl, count: subscribers }, 'opened');
    await settle();
    const memoryAfter = measureMemory();
    const published = new Map();
    // Spaced so that each event's fan-out is done before the next (latency, not throughput).
    const gapMs = Math.max(5, subscribers / 20);
    for (let seq = 0; seq < eventCount; seq++) {
      const status = `bench-${subscribers}-${seq}`;
      published.set(status, now());
      await bus.publish({ type: 'contract.status', vendor: 'prix', contractUuid, status });
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    await settle();
    const { arrivals } = await ask({ type: 'report' }, 'report');
    const latencies = [];
    let missing = 0;
    for (const [status, at] of published) {
      const times = arrivals[status] ?? [];
      missing += subscribers - times.length;
      for (const time of times) latencies.push(time - at);
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `  ${String(subscribers).padStart(5)} subscriber(s), ${eventCount} events: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1))}${missing ? `, ${missing} deliveries MISSING` : ', none missing'}`,
    );
    if (subscribers > 1) {
      const heap = (memoryAfter.heapUsed - memoryBefore.heapUsed) / subscribers;
      const rss = (memoryAfter.rss - memoryBefore.rss) / subscribers;
      console.log(
        `  memory per idle subscriber (server process, after GC): heap ${(heap / 1024).toFixed(1)} KiB, RSS ${(rss / 1024).toFixed(1)} KiB`,
      );
    }
    await ask({ type: 'close' }, 'closed');
    await settle();
  }
  await route.close();

  // 3: the status watcher polling the sandbox.
  const sandbox = await startSandbox({ port: 0, apiKey: 'sk_bench_events_0123456789abcdef' });
  // Counted at the watcher's fetch: the sandbox's own request log is emptied by each reset.
  const upstreamRequests = [];
  const countingFetch = (url, init) => {
    upstreamRequests.push(new URL(String(url)).pathname);
    return fetch(url, init);
  };
  const watchBus = events.createMemoryEventBus();
  const watcher = events.createStatusWatcher({
    bus: watchBus,
    fetchStatus: events.createPrixStatusReader({
      apiKey: 'sk_bench_events_0123456789abcdef',
      upstream: sandbox.upstream,
      fetch: countingFetch,
    }),
  });
  const pageOpenMs = 2000;
  const watched = await serve(events.createEventStreamRoute({ bus: watchBus, authorizeSubject: () => true, watcher }));
  const finds = () => upstreamRequests.filter((path) => path.endsWith('/contracts/find')).length;
  const others = () => upstreamRequests.filter((path) => !path.endsWith('/contracts/find')).length;
  console.log(
    `\nStatus watcher on the sandbox (${manySubscribers} subscribers on one contract, page open: ${pageOpenMs} ms interval)`,
  );
  await ask(
    {
      type: 'open',
      url: `${watched.url}/api/esign/events?contract=${contractUuid}&pageOpen=1`,
      count: manySubscribers,
    },
    'opened',
  );
  const findsAtStart = finds();
  const startedAt = now();
  const delays = [];
  for (let signing = 0; signing < signings; signing++) {
    sandbox.sandbox.reset();
    // Sign at a random point of the interval, as a participant would.
    await new Promise((resolve) => setTimeout(resolve, pageOpenMs + Math.random() * pageOpenMs));
    const signedAt = now();
    sandbox.sandbox.control.advanceParticipant(seedIds.mou.emailParticipantUuid, 'sign');
    await new Promise((resolve) => setTimeout(resolve, pageOpenMs + 500));
    const { arrivals } = await ask({ type: 'report' }, 'report');
    const times = arrivals[`${seedIds.mou.emailParticipantUuid}:DONE`] ?? [];
    if (times.length < manySubscribers)
      console.log(`  signing ${signing + 1}: only ${times.length} of ${manySubscribers} subscribers heard it`);
    for (const time of times) delays.push(time - signedAt);
  }
  const intervals = (now() - startedAt) / pageOpenMs;
  const reads = finds() - findsAtStart;
  delays.sort((a, b) => a - b);
  console.log(
    `  upstream contracts/find per watched contract per interval: ${(reads / intervals).toFixed(2)} (${reads} reads in ${intervals.toFixed(1)} intervals)`,
  );
  console.log(`  other upstream requests (reminders or anything else): ${others()}`);
  console.log(
    `  signature recorded → event at every subscriber: p50 ${ms(percentile(delays, 50))}, p99 ${ms(percentile(delays, 99))}, max ${ms(delays.at(-1))} (goal: ≤ ${pageOpenMs + 200} ms)`,
  );
  await ask({ type: 'close' }, 'closed');
  const closedAt = now();
  while (watcher.size > 0 && now() - closedAt < 5000) await new Promise((resolve) => setTimeout(resolve, 10));
  console.log(
    `  watcher stopped ${ms(now() - closedAt)} after the last subscriber left (contracts watched: ${watcher.size})`,
  );
  watcher.close();
  await watched.close();
  await sandbox.close();
  clients.send({ type: 'exit' });
}

/** Heap and RSS after a full GC (run with --expose-gc; without it the figures are noisier). */
function measureMemory() {
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}
