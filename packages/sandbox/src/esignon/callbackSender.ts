import type { EsignonCallbackAttempt, EsignonCallbackRecord, EsignonState, EsignonWorkflow } from './model.js';
import type { ResolvedEsignonOptions } from './options.js';

/** Sends ExportAPI callbacks and keeps a record of each (never the `Authorization` value). */
export interface CallbackSender {
  /**
   * Queues a callback for the workflow's `export_api_info.url`, twice when the duplicate switch
   * is on. Callbacks of one workflow go out one after another, in the order they happened.
   */
  send(
    workflow: EsignonWorkflow,
    entry: Omit<EsignonCallbackRecord, 'id' | 'url' | 'authorized' | 'copy' | 'attempts' | 'outcome'>,
  ): void;
  /** Resolves once every queued callback was delivered or gave up. */
  settled(): Promise<void>;
}

/**
 * The sender. Our reading: eSignon documents no retry policy; the sandbox makes up to 3 attempts
 * per callback, waiting `callbackRetryDelaysMs` between them, when the receiver answers anything
 * but 2xx or cannot be reached (or takes longer than `callbackTimeoutMs`).
 */
export function createCallbackSender(state: EsignonState, options: ResolvedEsignonOptions): CallbackSender {
  const queues = new Map<string, Promise<void>>();
  const maxAttempts = 1 + Math.min(2, options.callbackRetryDelaysMs.length);

  async function deliver(record: EsignonCallbackRecord, authorization: string | undefined): Promise<void> {
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      if (attempt > 1) await wait(options.callbackRetryDelaysMs[attempt - 2] ?? 0);
      const result = await attemptOnce(record, authorization);
      record.attempts.push(result);
      if (result.httpStatus !== undefined && result.httpStatus >= 200 && result.httpStatus < 300) {
        record.outcome = 'delivered';
        return;
      }
    }
    record.outcome = 'failed';
  }

  async function attemptOnce(
    record: EsignonCallbackRecord,
    authorization: string | undefined,
  ): Promise<EsignonCallbackAttempt> {
    const at = new Date().toISOString();
    try {
      const response = await options.fetch(record.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(record.payload),
        signal: AbortSignal.timeout(options.callbackTimeoutMs),
        redirect: 'manual',
      });
      // The body is not read, only drained, so the connection can be reused.
      await response.body?.cancel();
      return { at, httpStatus: response.status };
    } catch (error) {
      return { at, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    send(workflow, entry) {
      const exportApi = workflow.exportApi;
      if (!exportApi) return;
      const copies: (1 | 2)[] = state.switches.duplicateCallbacks ? [1, 2] : [1];
      for (const copy of copies) {
        const record: EsignonCallbackRecord = {
          ...entry,
          id: state.counters.callback++,
          url: exportApi.url,
          authorized: exportApi.authorization !== undefined,
          copy,
          attempts: [],
          outcome: 'pending',
        };
        state.callbacks.push(record);
        const previous = queues.get(workflow.workflowId) ?? Promise.resolve();
        const next = previous.then(() => deliver(record, exportApi.authorization));
        queues.set(workflow.workflowId, next);
      }
    },
    async settled() {
      // Deliveries may queue more while we wait; loop until no queue changes.
      let pending = [...queues.values()];
      while (pending.length) {
        await Promise.all(pending);
        const now = [...queues.values()];
        pending = now.filter((queue) => !pending.includes(queue));
      }
    },
  };
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
