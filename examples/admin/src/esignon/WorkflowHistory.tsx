import type { EsignonWorkflow } from '@esign-kit/react/esignon';
import { formatDate } from '../common/formatDate.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { esignonInstant } from './esignonTime.js';

/** eSignon's history of the workflow (its `action_history_list`), oldest first, in words. */
export function WorkflowHistory({ history }: { history: EsignonWorkflow['history'] }) {
  const { t, locale } = useI18n();
  return (
    <section className="esignon-history" aria-labelledby="esignon-history-title">
      <h4 id="esignon-history-title">{t.esignon.workflow.history}</h4>
      {history.length === 0 ? (
        <p className="muted">{t.esignon.workflow.noHistory}</p>
      ) : (
        <ol>
          {history.map((entry, index) => (
            // eSignon gives history entries no id; the list only grows at its end.
            // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
            <li key={index} data-code={entry.code}>
              <time dateTime={esignonInstant(entry.at)}>{formatDate(esignonInstant(entry.at), locale, true)}</time>{' '}
              <strong>{t.esignon.historyCode[entry.code] ?? entry.code}</strong>
              {entry.name ? ` · ${entry.name}` : null}
              {entry.comment ? <span className="muted"> “{entry.comment}”</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
