// `pnpm dev`: the sandbox, the proxy and the demo admin screen, on one origin.
//
//   browser ──> http://127.0.0.1:$PORT/            the admin screen (Vite, from source)
//               http://127.0.0.1:$PORT/api/esign/  the proxy: holds the key, checks the session
//               http://127.0.0.1:$PORT/demo/       sign-in as a demo user (cookie session)
//                     └──> the sandbox on $SANDBOX_PORT, or Prix when PRIX_API_KEY and PRIX_API_URL are set
//                          (eSignon: the sandbox's, or eSignon when ESIGNON_COMPANY_ID, ESIGNON_EMAIL and
//                          ESIGNON_PASSWORD are set; its callbacks come back to /api/esign/esignon/callback)
//
// PORT (default 4000) and SANDBOX_PORT (default 4010); 0 picks a free port. When started with an
// IPC channel (tests), it also sends `{ type: 'ready', url, sandboxUrl }` to its parent.
import { readConfig } from './server/config.js';
import { startAdminServer } from './server/startAdminServer.js';

const config = readConfig();
const running = await startAdminServer(config).catch((error: unknown) => {
  console.error(`\n  The demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  if (config.prix) {
    console.error(`  Check PRIX_API_URL (${config.prix.url}) and PRIX_API_KEY, or unset both to use the sandbox.\n`);
  }
  if (config.esignon.account) {
    console.error("  Check the ESIGNON_* variables, or unset them to use the sandbox's eSignon.\n");
  }
  process.exit(1);
});

console.log('\n  esign-kit demo admin screen');
console.log(`  ➜ Open: ${running.url}`);
console.log(`    proxy ${running.url}api/esign/ → ${running.upstream}`);
console.log(
  running.sandboxUrl
    ? `    sandbox ${running.sandboxUrl} (control surface: ${running.sandboxUrl}/__sandbox/state)`
    : '    real Prix (PRIX_API_KEY and PRIX_API_URL are set)',
);
console.log(
  running.esignon
    ? `    eSignon ${running.esignon.upstream} · callbacks to ${running.esignon.callbackUrl}`
    : '    eSignon: off (real Prix without ESIGNON_COMPANY_ID, ESIGNON_EMAIL and ESIGNON_PASSWORD)',
);
console.log('');
process.send?.({ type: 'ready', url: running.url, sandboxUrl: running.sandboxUrl ?? null });

let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  await running.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
process.on('disconnect', shutdown); // the test runner that started it went away
