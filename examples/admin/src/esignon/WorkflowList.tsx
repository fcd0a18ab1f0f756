import { formatDate } from '../common/formatDate.js';
import { useI18n } from '../i18n/LocaleContext.js';
import type { EsignonSetup } from './esignonSetup.js';

/** The tenant's eSignon workflows, newest first; the one shown is marked current. */
export function WorkflowList({
  workflows,
  shown,
  onShow,
}: {
  workflows: EsignonSetup['workflows'];
  shown: string | null;
  onShow: (workflowId: string) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <section className="esignon-list" aria-labelledby="esignon-list-title">
      <h3 id="esignon-list-title">{t.esignon.list.title}</h3>
      {workflows.length === 0 ? (
        <p className="muted">{t.esignon.list.empty}</p>
      ) : (
        <ul>
          {workflows.map((workflow) => (
            <li key={workflow.workflowId}>
              <button
                type="button"
                className="link"
                aria-current={workflow.workflowId === shown ? 'true' : undefined}
                onClick={() => onShow(workflow.workflowId)}
              >
                {workflow.title}
              </button>
              <span className="muted"> {t.esignon.list.started(formatDate(workflow.startedAt, locale, true))}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
