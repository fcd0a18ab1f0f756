// The short measurement behind `pnpm bench:proxy --gate` (issue 15): the proxy's server CPU per
// request and its added latency, each as a comparison with the pass-through made in one run.
// The machine may be busy (two shared cores, other jobs): CPU time per request, unlike requests
// per second, hardly depends on how much CPU the server gets, and each figure is a median over
// rounds that alternate the two targets in ABBA order, so load that comes and goes weighs on both.
import { load } from './measure.mjs';

/** The goals (issue 15): at most 1.25× the pass-through's server CPU, at most 0.15 ms added median. */
export const gateGoals = { cpuRatio: 1.25, addedMedianMs: 0.15 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** ABBA: round 0 runs the pass-through first, round 1 the proxy first, and so on. */
const inTurn = (round, targets) => (round % 2 === 0 ? targets : [...targets].reverse());

/** CPU microseconds the target's server process spent per answered request during one load run. */
async function cpuPerRequest(target, scenario, seconds, connections) {
  const before = await target.cpuMicros();
  const run = await load(target, scenario, { seconds, connections });
  return ((await target.cpuMicros()) - before) / run.requests;
}

/** Median latency (ms) of one load run at a single connection: no queueing, only the work. */
async function medianLatency(target, scenario, seconds) {
  const run = await load(target, scenario, { seconds, connections: 1, record: true });
  return median(run.latencies);
}

/**
 * Measures one scenario: `rounds` CPU rounds of `seconds` per target at `connections`, then
 * `rounds` latency rounds of `seconds / 2` at one connection. Returns the medians of the
 * per-round figures and of the per-round ratios and differences (a round's pair shares the
 * machine's state), with the spread of the ratios.
 */
export async function gateScenario({ passThrough, proxy, scenario, reset, rounds, seconds, connections }) {
  const targets = [passThrough, proxy];
  for (const target of targets) await load(target, scenario, { seconds: 1, connections });
  const cpu = { passThrough: [], proxy: [], ratio: [] };
  for (let round = 0; round < rounds; round++) {
    const figures = new Map();
    for (const target of inTurn(round, targets)) {
      await reset();
      figures.set(target, await cpuPerRequest(target, scenario, seconds, connections));
    }
    cpu.passThrough.push(figures.get(passThrough));
    cpu.proxy.push(figures.get(proxy));
    cpu.ratio.push(figures.get(proxy) / figures.get(passThrough));
  }
  const latency = { passThrough: [], proxy: [], added: [] };
  for (let round = 0; round < rounds; round++) {
    const figures = new Map();
    for (const target of inTurn(round, targets)) {
      await reset();
      figures.set(target, await medianLatency(target, scenario, seconds / 2));
    }
    latency.passThrough.push(figures.get(passThrough));
    latency.proxy.push(figures.get(proxy));
    latency.added.push(figures.get(proxy) - figures.get(passThrough));
  }
  return {
    cpuMicros: { passThrough: median(cpu.passThrough), proxy: median(cpu.proxy) },
    cpuRatio: median(cpu.ratio),
    cpuRatioRange: [Math.min(...cpu.ratio), Math.max(...cpu.ratio)],
    medianMs: { passThrough: median(latency.passThrough), proxy: median(latency.proxy) },
    addedMedianMs: median(latency.added),
    addedRangeMs: [Math.min(...latency.added), Math.max(...latency.added)],
  };
}

/** Prints one scenario's gate figures; `true` when both goals are met. */
export function reportGate(name, figures) {
  const { cpuMicros, cpuRatio, cpuRatioRange, medianMs, addedMedianMs, addedRangeMs } = figures;
  const cpuOk = cpuRatio <= gateGoals.cpuRatio;
  const latencyOk = addedMedianMs <= gateGoals.addedMedianMs;
  console.log(`\n${name}`);
  console.log(
    `  server CPU per request: pass-through ${cpuMicros.passThrough.toFixed(0)} µs, proxy ${cpuMicros.proxy.toFixed(0)} µs; ` +
      `ratio ${cpuRatio.toFixed(3)}× (rounds ${cpuRatioRange.map((r) => r.toFixed(2)).join('–')}; goal ≤ ${gateGoals.cpuRatio}) ${cpuOk ? '✔' : '✘'}`,
  );
  console.log(
    `  median at 1 connection: pass-through ${medianMs.passThrough.toFixed(3)} ms, proxy ${medianMs.proxy.toFixed(3)} ms; ` +
      `added ${addedMedianMs.toFixed(3)} ms (rounds ${addedRangeMs.map((r) => r.toFixed(3)).join(' to ')}; goal ≤ ${gateGoals.addedMedianMs}) ${latencyOk ? '✔' : '✘'}`,
  );
  return cpuOk && latencyOk;
}
