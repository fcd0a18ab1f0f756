import type { AnyOperation } from '@esign-kit/core/server';
import { openPageSession } from '../domain/pageSessions.js';
import type { PageKind } from '../state/index.js';
import type { HandlerContext } from './types.js';

/**
 * The URL of a new hosted-page session on the sandbox's own origin, for a page-URL operation
 * whose referenced entities were checked already.
 */
export function openPage(context: HandlerContext, kind: PageKind, operation: AnyOperation, input: unknown): string {
  return openPageSession(context.state, {
    kind,
    operationId: operation.id,
    input,
    origin: context.origin,
    now: context.now(),
  });
}
