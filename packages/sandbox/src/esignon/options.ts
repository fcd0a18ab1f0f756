import type { EsignonTemplate } from './model.js';
import { seedEsignonTemplates } from './templates.js';

/** How the sandbox's eSignon stand-in behaves (`createSandbox({ esignon: { … } })`). */
export interface EsignonSandboxOptions {
  /**
   * The company id in `/api/{companyId}/…`.
   * @default 'esignkit'
   */
  companyId?: string;
  /**
   * The one member who may log in (`memb_email`) and start contracts.
   * @default 'admin@esignkit.example'
   */
  email?: string;
  /**
   * That member's password (`memb_pwd`).
   * @default 'sandbox-esignon-pw'
   */
  password?: string;
  /**
   * The member's name, shown as the workflow's creator.
   * @default '샌드박스 관리자'
   */
  memberName?: string;
  /**
   * How long an access token lives, on the sandbox clock (`now`).
   * @default 1_800_000 — 30 minutes
   */
  tokenTtlMs?: number;
  /**
   * Whether signing pages may be framed. eSignon's are said to refuse frames
   * (`X-Frame-Options`), so by default they do too. Flip it with `POST /__sandbox/esignon/frames`.
   * @default false
   */
  allowFrames?: boolean;
  /**
   * Origins the signing page's `callback_fn` message may go to, besides the origin of the
   * workflow's `export_api_info.url` (see the README: the page cannot know its opener's origin).
   * @default []
   */
  openerOrigins?: readonly string[];
  /**
   * Waits before the 2nd and 3rd delivery attempt of a callback, in real milliseconds.
   * @default [250, 1000]
   */
  callbackRetryDelaysMs?: readonly number[];
  /**
   * How long one callback attempt may take before it counts as failed.
   * @default 5000
   */
  callbackTimeoutMs?: number;
  /**
   * The `fetch` callbacks are sent with (tests may observe requests through it).
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Templates that can be started, replacing the seed ones (`"101"` 근로계약서, `"102"` 비밀유지서약서).
   */
  templates?: readonly EsignonTemplate[];
}

/** The options with their defaults applied. */
export type ResolvedEsignonOptions = Required<Omit<EsignonSandboxOptions, 'fetch'>> & {
  readonly fetch: typeof globalThis.fetch;
};

/** The sandbox defaults the proxy's development configuration uses. */
export const esignonSandboxDefaults = {
  companyId: 'esignkit',
  email: 'admin@esignkit.example',
  password: 'sandbox-esignon-pw',
} as const;

/** Applies the defaults. */
export function resolveEsignonOptions(options: EsignonSandboxOptions = {}): ResolvedEsignonOptions {
  return {
    companyId: options.companyId ?? esignonSandboxDefaults.companyId,
    email: options.email ?? esignonSandboxDefaults.email,
    password: options.password ?? esignonSandboxDefaults.password,
    memberName: options.memberName ?? '샌드박스 관리자',
    tokenTtlMs: options.tokenTtlMs ?? 30 * 60_000,
    allowFrames: options.allowFrames ?? false,
    openerOrigins: options.openerOrigins ?? [],
    callbackRetryDelaysMs: options.callbackRetryDelaysMs ?? [250, 1000],
    callbackTimeoutMs: options.callbackTimeoutMs ?? 5000,
    // Looked up per call, not captured: a test may replace the global after the sandbox starts.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    templates: options.templates ?? seedEsignonTemplates,
  };
}
