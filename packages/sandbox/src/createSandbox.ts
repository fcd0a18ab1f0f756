import { assertOperationList, builtInOperations, createRouteMatcher } from '@esign-kit/core/server';
import type { ControlOrigins } from './control/controlOrigins.js';
import { controlPrefix, handleControlRequest } from './control/index.js';
import { createSandboxControl, type SandboxControl } from './control/sandboxControl.js';
import { pagesPrefix } from './domain/pageSessions.js';
import type { EsignonSandboxControl } from './esignon/control.js';
import { createEsignonSandbox, esignonControlPrefix, esignonPrefix } from './esignon/index.js';
import type { EsignonSandboxOptions } from './esignon/options.js';
import { handleKitRequest, type KitContext, kitPrefix } from './handleKitRequest.js';
import { createFramingSwitch, type RefuseFraming } from './pages/framing.js';
import { handlePageRequest } from './pages/index.js';
import { sandboxFailure } from './respond.js';
import { createState, type SandboxState } from './state/index.js';
import { createSandboxVariance, type SandboxVariance, type VarianceOptions } from './variance/sandboxVariance.js';

/** The API key a sandbox accepts when none is given. */
export const defaultSandboxApiKey = 'sandbox-api-key';

export interface SandboxOptions {
  /**
   * The only `x-api-key` value the sandbox accepts.
   * @default 'sandbox-api-key'
   */
  apiKey?: string;
  /**
   * The sandbox clock: log and notification times, `createdAt` of new records, expiry checks,
   * contract periods, certificate readiness.
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * How long after a contract's conclusion its audit-trail certificate can be downloaded; before
   * that, `concluded-contract-files-url` answers `SIGNATURE_CERTIFICATE_NOT_READY` (reference
   * §2.14 says the certificate may lag). `0` makes it ready at once.
   * @default 60_000
   */
  certificateDelayMs?: number;
  /**
   * Hosted pages that refuse to be framed (`X-Frame-Options: DENY` plus `frame-ancestors
   * 'none'`): `true` every page, or a list of page kinds (`['contract-detail']`) and page URLs
   * (that one page). For trying the page launcher's fallback from a modal to a new tab. Change it
   * later with `control.refuseFraming()` or `POST /__sandbox/framing`; `reset()` comes back to
   * this value.
   * @default false — every page can be framed
   */
  refuseFraming?: RefuseFraming;
  /**
   * Browser origins allowed to drive the control surface from another origin, routes that change
   * state included (CORS with preflight): exact origins, or `'loopback'` for any page served from
   * this machine (`localhost`, `127.0.0.1`, `[::1]`, any port), such as a test page on a dev
   * server. Development only: a listed page can reset and seed the sandbox and sign for its
   * participants. Others may only read (`GET` routes answer `access-control-allow-origin: *`).
   * @default []
   */
  controlOrigins?: ControlOrigins;
  /**
   * Variance mode, seeded and reproducible: successful answers come in the shapes a real Prix
   * may use (`null` for an absent optional field and absent for a `null` one, statuses nobody
   * documented, extra fields), to prove that code reading them tolerates it. Change it later with
   * `sandbox.variance.set()`.
   * @default false — answers are exactly the documented shapes
   */
  variance?: VarianceOptions | false;
  /**
   * The eSignon stand-in served under `/esignon/` (the proxy's eSignon base URL is
   * `<sandbox>/esignon`): company, member and password, token lifetime, framing, callback retries.
   * @default company `esignkit`, member `admin@esignkit.example`, password `sandbox-esignon-pw`
   */
  esignon?: EsignonSandboxOptions;
}

/** A Prix-compatible kit API living in memory. */
export interface Sandbox {
  /** The API key requests must send in `x-api-key`. */
  readonly apiKey: string;
  /**
   * A standard fetch handler: serves the kit under `/kit-api/v1/`, the hosted pages that page-URL
   * operations hand out under `/pages/` and the control surface under `/__sandbox/`. Always
   * resolves, never rejects.
   */
  fetch(request: Request): Promise<Response>;
  /** The live data and logs; tests may read it, or change it to arrange a scenario. */
  readonly state: SandboxState;
  /** Drives the sandbox without HTTP: reset, seed, sign for a participant, inject a failure, snapshot. */
  readonly control: SandboxControl;
  /** The variance mode's switch: `variance.set({ seed: 42 })`, `variance.set(false)`. */
  readonly variance: SandboxVariance;
  /**
   * Drives the eSignon stand-in without HTTP: expire tokens, force a `result_code`, duplicate
   * callbacks, allow frames, sign as a signer, see the callbacks sent. Also under `/__sandbox/esignon/`.
   */
  readonly esignon: EsignonSandboxControl;
  /**
   * Restores the seed data, clears the logs, page sessions and injected failures, and puts the
   * framing switch back to the `refuseFraming` option (`control.reset()`).
   */
  reset(): void;
}

/**
 * Creates an in-memory sandbox of the Prix kit API, seeded with the reference's examples. Call
 * its `fetch` directly in tests, or serve it over HTTP with `startSandbox`.
 *
 * @example
 * ```ts
 * import { createSandbox } from '@esign-kit/sandbox'
 *
 * const sandbox = createSandbox()
 * const response = await sandbox.fetch(
 *   new Request('http://sandbox.test/kit-api/v1/contracts/find?customKey=a4-k1234', {
 *     headers: { 'x-api-key': sandbox.apiKey },
 *   }),
 * )
 * const body = await response.json() // { ok: true, data: { contract: { title: 'A컴퍼니 MOU', … } } }
 * ```
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const state = createState();
  const now = options.now ?? (() => new Date());
  const framing = createFramingSwitch(options.refuseFraming);
  const esignon = createEsignonSandbox(options.esignon, now);
  const prixControl = createSandboxControl(state, now, framing);
  // One reset for both vendors: `POST /__sandbox/reset` empties the eSignon state too.
  const control: SandboxControl = {
    ...prixControl,
    reset: () => {
      prixControl.reset();
      esignon.control.reset();
    },
  };
  const controlOrigins = options.controlOrigins ?? [];
  const variance = createSandboxVariance(options.variance);
  const context: KitContext = {
    apiKey: options.apiKey ?? defaultSandboxApiKey,
    now,
    state,
    certificateDelayMs: options.certificateDelayMs ?? 60_000,
    matchRoute: createRouteMatcher(assertOperationList(builtInOperations)),
    variance,
  };

  async function fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    try {
      if (isUnder(url.pathname, kitPrefix)) return await handleKitRequest(request, url, context);
      if (isUnder(url.pathname, esignonPrefix)) return await esignon.handle(request, url);
      if (isUnder(url.pathname, esignonControlPrefix)) return await esignon.handleControl(request, url, controlOrigins);
      if (isUnder(url.pathname, controlPrefix)) {
        return await handleControlRequest(request, url, { state, control, controlOrigins });
      }
      if (isUnder(url.pathname, pagesPrefix)) return await handlePageRequest(request, url, { state, now, framing });
      return sandboxFailure(404, 'SANDBOX_NOT_FOUND', `샌드박스는 ${kitPrefix}/ 아래의 경로만 제공합니다.`);
    } catch (error) {
      // A handler bug should reach the developer as a readable 500, not as a dropped connection.
      const detail = error instanceof Error ? error.message : String(error);
      return sandboxFailure(500, 'SANDBOX_INTERNAL_ERROR', `샌드박스 내부 오류: ${detail}`);
    }
  }

  return { apiKey: context.apiKey, state, control, variance, esignon: esignon.control, fetch, reset: control.reset };
}

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}
