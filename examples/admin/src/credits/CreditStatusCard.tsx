import { useCreditStatus } from '@esign-kit/react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { formatDate } from '../common/formatDate.js';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { CreditUsageChart } from './CreditUsageChart.js';

/** The business's credit balance (`useCreditStatus`) and its use over time (`CreditUsageChart`). */
export function CreditStatusCard() {
  const { t, locale } = useI18n();
  const status = useCreditStatus();
  return (
    <section className="card" aria-labelledby="credits-title">
      <h2 id="credits-title">{t.credits.title}</h2>
      <p className="muted">{t.credits.note}</p>
      {status.isPending ? <Progress label={t.credits.loading} /> : null}
      {status.error ? <ErrorNotice error={status.error} /> : null}
      {status.data ? (
        <dl>
          <dt>{t.credits.remaining}</dt>
          <dd>
            <strong>{status.data.credit.remainingCount}</strong>
          </dd>
          <dt>{t.credits.free(status.data.credit.remainingDefaultCount, status.data.credit.defaultCount)}</dt>
          <dd>
            <meter
              min={0}
              max={status.data.credit.defaultCount}
              value={status.data.credit.remainingDefaultCount}
              aria-label={t.credits.free(status.data.credit.remainingDefaultCount, status.data.credit.defaultCount)}
            />
          </dd>
          <dt>{t.credits.paid}</dt>
          <dd>{status.data.credit.paidCreditCount}</dd>
          <dt>{t.credits.renewal}</dt>
          <dd>{formatDate(status.data.renewalDate, locale)}</dd>
        </dl>
      ) : null}
      {status.data ? <CreditUsageChart status={status.data} /> : null}
    </section>
  );
}
