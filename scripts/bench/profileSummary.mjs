#!/usr/bin/env node
// Sums a CPU profile's self time per function (or per file), heaviest first: the quick read of
// what `pnpm bench:proxy --profile` wrote, without opening Chrome DevTools. Idle time is left
// out, so the shares are of the time the process was busy.
//
//   node scripts/bench/profileSummary.mjs <file.cpuprofile | directory> [--by file] [--top 30]
//
// A directory is searched for `.cpuprofile` files (the bench writes one per process under
// `proxy/` and `pass-through/`), and each is summarised in turn. Only the main thread's profile
// matters: tsx's loader thread writes a second, small one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { by: { type: 'string', default: 'function' }, top: { type: 'string', default: '30' } },
});
if (positionals.length !== 1) {
  console.error('Usage: node scripts/bench/profileSummary.mjs <file.cpuprofile | directory> [--by file] [--top 30]');
  process.exit(2);
}

/** Every `.cpuprofile` under `path` (or `path` itself). */
function profilesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true })
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort()
    .map((name) => join(path, name));
}

/** A source URL shortened to what tells files apart: the package path, or the repository path. */
function shortUrl(url) {
  const inPackage = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(.+)$/);
  if (inPackage) return inPackage[1];
  return url.startsWith('file://') ? relative(process.cwd(), new URL(url).pathname) : url;
}

function summarise(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfMicros = new Map();
  let busyMicros = 0;
  profile.samples.forEach((id, index) => {
    const frame = frames.get(id);
    if (frame.functionName === '(idle)') return;
    const micros = profile.timeDeltas[index] ?? 0;
    const where = shortUrl(frame.url);
    const key = args.by === 'file' ? where || frame.functionName : `${frame.functionName || '(anonymous)'}  ${where}`;
    selfMicros.set(key, (selfMicros.get(key) ?? 0) + micros);
    busyMicros += micros;
  });
  console.log(`\n${file}: ${(busyMicros / 1000).toFixed(0)} ms busy`);
  const heaviest = [...selfMicros].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top));
  for (const [key, micros] of heaviest) {
    const share = ((100 * micros) / busyMicros).toFixed(1);
    console.log(`${(micros / 1000).toFixed(1).padStart(9)} ms ${share.padStart(5)} %  ${key}`);
  }
}

for (const file of profilesUnder(positionals[0])) summarise(file);
