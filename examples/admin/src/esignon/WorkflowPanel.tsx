import { EsignonDocumentButton, EsignonSignButton, useEsignonWorkflow } from '@esign-kit/react/esignon';
import { formatDate } from '../common/formatDate.js';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { CancelWorkflow } from './CancelWorkflow.js';
import { EsignonErrorNotice } from './EsignonErrorNotice.js';
import { esignonInstant } from './esignonTime.js';
import { WorkflowHistory } from './WorkflowHistory.js';
import { WorkflowSigners } from './WorkflowSigners.js';

/**
 * One workflow as the proxy knows it (eSignon's read merged with the latest callback): status,
 * who signs now, the signers and the history; the current signer's page (a new tab: eSignon
 * refuses frames) and, once complete, the signed document and its certificate. The sign button
 * reads the workflow again every 2 s while its page is open, so the callback that moves the
 * workflow on shows here without a reload; `live` does the same for every other window showing
 * it (the callback becomes an event on the proxy's stream).
 */
export function WorkflowPanel({ workflowId }: { workflowId: string }) {
  const { t, locale } = useI18n();
  // `live`: eSignon's callback reaches every screen showing the workflow, not only the signer's.
  const workflow = useEsignonWorkflow({ workflowId }, { live: true });
  const data = workflow.data;
  const current = data?.signers.find((signer) => signer.turn);
  return (
    <section className="card esignon-workflow" aria-labelledby="esignon-workflow-title" aria-busy={workflow.isPending}>
      <div className="card-title">
        <h3 id="esignon-workflow-title">{data ? data.title : t.esignon.workflow.title}</h3>
        {data ? (
          <span className="badge" data-status={data.status} data-esignon-status={data.status}>
            {t.esignon.status[data.status] ?? data.status}
          </span>
        ) : null}
      </div>
      {workflow.isPending ? <Progress label={t.app.loading} /> : null}
      {workflow.error && !data ? <EsignonErrorNotice error={workflow.error} /> : null}
      {data ? (
        <>
          <dl>
            <dt>{t.esignon.workflow.id}</dt>
            <dd>
              <code>{data.workflowId}</code>
            </dd>
            <dt>{t.esignon.workflow.status}</dt>
            <dd data-field="status">{t.esignon.status[data.status] ?? data.status}</dd>
            {data.currentStep !== undefined && data.totalSteps !== undefined ? (
              <>
                <dt>{t.esignon.workflow.steps}</dt>
                <dd>{t.esignon.workflow.stepOf(data.currentStep, data.totalSteps)}</dd>
              </>
            ) : null}
            <dt>{t.esignon.workflow.current}</dt>
            <dd data-field="current-signer">
              {data.status === 'Playing' && current ? current.name : t.esignon.workflow.nobody}
            </dd>
          </dl>
          <p className="muted esignon-callback" aria-live="polite" data-refreshing={workflow.isFetching || undefined}>
            {data.lastCallback
              ? t.esignon.workflow.lastCallback(
                  t.esignon.status[data.lastCallback.status] ?? data.lastCallback.status,
                  formatDate(esignonInstant(data.lastCallback.at), locale, true),
                )
              : t.esignon.workflow.noCallback}
          </p>
          <WorkflowSigners signers={data.signers} complete={data.status === 'Complete'} />
          {data.status === 'Playing' ? (
            <div className="esignon-actions">
              {data.signingUrlAvailable ? (
                <>
                  <EsignonSignButton workflowId={workflowId} />
                  <p className="muted">{t.esignon.workflow.signHint}</p>
                </>
              ) : (
                <p className="muted">{t.esignon.workflow.noSigningUrl}</p>
              )}
            </div>
          ) : null}
          {data.documentsAvailable ? (
            <section className="esignon-documents" aria-labelledby="esignon-documents-title">
              <h4 id="esignon-documents-title">{t.esignon.workflow.documents}</h4>
              <div className="esignon-actions">
                <EsignonDocumentButton workflowId={workflowId} document="signed" />
                <EsignonDocumentButton workflowId={workflowId} document="certificate" />
              </div>
              <p className="muted">{t.esignon.workflow.documentsHint}</p>
            </section>
          ) : null}
          <WorkflowHistory history={data.history} />
          {data.status === 'Playing' ? <CancelWorkflow workflowId={workflowId} /> : null}
        </>
      ) : null}
    </section>
  );
}
