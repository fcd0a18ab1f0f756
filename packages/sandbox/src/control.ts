import { json, sandboxFailure } from './respond.js';
import type { SandboxState } from './state.js';

/** Path prefix of the control surface: outside `/kit-api`, so no API key and no request log. */
export const controlPrefix = '/__sandbox';

interface ControlTarget {
  readonly state: SandboxState;
  reset(): void;
}

interface ControlRoute {
  readonly method: 'GET' | 'POST';
  readonly run: (target: ControlTarget) => Response;
}

// Read-only views may be polled from a browser demo on another origin, hence the CORS header.
// `reset` gets none: a cross-origin page must not be able to wipe the sandbox.
const readableAnywhere = { 'access-control-allow-origin': '*' };

const routes: Readonly<Record<string, ControlRoute>> = {
  reminders: {
    method: 'GET',
    run: ({ state }) => json({ ok: true, data: { reminders: state.reminders } }, 200, readableAnywhere),
  },
  requests: {
    method: 'GET',
    run: ({ state }) => json({ ok: true, data: { requests: state.requests } }, 200, readableAnywhere),
  },
  reset: {
    method: 'POST',
    run: (target) => {
      target.reset();
      return json({ ok: true });
    },
  },
};

/**
 * Answers `/__sandbox/*`, the surface tests and demos use to look inside the sandbox:
 * `GET reminders`, `GET requests`, `POST reset`.
 */
export function handleControlRequest(request: Request, url: URL, target: ControlTarget): Response {
  const name = url.pathname.slice(controlPrefix.length + 1);
  const route = Object.hasOwn(routes, name) ? routes[name] : undefined;
  if (!route) {
    return sandboxFailure(404, 'SANDBOX_NOT_FOUND', `샌드박스 제어 경로가 없습니다: ${url.pathname}`);
  }
  if (request.method !== route.method) {
    return sandboxFailure(405, 'SANDBOX_METHOD_NOT_ALLOWED', `${request.method} 메서드를 지원하지 않습니다.`, {
      headers: { allow: route.method },
    });
  }
  return route.run(target);
}
