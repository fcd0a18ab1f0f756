import type { ReportPageCompleted } from '../EsignKitContext.js';

/** The input fields a page names its subjects by. */
interface PageSubjects {
  readonly contractUuid?: string;
  readonly signatureUuid?: string;
  readonly workflowId?: string;
}

/**
 * A {@link ReportPageCompleted} posting `{ page, contract?, signature?, workflow? }` to
 * `<eventsPath>/page-completed`, with fetch's default `same-origin` credentials, as the client's.
 * A page whose input names no contract,
 * e-signature or workflow is not reported. A failure is dropped: the other screens still hear
 * of it from the status watcher, only later.
 */
export const createPageCompletedReporter =
  (eventsPath: string): ReportPageCompleted =>
  (operation, input) => {
    const { contractUuid: contract, signatureUuid: signature, workflowId: workflow } = (input ?? {}) as PageSubjects;
    if (contract || signature || workflow) {
      // `undefined` fields drop out of the JSON: only the subjects the input names are sent.
      fetch(`${eventsPath}/page-completed`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ page: operation.id, contract, signature, workflow }),
      }).catch(() => undefined);
    }
  };
