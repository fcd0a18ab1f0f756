import type { PrixErrorCode } from '@esign-kit/core';
import type { RefuseFraming } from '../pages/framing.js';
import { failure, json, sandboxFailure } from '../respond.js';
import type { SandboxState } from '../state/index.js';
import { type ControlOrigins, controlCorsHeaders, controlPreflight, isControlOrigin } from './controlOrigins.js';
import type { SandboxFixtures } from './fixtures.js';
import { type SandboxControl, SandboxControlError } from './sandboxControl.js';

/** Path prefix of the control surface: outside `/kit-api`, so no API key and no request log. */
export const controlPrefix = '/__sandbox';

interface ControlTarget {
  readonly state: SandboxState;
  readonly control: SandboxControl;
  /** Pages on other origins allowed to drive the surface (see `ControlOrigins`). */
  readonly controlOrigins: ControlOrigins;
}

interface ControlRoute {
  readonly method: 'GET' | 'POST';
  readonly pattern: RegExp;
  readonly run: (target: ControlTarget, request: Request, match: RegExpExecArray) => Promise<Response> | Response;
}

// Read-only views may be polled from a browser demo on another origin, hence the CORS header.
// (The state holds managed businesses' API keys, but those are fake: the sandbox accepts only its
// own key, which the state never holds.) Routes that change anything get no CORS header, and are
// refused outright when a browser says the request comes from another origin: a missing CORS
// header only hides the response, while a "simple" cross-site POST would still reset the sandbox.
// Origins listed in `controlOrigins` (a test page on the dev server) are the exception: they get
// CORS on every route, preflights included.
const readableAnywhere = { 'access-control-allow-origin': '*' };

const routes: readonly ControlRoute[] = [
  {
    method: 'GET',
    pattern: /^reminders$/,
    run: ({ state }) => json({ ok: true, data: { reminders: state.reminders } }, 200, readableAnywhere),
  },
  {
    method: 'GET',
    pattern: /^notifications$/,
    run: ({ state }) => json({ ok: true, data: { notifications: state.notifications } }, 200, readableAnywhere),
  },
  {
    method: 'GET',
    pattern: /^requests$/,
    run: ({ state }) => json({ ok: true, data: { requests: state.requests } }, 200, readableAnywhere),
  },
  {
    method: 'GET',
    pattern: /^state$/,
    run: ({ control }) => json({ ok: true, data: control.snapshot() }, 200, readableAnywhere),
  },
  {
    method: 'POST',
    pattern: /^reset$/,
    run: ({ control }) => {
      control.reset();
      return json({ ok: true });
    },
  },
  {
    method: 'POST',
    pattern: /^seed$/,
    run: async ({ control }, request) => {
      const body = await readJson(request);
      return json({ ok: true, data: control.seed(body as SandboxFixtures | undefined) });
    },
  },
  {
    method: 'POST',
    pattern: /^fail-next$/,
    run: async ({ control }, request) => {
      const body = await readJson(request);
      const { operationId, errorCode, times } = (typeof body === 'object' && body !== null ? body : {}) as {
        operationId?: unknown;
        errorCode?: unknown;
        times?: unknown;
      };
      control.failNext(
        String(operationId),
        String(errorCode) as PrixErrorCode,
        times === undefined ? 1 : Number(times),
      );
      return json({ ok: true });
    },
  },
  {
    method: 'GET',
    pattern: /^framing$/,
    run: ({ control }) => json({ ok: true, data: { refused: control.refusedFraming() } }, 200, readableAnywhere),
  },
  {
    method: 'POST',
    pattern: /^framing$/,
    run: async ({ control }, request) => {
      const body = await readJson(request);
      const refuse = typeof body === 'object' && body !== null ? (body as { refuse?: unknown }).refuse : undefined;
      return json({ ok: true, data: { refused: control.refuseFraming(refuse as RefuseFraming) } });
    },
  },
  {
    method: 'POST',
    pattern: /^participants\/([^/]+)\/advance$/,
    run: async ({ control }, request, match) => {
      const body = await readJson(request);
      const action = typeof body === 'object' && body !== null ? (body as { action?: unknown }).action : undefined;
      if (action !== 'sign' && action !== 'decline') {
        return sandboxFailure(
          400,
          'SANDBOX_INVALID_REQUEST',
          '본문은 { "action": "sign" | "decline" } 이어야 합니다.',
          {
            issues: [{ path: 'action', message: 'Must be one of "sign", "decline".' }],
          },
        );
      }
      return json({ ok: true, data: control.advanceParticipant(decodeURIComponent(match[1] as string), action) });
    },
  },
];

