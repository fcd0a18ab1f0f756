import type { ContractSignature } from '@esign-kit/core';
import { formatDate } from '../common/formatDate.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { signingSteps } from './signingSteps.js';
import './contractDetail.css';

/**
 * The signing progress as an ordered list: the request, each participant in signing order with
 * where they stand (in words, with a mark that is not colour alone), and how it ended. Prix does
 * not say when each participant signed, so only the request and the conclusion carry a date.
 */
export function SigningTimeline({
  signature,
  concludedDate,
}: {
  signature: Pick<ContractSignature, 'status' | 'participants' | 'createdAt' | 'expiredDate'>;
  concludedDate: string | null | undefined;
}) {
  const { t, locale } = useI18n();
  const steps = signingSteps(signature);
  const signed = steps.filter((step) => step.state === 'signed').length;
  const end =
    signature.status === 'DONE'
      ? { state: 'signed', text: t.detail.timeline.concluded(formatDate(concludedDate, locale)) }
      : signature.status === 'CANCELED'
        ? { state: 'canceled', text: t.detail.timeline.canceled }
        : { state: 'waiting', text: t.detail.timeline.due(formatDate(signature.expiredDate, locale)) };
  return (
    <section className="signing-timeline" aria-label={t.detail.timeline.title}>
      <h4>{t.detail.timeline.title}</h4>
      <p className="muted">{t.detail.timeline.summary(signed, steps.length)}</p>
      <ol>
        <li data-state="signed">
          <span className="step-mark" aria-hidden="true">
            ✓
          </span>
          <span className="step-text">
            {t.detail.timeline.requested(formatDate(signature.createdAt, locale, true))}
          </span>
        </li>
        {steps.map((step, index) => (
          <li key={step.uuid} data-state={step.state} aria-current={step.state === 'current' ? 'step' : undefined}>
            <span className="step-mark" aria-hidden="true">
              {marks[step.state] ?? index + 1}
            </span>
            <span className="step-text">
              <span className="step-name" title={step.name}>
                {step.name}
              </span>
              {step.role ? <span className="muted"> ({step.role})</span> : null}
              {' — '}
              <strong>{t.detail.timeline.state[step.state]}</strong>
            </span>
          </li>
        ))}
        <li data-state={end.state} data-step="end">
          <span className="step-mark" aria-hidden="true">
            {end.state === 'signed' ? '✓' : end.state === 'canceled' ? '✕' : '…'}
          </span>
          <span className="step-text">{end.text}</span>
        </li>
      </ol>
    </section>
  );
}

/** A mark beside the words: the words carry the meaning, the mark helps the eye. */
const marks: Partial<Record<string, string>> = { signed: '✓', declined: '✕', canceled: '✕', current: '●' };
