#!/usr/bin/env node
// `pnpm bench:proxy` (issues 5 and 15): the esign-kit proxy (routing, validation, a real
// `authorize`, schema-checked and redacted answers) against a bare pass-through on the same HTTP
// stack, both in front of one sandbox, in one run. Goals (issue 15): the proxy's server CPU per
// request at most 1.25× the pass-through's, and at most 0.15 ms added median latency at one
// connection. The saturation ratio (requests per second at 50 connections) is reported, not gated.
//
//   pnpm bench:proxy [--duration 10] [--rounds 5] [--warmup 3] [--connections 50]
//                    [--single-duration 3] [--check] [--profile]
//   pnpm bench:proxy --gate [--gate-rounds 6] [--gate-seconds 1] [--gate-connections 10]
//
// The sandbox, the proxy and the pass-through each run in a process of their own
// (scripts/bench/benchServer.mjs) and autocannon in this one, so no two share an event loop.
// Each target gets `duration` seconds of load, cut into `rounds` that alternate between the two
// (pass-through, proxy, pass-through, …): whatever else the machine is doing then weighs on both
// alike. The CPU time each process used per request is printed too (the servers' from their own
// process.cpuUsage, the others' from Linux's /proc): on a busy machine it is steadier than
// requests per second. At 50 connections a saturated server's latency is mostly queueing
// (connections ÷ throughput); a second, shorter measurement at one connection
// (`single-duration` seconds per target, also alternating) shows the latency the proxy adds to
// a single request.
//
// `--gate` is the short form `pnpm test` runs (under a minute, see scripts/bench/gate.mjs):
// medians over ABBA rounds of CPU per request and of the median at one connection, exit 1 when
// a goal is missed. `--check` does the same for the long form. `--profile` writes CPU profiles of
// the proxy and of the pass-through to a temporary directory it names (open them in Chrome
// DevTools, or sum them with scripts/bench/profileSummary.mjs).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gateGoals, gateScenario, reportGate } from './bench/gate.mjs';
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
    gate: { type: 'boolean', default: false },
    'gate-rounds': { type: 'string', default: '6' },
    'gate-seconds': { type: 'string', default: '1' },
    'gate-connections': { type: 'string', default: '10' },
  },
});
const duration = Number(args.duration);
const rounds = Math.max(1, Number(args.rounds));
const warmup = Number(args.warmup);
const connections = Number(args.connections);
const singleDuration = Number(args['single-duration']);

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
      const pids = { sandbox: sandbox.pid, autocannon: process.pid };
      const before = await target.cpuMicros();
      const run = await load(target, scenario, { seconds: duration / rounds, connections, record: true, pids });
      runs.get(target).push({ ...run, cpu: { server: ((await target.cpuMicros()) - before) / 1e6, ...run.cpu } });
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
  const saturation = ours.requestsPerSecond / base.requestsPerSecond;
  const cpuRatio = ours.cpuMsPerRequest.server / base.cpuMsPerRequest.server;
  const addedSingle = ours.single.medianMs - base.single.medianMs;
  const ok = cpuRatio <= gateGoals.cpuRatio && (singleDuration <= 0 || addedSingle <= gateGoals.addedMedianMs);
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
    `  proxy / pass-through: server CPU ${fixed(cpuRatio, 3)}× per request (goal ≤ ${gateGoals.cpuRatio}), ` +
      `added ${fixed((ours.cpuMsPerRequest.server - base.cpuMsPerRequest.server) * 1000, 0)} µs; ` +
      `saturation ${fixed(saturation, 3)}× req/s at ${connections} connections (no goal)`,
  );
  if (singleDuration > 0) {
    console.log(
      `  at 1 connection: median ${fixed(base.single.medianMs, 3)} ms pass-through, ${fixed(ours.single.medianMs, 3)} ms proxy, ` +
        `added ${fixed(addedSingle, 3)} ms (goal ≤ ${gateGoals.addedMedianMs}; p99 ${fixed(base.single.p99Ms)} / ${fixed(ours.single.p99Ms)} ms)`,
    );
  }
  console.log(`  ${ok ? '✔' : '✘'}`);
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
  if (args.gate) return gate(sandbox, passThrough, proxy, scenariosFor(tagIds));
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

/** The short gate (`--gate`): CPU ratio and added median per scenario, medians over ABBA rounds. */
async function gate(sandbox, passThrough, proxy, scenarios) {
  const rounds = Math.max(2, Number(args['gate-rounds']));
  const seconds = Number(args['gate-seconds']);
  const gateConnections = Number(args['gate-connections']);
  console.log(
    `Node ${process.version}; gate: ${rounds} ABBA rounds of ${seconds} s per target at ${gateConnections} connections (CPU), ` +
      `then ${rounds} of ${seconds / 2} s at 1 connection (latency)`,
  );
  const reset = () => fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
  let met = true;
  for (const scenario of scenarios) {
    await checkAnswers([passThrough, proxy], scenario);
    const figures = await gateScenario({
      passThrough,
      proxy,
      scenario,
      reset,
      rounds,
      seconds,
      connections: gateConnections,
    });
    met = reportGate(scenario.name, figures) && met;
  }
  console.log(`\n${met ? '✔ goals met' : '✘ goal missed'}`);
  return met;
}

try {
  const met = await main();
  process.exitCode = (args.check || args.gate) && !met ? 1 : 0;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  stopServers();
  if (profileDir)
    console.log(`CPU profiles: ${profileDir} (sum them: node scripts/bench/profileSummary.mjs ${profileDir})`);
}
