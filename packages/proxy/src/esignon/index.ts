import { type EsignonUpstreamWire, esignonOperations } from '@esign-kit/core/esignon/server';
import { sha256Hex } from '../fingerprint.js';
import type { Vendor, VendorAccount, VendorCall, VendorCallContext, VendorResult } from '../vendor/Vendor.js';
import { esignonCallbackRoute } from './callbackRoute.js';
import { cancelWorkflow } from './cancelWorkflow.js';
import { downloadUrl } from './downloadUrl.js';
import { type EsignonOptions, resolveEsignonOptions } from './options.js';
import { readWorkflow } from './readWorkflow.js';
import { createEsignonSession, type EsignonSession } from './session.js';
import { signingUrl } from './signingUrl.js';
import { startWorkflow } from './startWorkflow.js';

export type {
  EsignonCallbackEvent,
  EsignonCallbackOptions,
  EsignonOptions,
  EsignonWorkflowStartedEvent,
} from './options.js';

type Upstream = (
  options: ReturnType<typeof resolveEsignonOptions>,
  session: EsignonSession,
  wire: EsignonUpstreamWire,
  call: VendorCall,
  context: VendorCallContext,
) => Promise<VendorResult>;

const upstreamOperations: Readonly<Record<string, Upstream>> = {
  'esignon.workflows.start': startWorkflow,
  'esignon.workflows.get': readWorkflow,
  'esignon.workflows.cancel': cancelWorkflow,
  'esignon.workflows.downloadUrl': downloadUrl,
};

/**
 * The eSignon (이싸인온) vendor for {@link createEsignProxy}: add it with
 * `vendors: [esignon({...})]`, and the proxy serves the eSignon operations (start a workflow in
 * embed mode, read, cancel, the current signer's page, download links) with every check it runs
 * for Prix (origins, input, `authorize`, idempotency, limits), plus eSignon's callback route.
 *
 * What it does on the server, so browsers never see a credential:
 * - logs in as the configured member (`1001Q`), caches the token, lets one login run at a time
 *   (concurrent calls wait for it), renews it 60 s before it expires and once more when eSignon
 *   refuses it. The password, the token and the callback secret are redacted from every answer
 *   and log line;
 * - starts every workflow in embed mode with `callback` as its ExportAPI target, and serves
 *   `POST <basePath>/esignon/callback`. eSignon signs nothing: the `Authorization` header is
 *   the only proof, checked in constant time, so `callback.authorization` must be long and
 *   random, and `callback.url` unguessable and served over HTTPS;
 * - keeps each workflow's latest state (the current signer's page) in the proxy's store, where
 *   only the read and signing-url operations, behind `authorize`, hand it to a browser.
 *
 * `authorize` sees every eSignon call with its input (`workflowId`): record who started what
 * in `onWorkflowStarted` and check it there.
 *
 * @example
 * ```ts
 * import { createEsignProxy } from '@esign-kit/proxy'
 * import { esignon } from '@esign-kit/proxy/esignon'
 *
 * const proxy = createEsignProxy({
 *   vendors: [
 *     esignon({
 *       upstream: process.env.ESIGNON_API_URL ?? 'https://docs.esignon.net',
 *       companyId: process.env.ESIGNON_COMPANY_ID!,
 *       email: process.env.ESIGNON_EMAIL!,
 *       password: process.env.ESIGNON_PASSWORD!,
 *       callback: {
 *         url: 'https://admin.example.com/api/esign/esignon/callback',
 *         authorization: process.env.ESIGNON_CALLBACK_AUTHORIZATION!,
 *       },
 *       onWorkflowStarted: ({ request, workflowId }) => owners.record(workflowId, userOf(request)),
 *     }),
 *   ],
 *   publicOrigins: ['https://admin.example.com'],
 *   authorize: ({ request, input }) => owners.allows(userOf(request), input),
 * })
 * ```
 */
export function esignon(options: EsignonOptions): Vendor {
  const config = resolveEsignonOptions(options);
  const session = createEsignonSession(config);
  const fixedSecrets = [config.password, config.callbackAuthorization];
  const tenant = sha256Hex(`esignon\n${config.companyId}\n${config.email}`);
  const secrets = () => [...fixedSecrets, ...session.recentTokens()];
  const withoutTokens = (text: string) =>
    session.recentTokens().reduce((clean, token) => clean.replaceAll(token, '[redacted]'), text);

  return {
    id: 'esignon',
    name: 'eSignon',
    operations: esignonOperations,
    staticSecrets: fixedSecrets,
    async account(): Promise<VendorAccount> {
      const hash = await tenant;
      // A getter: the token may be renewed during the call, and the new one must be redacted too.
      return {
        tenant: `esignon:${hash}`,
        get secrets() {
          return secrets();
        },
      };
    },
    async call(call, context) {
      const wire = (call.operation as { esignon?: EsignonUpstreamWire | { local: true } }).esignon;
      if (wire?.local) return signingUrl(config, call, context);
      const perform = upstreamOperations[call.operation.id];
      if (!wire || !perform) {
        throw new TypeError(`esignon: no eSignon call is known for operation "${call.operation.id}".`);
      }
      // The proxy redacts the secrets the account had when the call began; a token renewed
      // during the call is new to it, so the vendor removes its own from what it hands back.
      const report = (errorCode: string, status: number, detail: string) =>
        context.report(errorCode, status, withoutTokens(detail));
      const result = await perform(config, session, wire, call, { ...context, report });
      return result.ok ? result : { ...result, message: withoutTokens(result.message) };
    },
    routes: [esignonCallbackRoute(config)],
  };
}
