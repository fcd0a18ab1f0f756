import type { ResolvedProxyOptions } from '../options.js';
import { redact } from '../redact.js';
import type { Outcome } from './outcome.js';

/** What the log is told of one request, besides its answer. */
export interface Exchange {
  readonly request: Request;
  /** The path under `basePath`. */
  readonly subPath: string;
  readonly operationId: string | undefined;
  readonly started: number;
}

/**
 * Log: one `onLog` event per request, its error code taken from the outcome (never
 * from the body), the path redacted. A throwing logger does not fail the request.
 */
export function reportAccess(
  config: Pick<ResolvedProxyOptions, 'onLog' | 'staticSecrets'>,
  exchange: Exchange,
  outcome: Outcome,
  status: number,
): void {
  try {
    config.onLog?.({
      method: exchange.request.method,
      path: redact(exchange.subPath, config.staticSecrets),
      operationId: exchange.operationId,
      status,
      errorCode: status >= 400 ? outcome.errorCode : undefined,
      durationMs: Math.round((performance.now() - exchange.started) * 100) / 100,
      replayed: (outcome.kind === 'answer' && outcome.replayed) || false,
    });
  } catch {
    // The app's logger failing must not fail the request.
  }
}
