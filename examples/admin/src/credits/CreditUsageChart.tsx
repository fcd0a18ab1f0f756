import type { CreditStatusData } from '@esign-kit/core';
import { useCreditUsages } from '@esign-kit/react';
import { useId } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { localeTag } from '../common/formatDate.js';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { type MonthUsage, monthBefore, monthlyUsage } from './monthlyUsage.js';
import './credits.css';

/** The history's largest page (reference §1.7: `limit` 1 to 100). */
const historyLimit = 100;
const width = 640;
const height = 220;
const plot = { left: 36, right: 8, top: 12, bottom: 28 };

/**
 * Credits used per month (`useCreditUsages`, reference §5.4) as hand-drawn SVG bars, and what
 * remains (`credits.status`) as a stacked bar. The SVG has a title and description; the values
 * are also in a table for screen readers (visually hidden), so nothing is in the picture only.
 * https://api-kit.prix.im/business/get-credit-usages
 */
export function CreditUsageChart({ status }: { status: CreditStatusData }) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const descId = useId();
  const usages = useCreditUsages({ limit: historyLimit });
  if (usages.isPending) return <Progress label={t.creditChart.loading} />;
  if (usages.error) return <ErrorNotice error={usages.error} />;
  const months = monthlyUsage(usages.data.creditUsages, monthBefore(status.renewalDate));
  const used = months.reduce((sum, month) => sum + month.count, 0);
  const monthName = (month: string, short = false) =>
    new Intl.DateTimeFormat(localeTag(locale), {
      year: short ? '2-digit' : 'numeric',
      month: short ? 'numeric' : 'long',
      timeZone: 'UTC',
    }).format(new Date(`${month}-01T00:00:00Z`));
  const { credit } = status;
  const first = months[0];
  const last = months.at(-1);
  return (
    <figure className="credit-chart">
      <figcaption>
        <h3>{t.creditChart.title}</h3>
      </figcaption>
      {first && last ? (
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          preserveAspectRatio="xMidYMid meet"
        >
          <title id={titleId}>{t.creditChart.title}</title>
          <desc id={descId}>
            {t.creditChart.describe(monthName(first.month), monthName(last.month), used, credit.remainingCount)}
          </desc>
          <Bars months={months} label={(month) => monthName(month, true)} />
        </svg>
      ) : (
        <p className="muted">{t.creditChart.none}</p>
      )}
      {usages.data.total > usages.data.creditUsages.length ? (
        <p className="muted">{t.creditChart.partial(usages.data.creditUsages.length, usages.data.total)}</p>
      ) : null}
      <Remaining status={status} />
      {/* A table ignores width and overflow: the wrapper takes it out of the layout. */}
      <div className="visually-hidden">
        <table>
          <caption>{t.creditChart.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.creditChart.month}</th>
              <th scope="col">{t.creditChart.used}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month} data-month={month.month}>
                <th scope="row">{monthName(month.month)}</th>
                <td>{month.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The monthly bars with a 0 line, the top value, and a label under every few months. */
function Bars({ months, label }: { months: readonly MonthUsage[]; label: (month: string) => string }) {
  const max = Math.max(1, ...months.map((month) => month.count));
  const innerWidth = width - plot.left - plot.right;
  const innerHeight = height - plot.top - plot.bottom;
  const slot = innerWidth / months.length;
  const barWidth = Math.max(2, Math.min(40, slot * 0.7));
  const every = Math.ceil(months.length / 8);
  const y = (value: number) => plot.top + innerHeight - (value / max) * innerHeight;
  return (
    <g>
      <line className="axis" x1={plot.left} x2={width - plot.right} y1={y(0)} y2={y(0)} />
      <line className="grid" x1={plot.left} x2={width - plot.right} y1={y(max)} y2={y(max)} />
      <text className="tick" x={plot.left - 6} y={y(0)} textAnchor="end" dominantBaseline="middle">
        0
      </text>
      <text className="tick" x={plot.left - 6} y={y(max)} textAnchor="end" dominantBaseline="middle">
        {max}
      </text>
      {months.map((month, index) => {
        const x = plot.left + slot * index + (slot - barWidth) / 2;
        return (
          <g key={month.month} data-month={month.month} data-count={month.count}>
            {month.count > 0 ? (
              <rect className="bar" x={x} y={y(month.count)} width={barWidth} height={y(0) - y(month.count)} rx={2} />
            ) : null}
            {index % every === 0 || index === months.length - 1 ? (
              <text className="tick" x={x + barWidth / 2} y={height - 8} textAnchor="middle">
                {label(month.month)}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

/** What remains: this period's free credits used and left, and the purchased ones, in one bar. */
function Remaining({ status }: { status: CreditStatusData }) {
  const { t } = useI18n();
  const { defaultCount, remainingDefaultCount, paidCreditCount, remainingCount } = status.credit;
  const usedFree = Math.max(0, defaultCount - remainingDefaultCount);
  const paidLeft = Math.max(0, remainingCount - remainingDefaultCount);
  const total = Math.max(1, usedFree + remainingDefaultCount + paidLeft);
  const part = (value: number) => (value / total) * 100;
  return (
    <div className="credit-remaining">
      <p>
        <strong>{t.creditChart.remaining(remainingCount)}</strong>
      </p>
      <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" className="remaining-bar">
        <rect className="used" x={0} y={0} width={part(usedFree)} height={6} />
        <rect className="free" x={part(usedFree)} y={0} width={part(remainingDefaultCount)} height={6} />
        <rect className="paid" x={part(usedFree + remainingDefaultCount)} y={0} width={part(paidLeft)} height={6} />
      </svg>
      <ul className="legend">
        <li data-part="used">{t.creditChart.usedFree(usedFree, defaultCount)}</li>
        <li data-part="free">{t.creditChart.freeLeft(remainingDefaultCount)}</li>
        <li data-part="paid">{t.creditChart.paidLeft(paidLeft, paidCreditCount)}</li>
      </ul>
    </div>
  );
}
