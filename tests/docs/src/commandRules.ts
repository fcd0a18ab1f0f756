/** What the test does with a command the docs give. */
export type Treatment =
  /** Run it; it must exit 0 within the time. */
  | { readonly kind: 'run'; readonly timeoutMs: number }
  /**
   * Start it, wait for `ready` on its output, then stop it. `env` moves fixed ports to free ones
   * (others may be using the documented ones); `port` does the same for a `--port N` argument.
   */
  | {
      readonly kind: 'server';
      readonly ready: RegExp;
      readonly env?: Readonly<Record<string, string>>;
      readonly port?: boolean;
      /** Run as a project that installed `@esign-kit/sandbox` would (its bin on the PATH, nothing else). */
      readonly installedSandbox?: boolean;
      readonly timeoutMs: number;
    }
  /** Not run, for the reason given. */
  | { readonly kind: 'skip'; readonly why: string };

interface Rule {
  readonly pattern: RegExp;
  readonly treatment: Treatment;
}

const proxyWalkthrough =
  "a step of docs/proxy.md's walkthrough in the reader's own app (its express.mjs/server.mjs and " +
  'the installed packages); the commands it starts are run on their own by the rules above';

/**
 * How each documented command is treated, first match wins. Everything a newcomer can run in
 * a fresh clone runs; the skips are the commands that would change the machine, download from
 * the registry into someone else's app, or are themselves CI's other steps. A command no rule
 * covers fails the test: a new command in the docs gets a decision here.
 */
export const rules: readonly Rule[] = [
  {
    pattern: /^npm install -g /,
    treatment: {
      kind: 'skip',
      why: 'installs globally: changes the machine, not the checkout (CI does it before any test)',
    },
  },
  {
    pattern: /^npm install /,
    treatment: {
      kind: 'skip',
      why: "a reader's install into their own app from the registry: tests/consumer installs the packed packages the same way, offline",
    },
  },
  {
    pattern: /^pnpm install$/,
    treatment: {
      kind: 'skip',
      why: "CI's first step, which made this checkout runnable; re-running it mid-suite would rewrite node_modules under the other test projects",
    },
  },
  { pattern: /^pnpm test$/, treatment: { kind: 'skip', why: 'the suite this test is part of (it would run itself)' } },
  {
    pattern: /^pnpm build-storybook$/,
    treatment: { kind: 'skip', why: 'run, served and played by the storybook-static test project' },
  },
  {
    pattern: /^(pnpm bench:proxy|node scripts\/bench-proxy\.mjs --gate)$/,
    treatment: {
      kind: 'skip',
      why: 'a benchmark of 55–80 s (as the doc says); a measurement, not a correctness check',
    },
  },
  {
    pattern: /^pnpm dev$/,
    treatment: {
      kind: 'server',
      ready: /➜ Open: http:\/\/127\.0\.0\.1:\d+\//,
      env: { PORT: '0', SANDBOX_PORT: '0' },
      timeoutMs: 60_000,
    },
  },
  {
    pattern: /^pnpm storybook$/,
    treatment: { kind: 'server', ready: /Storybook .*started|Local:\s+http/i, env: { CI: '1' }, timeoutMs: 90_000 },
  },
  {
    pattern: /^npx esign-kit-sandbox --port \d+$/,
    treatment: {
      kind: 'server',
      ready: /esign-kit sandbox is running/,
      port: true,
      installedSandbox: true,
      timeoutMs: 30_000,
    },
  },
  {
    pattern: /^redis-server --port \d+ /,
    treatment: { kind: 'server', ready: /Ready to accept connections/, port: true, timeoutMs: 15_000 },
  },
  {
    pattern: /^pnpm --filter @esign-kit\/sandbox start --port \d+$/,
    treatment: { kind: 'server', ready: /esign-kit sandbox is running/, port: true, timeoutMs: 30_000 },
  },
  {
    pattern:
      /^(pnpm (build|typecheck|lint|size|check:packages|test:unit)|pnpm exec vitest run\b|node scripts\/check-size\.mjs\b)/,
    treatment: { kind: 'skip', why: 'a step of `pnpm test` (scripts/test.mjs), which CI runs on its own' },
  },
  {
    pattern: /^(pnpm format|pnpm generate(:(docs|routes|sandbox|hooks))?)$/,
    treatment: {
      kind: 'skip',
      why: 'rewrites files of the checkout (formatting, generated sources); lint and the freshness tests check their result',
    },
  },
  {
    pattern: /^(pnpm (pack|changeset|publish|-r .*publish)|npm publish)\b/,
    treatment: { kind: 'skip', why: 'packs or publishes a release (tests/consumer packs the packages itself)' },
  },
  { pattern: /^export PRIX_API_KEY=/, treatment: { kind: 'skip', why: proxyWalkthrough } },
  {
    pattern: /^export ESIGNON_[A-Z_]+=/,
    treatment: {
      kind: 'skip',
      why: "docs/esignon.md's real-eSignon set-up: the reader's own eSignon account and public callback URL (the sandbox's eSignon, which `pnpm dev` uses without them, runs under the `pnpm dev` rule)",
    },
  },
  {
    pattern: /^(PORT=\d+ )?node (express|server|node|connect|hono)\.mjs/,
    treatment: { kind: 'skip', why: proxyWalkthrough },
  },
  { pattern: /^(curl |for port |done$)/, treatment: { kind: 'skip', why: proxyWalkthrough } },
];

/** The treatment of `command`, or `undefined` when no rule covers it. */
export function treatmentOf(command: string): Treatment | undefined {
  return rules.find((rule) => rule.pattern.test(command))?.treatment;
}
