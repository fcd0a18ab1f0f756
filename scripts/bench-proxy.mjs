#!/usr/bin/env node
// `pnpm bench:proxy` (issue 5, "Measured"): the esign-kit proxy (routing, validation, a real
// `authorize`, schema-checked and redacted answers) against a bare pass-through on the same HTTP
// stack, both in front of one sandbox, in one run. Goal: ≥ 0.9× the pass-through's requests per
// second and ≤ 1 ms added median latency at 50 concurrent connections.
//
//   pnpm bench:proxy [--duration 10] [--rounds 5] [--warmup 3] [--connections 50]
//                    [--single-duration 3] [--check] [--profile]
//
// The sandbox, the proxy and the pass-through each run in a process of their own
// (scripts/bench/benchServer.mjs) and autocannon in this one, so no two share an event loop.
// Each target gets `duration` seconds of load, cut into `rounds` that alternate between the two
// (pass-through, proxy, pass-through, …): whatever else the machine is doing then weighs on both
// alike. The CPU time each process used per request (Linux only) is printed too: on a busy
// machine it is steadier than requests per second. At 50 connections a saturated server's
// latency is mostly queueing (connections ÷ throughput); a second, shorter measurement at one
// connection (`single-duration` seconds per target, also alternating) shows the latency the
// proxy adds to a single request.
//
// `--check` exits with 1 when a goal is missed. `--profile` writes CPU profiles of the proxy and
// of the pass-through to a temporary directory it names (open them in Chrome DevTools).
// Not part of `pnpm test`: timings are no tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load, summarise } from './bench/measure.mjs';
import { startServer, stopServers } from './bench/processes.mjs';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    'single-duration': { type: 'string', default: '3' },
    check: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const duration = Number(args.duration);
const rounds = Math.max(1, Number(args.rounds));
const warmup = Number(args.warmup);
const connections = Number(args.connections);
const singleDuration = Number(args['single-duration']);
const goal = { ratio: 0.9, addedMedianMs: 1 };

const apiKey = 'sk_bench_0123456789abcdef0123456789';
const authorization = 'Bearer bench-session-token';
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const profileDir = args.profile ? mkdtempSync(join(tmpdir(), 'esign-kit-bench-')) : undefined;

function scenariosFor(tagIds) {
  return [
    {
      name: 'query GET contracts/find?uuid=…',
      method: 'GET',
      path: `contracts/find?uuid=${contractUuid}`,
      headers: { authorization },
    },
    {
      // A mutation without an Idempotency-Key, and one no rate limit applies to: body reading,
      // the same-site check and validation, but not the store.
      name: 'mutation PATCH contracts/{uuid} (set tags)',
      method: 'PATCH',
      path: `contracts/${contractUuid}`,
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ input: { tagIds } }),
    },
  ];
}

/** Both servers must give a correct answer, and the proxy no key, before speed means anything. */
async function checkAnswers(targets, scenario) {
  for (const target of targets) {
    const { method, headers, body } = scenario;
    const response = await fetch(`${target.url}/api/esign/${scenario.path}`, { method, headers, body });
    const text = await response.text();
    if (response.status !== 200 || JSON.parse(text).ok !== true) {
      throw new Error(`${target.name}, ${scenario.name}: answered ${response.status} ${text}`);
    }
    if (text.includes(apiKey)) throw new Error(`${target.name}, ${scenario.name}: the answer holds the API key.`);
  }
}

