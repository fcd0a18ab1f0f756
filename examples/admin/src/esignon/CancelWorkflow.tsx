import { useCancelEsignonWorkflow } from '@esign-kit/react/esignon';
import { useState } from 'react';
import { useI18n } from '../i18n/LocaleContext.js';
import { EsignonErrorNotice } from './EsignonErrorNotice.js';

/** Cancels a workflow being signed, after a confirmation; the workflow reads again and shows it canceled. */
export function CancelWorkflow({ workflowId }: { workflowId: string }) {
  const { t } = useI18n();
  const cancel = useCancelEsignonWorkflow();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="cancel">
      {confirming ? (
        <fieldset className="confirm">
          <legend>{t.esignon.workflow.cancelConfirm}</legend>
          <button
            type="button"
            className="danger"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate({ workflowId }, { onSettled: () => setConfirming(false) })}
          >
            {t.esignon.workflow.cancelYes}
          </button>
          <button type="button" disabled={cancel.isPending} onClick={() => setConfirming(false)}>
            {t.esignon.workflow.cancelNo}
          </button>
        </fieldset>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t.esignon.workflow.cancel}
        </button>
      )}
      {cancel.isSuccess ? (
        <p role="status" className="ok">
          {t.esignon.workflow.canceled}
        </p>
      ) : null}
      {cancel.error ? <EsignonErrorNotice error={cancel.error} /> : null}
    </div>
  );
}
