import type { EsignonWorkflow } from '@esign-kit/react/esignon';
import { useI18n } from '../i18n/LocaleContext.js';
import '../contracts/contractDetail.css';

/**
 * The signers in signing order, each with where they stand in words (a mark beside them helps
 * the eye, not alone): signed (before the current one, or all once complete), their turn, not yet.
 */
export function WorkflowSigners({ signers, complete }: { signers: EsignonWorkflow['signers']; complete: boolean }) {
  const { t } = useI18n();
  const turnAt = signers.find((signer) => signer.turn)?.order;
  const stateOf = (order: number) =>
    complete || (turnAt !== undefined && order < turnAt) ? 'signed' : order === turnAt ? 'current' : 'waiting';
  const words = {
    signed: t.esignon.workflow.done,
    current: t.esignon.workflow.turn,
    waiting: t.esignon.workflow.notYet,
  };
  return (
    <section className="signing-timeline esignon-signers" aria-labelledby="esignon-signers-title">
      <h4 id="esignon-signers-title">{t.esignon.workflow.signers}</h4>
      <ol>
        {[...signers]
          .sort((a, b) => a.order - b.order)
          .map((signer) => {
            const state = stateOf(signer.order);
            return (
              <li
                key={signer.order}
                data-state={state}
                data-signer={signer.order}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span className="step-mark" aria-hidden="true">
                  {state === 'signed' ? '✓' : state === 'current' ? '●' : signer.order}
                </span>
                <span className="step-text">
                  <span className="step-name">{signer.name}</span>
                  {signer.contact ? <span className="muted"> ({signer.contact})</span> : null}
                  {' — '}
                  <strong>{words[state]}</strong>
                </span>
              </li>
            );
          })}
      </ol>
    </section>
  );
}