/**
 * Answers `/__sandbox/*`, the surface tests and demos use to look inside the sandbox and drive
 * it (no API key needed):
 *
 * - `GET reminders` | `notifications` | `requests`: the logs;
 * - `GET state`: everything the sandbox holds, as JSON (never its own API key);
 * - `POST reset`: seed data back, logs, page sessions and injected failures cleared;
 * - `POST seed`: no body restores the seed data (logs kept); a body of fixtures
 *   (`{ reseed?, customers?, tags?, templates?, credits? }`) adds them and answers their new ids;
 * - `POST participants/<participantUuid>/advance` with `{ "action": "sign" | "decline" }`: plays
 *   the participant signing or refusing (409 `SANDBOX_CONFLICT` when it is not its turn);
 * - `POST fail-next` with `{ "operationId", "errorCode", "times"? }`: the next calls of that
 *   operation answer that Prix error (for errors no state can produce);
 * - `GET framing`: the hosted pages that refuse to be framed; `POST framing` with
 *   `{ "refuse": true | false | ["contract-detail", "<page URL>", …] }` sets them: every page, none,
 *   or those page kinds and single pages (reset by `POST reset`).
 *
 * Pages on the `controlOrigins` the sandbox was started with get CORS headers on every route and
 * may call the routes that change state; any other page may only read.
 */
export async function handleControlRequest(request: Request, url: URL, target: ControlTarget): Promise<Response> {
  const origin = request.headers.get('origin');
  const allowed = origin !== null && origin !== url.origin && isControlOrigin(origin, target.controlOrigins);
  if (request.method === 'OPTIONS') {
    return allowed
      ? controlPreflight(origin)
      : sandboxFailure(
          403,
          'SANDBOX_FORBIDDEN',
          `샌드박스 제어 경로는 이 출처(${origin ?? '-'})에 열려 있지 않습니다.`,
        );
  }
  const response = await routeControlRequest(request, url, target, allowed);
  if (!allowed) return response;
  for (const [name, value] of Object.entries(controlCorsHeaders(origin))) response.headers.set(name, value);
  return response;
}

async function routeControlRequest(
  request: Request,
  url: URL,
  target: ControlTarget,
  fromAllowedOrigin: boolean,
): Promise<Response> {
  const name = url.pathname.slice(controlPrefix.length + 1);
  const matching = routes.flatMap((route) => {
    const match = route.pattern.exec(name);
    return match ? [{ route, match }] : [];
  });
  if (matching.length === 0) {
    return sandboxFailure(404, 'SANDBOX_NOT_FOUND', `샌드박스 제어 경로가 없습니다: ${url.pathname}`);
  }
  const found = matching.find(({ route }) => route.method === request.method);
  if (!found) {
    return sandboxFailure(405, 'SANDBOX_METHOD_NOT_ALLOWED', `${request.method} 메서드를 지원하지 않습니다.`, {
      headers: { allow: matching.map(({ route }) => route.method).join(', ') },
    });
  }
  const origin = request.headers.get('origin');
  if (found.route.method === 'POST' && origin !== null && origin !== url.origin && !fromAllowedOrigin) {
    return sandboxFailure(403, 'SANDBOX_FORBIDDEN', `다른 출처(${origin})의 페이지는 샌드박스를 바꿀 수 없습니다.`);
  }
  try {
    return await found.route.run(target, request, found.match);
  } catch (error) {
    if (!(error instanceof SandboxControlError)) throw error;
    return failure(error.status, error.errorCode, error.message, error.issues ? { issues: error.issues } : {});
  }
}

/** The JSON body, `undefined` when there is none; a malformed one is a 400. */
async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new SandboxControlError({
      status: 400,
      errorCode: 'SANDBOX_INVALID_REQUEST',
      message: '요청 본문이 올바른 JSON이 아닙니다.',
    });
  }
}
