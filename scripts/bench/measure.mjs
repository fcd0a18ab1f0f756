// One load run with autocannon, and the figures drawn from several.
import autocannon from 'autocannon';
import { cpuSeconds } from './processes.mjs';

/**
 * Loads `target` with `scenario` for `seconds` and returns the answers' count, the run's length
 * and, with `record`, every response time in milliseconds (fractional: autocannon's own latency
 * histogram counts whole milliseconds, too coarse for a 1 ms budget) and the CPU time each of
 * `pids` used meanwhile. Any error or non-2xx answer fails the run: a fast wrong answer is no
 * result.
 */
export async function load(target, scenario, { seconds, connections, record = false, pids = {} }) {
  const latencies = [];
  const cpuBefore = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]));
  const instance = autocannon({
    url: `${target.url}/api/esign/${scenario.path}`,
    method: scenario.method,
    headers: scenario.headers,
    body: scenario.body,
    connections,
    duration: seconds,
  });
  if (record) instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await new Promise((resolve, reject) => {
    instance.once('done', resolve);
    instance.once('error', reject);
  });
  if (result.errors || result.timeouts || result.non2xx) {
    throw new Error(
      `${target.name}, ${scenario.name}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers.`,
    );
  }
  const cpu = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid) - cpuBefore[name]]));
  return { requests: result.requests.total, seconds: result.duration, latencies, cpu };
}

/** Pools several runs of one target: requests per second, median and p99 latency, CPU per request. */
export function summarise(runs) {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const sorted = Float64Array.from(runs.flatMap((run) => run.latencies)).sort();
  const at = (fraction) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
  const cpuMsPerRequest = {};
  for (const name of Object.keys(runs[0]?.cpu ?? {})) {
    cpuMsPerRequest[name] = (runs.reduce((sum, run) => sum + run.cpu[name], 0) * 1000) / requests;
  }
  return { requestsPerSecond: requests / seconds, medianMs: at(0.5), p99Ms: at(0.99), cpuMsPerRequest };
}