async function compare(sandbox, targets, scenario) {
  const reset = () => fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' }); // same state for every run
  await checkAnswers(targets, scenario);
  for (const target of targets) await load(target, scenario, { seconds: warmup, connections });
  const runs = new Map(targets.map((target) => [target, []]));
  for (let round = 0; round < rounds; round++) {
    for (const target of targets) {
      await reset();
      const pids = { server: target.pid, sandbox: sandbox.pid, autocannon: process.pid };
      runs
        .get(target)
        .push(await load(target, scenario, { seconds: duration / rounds, connections, record: true, pids }));
    }
  }
  const single = new Map(targets.map((target) => [target, []]));
  for (let round = 0; singleDuration > 0 && round < rounds; round++) {
    for (const target of targets) {
      await reset();
      single
        .get(target)
        .push(await load(target, scenario, { seconds: singleDuration / rounds, connections: 1, record: true }));
    }
  }
  return targets.map((target) => ({ ...summarise(runs.get(target)), single: summarise(single.get(target)) }));
}

const fixed = (value, digits = 2) => (Number.isNaN(value) ? 'n/a' : value.toFixed(digits));

function report(scenario, base, ours) {
  const ratio = ours.requestsPerSecond / base.requestsPerSecond;
  const added = ours.medianMs - base.medianMs;
  const ok = ratio >= goal.ratio && added <= goal.addedMedianMs;
  console.log(`\n${scenario.name}`);
  console.log('                    req/s  median ms  p99 ms │ CPU ms per request: server  sandbox  autocannon');
  for (const [name, figures] of [
    ['pass-through', base],
    ['esign-kit proxy', ours],
  ]) {
    const { server, sandbox, autocannon } = figures.cpuMsPerRequest;
    console.log(
      `  ${name.padEnd(15)} ${fixed(figures.requestsPerSecond, 0).padStart(7)}  ${fixed(figures.medianMs).padStart(9)}  ${fixed(figures.p99Ms).padStart(6)} │` +
        `                     ${fixed(server, 3).padStart(6)}  ${fixed(sandbox, 3).padStart(7)}  ${fixed(autocannon, 3).padStart(10)}`,
    );
  }
  console.log(
    `  proxy / pass-through: ${fixed(ratio, 3)}× req/s (goal ≥ ${goal.ratio}), ` +
      `added median latency ${fixed(added)} ms (goal ≤ ${goal.addedMedianMs}), ` +
      `added server CPU ${fixed((ours.cpuMsPerRequest.server - base.cpuMsPerRequest.server) * 1000, 0)} µs per request  ${ok ? '✔' : '✘'}`,
  );
  if (singleDuration > 0) {
    console.log(
      `  at 1 connection: median ${fixed(base.single.medianMs, 3)} ms pass-through, ${fixed(ours.single.medianMs, 3)} ms proxy, ` +
        `added ${fixed(ours.single.medianMs - base.single.medianMs, 3)} ms (p99 ${fixed(base.single.p99Ms)} / ${fixed(ours.single.p99Ms)} ms)`,
    );
  }
  return ok;
}

async function main() {
  const env = { BENCH_API_KEY: apiKey, BENCH_AUTHORIZATION: authorization };
  const sandbox = await startServer('sandbox', { env });
  const servers = { upstream: sandbox.upstream, env, profileDir };
  const passThrough = { name: 'pass-through', ...(await startServer('pass-through', servers)) };
  const proxy = { name: 'proxy', ...(await startServer('proxy', servers)) };

  const tags = await fetch(`${proxy.url}/api/esign/contracts/tags`, { headers: { authorization } });
  const tagIds = (await tags.json()).data.slice(0, 2).map((tag) => tag.id);
  console.log(
    `Node ${process.version}; ${connections} connections; ${warmup} s warm-up, then ${duration} s per target in ${rounds} alternating rounds`,
  );
  let met = true;
  for (const scenario of scenariosFor(tagIds)) {
    const [base, ours] = await compare(sandbox, [passThrough, proxy], scenario);
    met = report(scenario, base, ours) && met;
  }
  console.log(`\n${met ? '✔ goal met' : '✘ goal missed'}`);
  return met;
}

try {
  const met = await main();
  process.exitCode = args.check && !met ? 1 : 0;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  stopServers();
  if (profileDir) console.log(`CPU profiles: ${profileDir}`);
}
