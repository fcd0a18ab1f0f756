import {
  type ControlOrigins,
  controlCorsHeaders,
  controlPreflight,
  isControlOrigin,
} from '../control/controlOrigins.js';
import { SandboxControlError } from '../control/sandboxControl.js';
import { failure, json, sandboxFailure } from '../respond.js';
import type { EsignonSandboxControl } from './control.js';
import type { EsignonCall } from './model.js';
import { isRecord } from './wire.js';

/** Path prefix of the eSignon control surface, under the sandbox's `/__sandbox/`. */
export const esignonControlPrefix = '/__sandbox/esignon';

type Body = Record<string, unknown>;

interface Route {
  readonly method: 'GET' | 'POST';
  readonly pattern: RegExp;
  readonly run: (control: EsignonSandboxControl, body: Body, match: RegExpExecArray) => unknown;
}

const routes: readonly Route[] = [
  { method: 'GET', pattern: /^state$/, run: (control) => control.snapshot() },
  { method: 'GET', pattern: /^callbacks$/, run: (control) => ({ callbacks: control.callbacks() }) },
  { method: 'POST', pattern: /^reset$/, run: (control) => control.reset() },
  { method: 'POST', pattern: /^expire-tokens$/, run: (control) => ({ expired: control.expireTokens() }) },
  {
    method: 'POST',
    pattern: /^fail-next$/,
    run: (control, body) =>
      control.failNext(
        String(body.call) as EsignonCall,
        String(body.resultCode),
        body.times === undefined ? 1 : Number(body.times),
      ),
  },
  {
    method: 'POST',
    pattern: /^duplicate-callbacks$/,
    run: (control, body) => control.duplicateCallbacks(flag(body, 'enabled')),
  },
  { method: 'POST', pattern: /^frames$/, run: (control, body) => control.allowFrames(flag(body, 'allow')) },
  {
    method: 'POST',
    pattern: /^opener-origins$/,
    run: (control, body) => {
      const origins = body.origins;
      if (!Array.isArray(origins) || !origins.every((origin) => typeof origin === 'string')) {
        throw invalid('본문은 { "origins": ["https://app.example"] } 이어야 합니다.');
      }
      control.openerOrigins(origins);
    },
  },
  {
    method: 'POST',
    pattern: /^workflows\/(\d+)\/signers\/(\d+)\/sign$/,
    run: (control, body, match) => {
      const action = body.action ?? 'CF';
      if (action !== 'CF' && action !== 'RT') throw invalid('action은 "CF" 또는 "RT"여야 합니다.');
      const opinion = typeof body.opinion === 'string' ? body.opinion : '';
      return control.sign(match[1] as string, Number(match[2]), action, opinion);
    },
  },
  {
    method: 'POST',
    pattern: /^callbacks\/settle$/,
    run: async (control) => {
      await control.settled();
      return { callbacks: control.callbacks() };
    },
  },
];

function invalid(message: string): SandboxControlError {
  return new SandboxControlError({ status: 400, errorCode: 'SANDBOX_INVALID_REQUEST', message });
}

function flag(body: Body, key: string): boolean {
  const value = body[key];
  if (typeof value !== 'boolean') throw invalid(`본문은 { "${key}": true | false } 이어야 합니다.`);
  return value;
}

/**
 * Answers `/__sandbox/esignon/*` (no credentials needed; development only):
 *
 * - `GET state`: workflows, switches, forced failures and callbacks, without secrets (no tokens,
 *   passwords or `Authorization` values); `GET callbacks`: the callbacks sent (url, status,
 *   attempts); `POST callbacks/settle`: waits until every queued callback is delivered or gave up;
 * - `POST expire-tokens`: every access token stops working now;
 * - `POST fail-next` `{ "call": "5005Q", "resultCode": "13", "times"? }`: the next calls answer that code;
 * - `POST duplicate-callbacks` `{ "enabled": true }`: each callback is sent twice;
 * - `POST frames` `{ "allow": true }`: signing pages may be framed;
 * - `POST opener-origins` `{ "origins": [...] }`: where the page's `callback_fn` message may go;
 * - `POST workflows/<id>/signers/<n>/sign` `{ "action"?: "CF" | "RT", "opinion"? }`: signer n acts;
 * - `POST reset`: the eSignon state emptied (the sandbox's `POST /__sandbox/reset` does it too).
 *
 * The same origin rule as the rest of `/__sandbox/`: reads are open to any page (CORS `*`); a
 * page on another origin may change state only when listed in `controlOrigins`.
 */
export async function handleEsignonControlRequest(
  request: Request,
  url: URL,
  control: EsignonSandboxControl,
  controlOrigins: ControlOrigins,
): Promise<Response> {
  const origin = request.headers.get('origin');
  const crossOrigin = origin !== null && origin !== url.origin;
  const allowed = crossOrigin && isControlOrigin(origin, controlOrigins);
  if (request.method === 'OPTIONS') {
    return allowed
      ? controlPreflight(origin)
      : sandboxFailure(403, 'SANDBOX_FORBIDDEN', `이 출처(${origin ?? '-'})에는 열려 있지 않습니다.`);
  }
  const response = await route(request, url, control, crossOrigin && !allowed);
  if (allowed)
    for (const [name, value] of Object.entries(controlCorsHeaders(origin))) response.headers.set(name, value);
  return response;
}

async function route(request: Request, url: URL, control: EsignonSandboxControl, foreign: boolean): Promise<Response> {
  const name = url.pathname.slice(esignonControlPrefix.length + 1);
  const matching = routes.filter((candidate) => candidate.pattern.test(name));
  if (matching.length === 0)
    return sandboxFailure(404, 'SANDBOX_NOT_FOUND', `샌드박스 제어 경로가 없습니다: ${url.pathname}`);
  const found = matching.find((candidate) => candidate.method === request.method);
  if (!found) {
    return sandboxFailure(405, 'SANDBOX_METHOD_NOT_ALLOWED', `${request.method} 메서드를 지원하지 않습니다.`, {
      headers: { allow: matching.map((candidate) => candidate.method).join(', ') },
    });
  }
  if (found.method === 'POST' && foreign) {
    return sandboxFailure(403, 'SANDBOX_FORBIDDEN', `다른 출처의 페이지는 샌드박스를 바꿀 수 없습니다.`);
  }
  try {
    const body = found.method === 'POST' ? await readBody(request) : {};
    const data = await found.run(control, body, found.pattern.exec(name) as RegExpExecArray);
    const headers: Record<string, string> = found.method === 'GET' ? { 'access-control-allow-origin': '*' } : {};
    return json(data === undefined ? { ok: true } : { ok: true, data }, 200, headers);
  } catch (error) {
    if (!(error instanceof SandboxControlError)) throw error;
    return failure(error.status, error.errorCode, error.message);
  }
}

async function readBody(request: Request): Promise<Body> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    if (isRecord(value)) return value;
  } catch {
    // fall through
  }
  throw invalid('요청 본문이 올바른 JSON 객체가 아닙니다.');
}
