import {
  type EsignonCallback,
  esignonCallbackKey,
  parseEsignonCallback,
  stateFromCallback,
} from '@esign-kit/core/esignon/server';
import { eventsOfEsignonCallback } from '../events/eventSources.js';
import { readJsonBody } from '../readJsonBody.js';
import type { VendorRoute, VendorRouteContext } from '../vendor/Vendor.js';
import type { ResolvedEsignonOptions } from './options.js';
import { sameSecret } from './sameSecret.js';
import { keepWorkflowState, workflowStateKey } from './workflowState.js';

/** How long a callback is remembered to drop its repeats. */
export const callbackDedupTtlMs = 7 * 24 * 60 * 60 * 1000;
/** Largest callback body read; eSignon's are a few hundred bytes. */
const maxCallbackBytes = 64 * 1024;

/**
 * `POST <basePath>/esignon/callback` (or `callback.path`): where eSignon's ExportAPI reports each step of a workflow
 * started in embed mode (https://api.esignon.net/eng-1/workflow/start/exportapi).
 *
 * eSignon signs nothing. The only proof a callback is eSignon's is the `Authorization` header,
 * equal to the configured `callback.authorization`; so that value must be long and random, the
 * URL must be served over HTTPS (or the secret travels in clear), and an unguessable path helps.
 * The header is compared in constant time; a wrong one is answered 401 before the body is read,
 * and nothing is stored or reported to `onCallback`.
 *
 * An accepted callback is answered 200 `{}` as soon as it is stored (and, first seen, published
 * to the proxy's live streams as `workflow.status` / `workflow.next-signer`). A repeat (same `wfuid`,
 * `actionid`, `worktype`, `status`) is dropped; otherwise the workflow's state moves forward
 * only (core's `isNewerState`). Nothing of a callback goes to a browser from here: the read and
 * signing-url operations serve it, behind the app's `authorize`.
 */
export function esignonCallbackRoute(options: ResolvedEsignonOptions): VendorRoute {
  return {
    method: 'POST',
    path: options.callbackPath,
    async handle(request: Request, context: VendorRouteContext): Promise<Response> {
      const given = request.headers.get('authorization') ?? '';
      if (!(await sameSecret(given, options.callbackAuthorization))) {
        context.report(
          'ESIGNON_CALLBACK_UNAUTHORIZED',
          401,
          'A callback arrived without the configured Authorization.',
        );
        return answer(401);
      }
      const read = await readJsonBody(request, maxCallbackBytes);
      const parsed = read.ok ? parseEsignonCallback(read.body) : undefined;
      if (!parsed?.ok) {
        const why = parsed
          ? parsed.reason
          : read.ok
            ? ''
            : `The body is ${read.reason === 'too-large' ? 'too large' : 'not JSON'}.`;
        context.report('ESIGNON_CALLBACK_UNREADABLE', 400, `A callback could not be read: ${why}`);
        return answer(400);
      }
      const facts = parsed.callback;
      const key = dedupKey(options, facts);
      let duplicate = false;
      let claimed = false;
      try {
        claimed = await context.store.setIfAbsent(key, '1', callbackDedupTtlMs);
        duplicate = !claimed;
        if (claimed) {
          await keepWorkflowState(
            context.store,
            workflowStateKey(options.companyId, facts.workflowId),
            stateFromCallback(facts),
          );
        }
      } catch (cause) {
        // Not stored: forget the callback was seen, and answer 503 so eSignon sends it again.
        if (claimed) await context.store.delete(key).catch(() => undefined);
        const detail = cause instanceof Error ? cause.message : String(cause);
        context.report('ESIGN_KIT_BUSY', 503, `A callback could not be stored: ${detail}`);
        return answer(503);
      }
      // Stored and first seen: open screens hear of it (a repeat was heard already).
      if (!duplicate) await context.publish?.(eventsOfEsignonCallback(facts));
      try {
        options.onCallback?.({ workflowId: facts.workflowId, status: facts.status, duplicate });
      } catch {
        // The app's listener failing changes nothing: the state is stored already.
      }
      return answer(200);
    },
  };
}

function dedupKey(options: ResolvedEsignonOptions, facts: EsignonCallback): string {
  return `esignon:callback:${options.companyId}:${esignonCallbackKey(facts)}`;
}

function answer(status: number): Response {
  return new Response('{}', {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}
