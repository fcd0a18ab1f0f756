import { decodeRequest, hasBody, type RouteMatch, validateData, validateInput } from '@esign-kit/core/server';
import { takeInjectedFailure } from './domain/faults.js';
import { runHandler } from './handlers/index.js';
import type { HandlerContext } from './handlers/types.js';
import { fromHandlerResult, sandboxFailure } from './respond.js';
import type { SandboxVariance } from './variance/sandboxVariance.js';
import { prixError } from './vendorErrors.js';
import { vendorErrorForIssues } from './vendorValidation.js';

/** Where Prix serves the kit (reference §1.1); every operation path is relative to it. */
export const kitPrefix = '/kit-api/v1';

/** What the kit routes need: the handler context minus the per-request origin, plus auth and routing. */
export interface KitContext extends Omit<HandlerContext, 'origin'> {
  readonly apiKey: string;
  readonly matchRoute: (method: string, path: string) => RouteMatch;
  /** The variance mode: applied to successful answers after they passed the schema check. */
  readonly variance?: SandboxVariance;
}

/**
 * Answers one request under `/kit-api/v1`, in the order Prix would: log it, check the API key
 * (before routing, so an unknown key learns nothing about paths), route, read and validate the
 * input, then answer a failure injected for the operation (`control.failNext`) or run its handler.
 */
export async function handleKitRequest(request: Request, url: URL, context: KitContext): Promise<Response> {
  const authorized = request.headers.get('x-api-key') === context.apiKey;
  context.state.requests.push({
    method: request.method,
    path: url.pathname,
    search: url.search,
    at: context.now().toISOString(),
    authorized,
  });
  if (!authorized) return fromHandlerResult(prixError('UNAUTHORIZED_API_KEY'));

  const path = url.pathname.slice(kitPrefix.length + 1);
  const route = context.matchRoute(request.method, path);
  if (route.kind === 'not-found') {
    return sandboxFailure(404, 'SANDBOX_NOT_FOUND', `샌드박스에 없는 API 경로입니다: ${url.pathname}`);
  }
  if (route.kind === 'method-not-allowed') {
    return sandboxFailure(405, 'SANDBOX_METHOD_NOT_ALLOWED', `${request.method} 메서드를 지원하지 않는 API입니다.`, {
      headers: { allow: route.allowed.join(', ') },
    });
  }

  const { operation, params } = route;
  let body: unknown;
  if (hasBody(operation.method)) {
    const text = await request.text();
    try {
      body = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      return sandboxFailure(400, 'SANDBOX_INVALID_REQUEST', '요청 본문이 올바른 JSON이 아닙니다.');
    }
  }
  const decoded = decodeRequest(operation, { params, search: url.searchParams, body });
  const validated = decoded.ok ? validateInput(operation, decoded.input) : decoded;
  if (!validated.ok) {
    const vendorError = decoded.ok ? vendorErrorForIssues(operation, validated.issues) : undefined;
    if (vendorError) return fromHandlerResult(vendorError);
    return sandboxFailure(400, 'SANDBOX_INVALID_REQUEST', '요청 값이 올바르지 않습니다.', { issues: validated.issues });
  }

  const injected = takeInjectedFailure(context.state, operation.id);
  if (injected) return fromHandlerResult(injected);
  // Page URLs are built on the origin the caller reached the sandbox on.
  const result = runHandler(operation, validated.value, { ...context, origin: url.origin });
  if (!result) {
    return sandboxFailure(501, 'SANDBOX_NOT_IMPLEMENTED', `샌드박스가 아직 지원하지 않는 API입니다: ${operation.id}`);
  }
  if (result.ok) {
    // The sandbox must never answer what core would reject: catch a drifting handler or seed here.
    const checked = validateData(operation, result.data);
    if (!checked.ok) {
      return sandboxFailure(500, 'SANDBOX_INTERNAL_ERROR', `${operation.id} 응답이 스키마와 맞지 않습니다.`, {
        issues: checked.issues,
      });
    }
  }
  // Varied after the check: the check holds the handlers to the schemas, the variance then
  // answers in the other shapes a real Prix may use.
  if (result.ok && context.variance)
    return fromHandlerResult({ ...result, data: context.variance.vary(operation, result.data) });
  return fromHandlerResult(result);
}
