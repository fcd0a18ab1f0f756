import { useCancelSignature } from '@esign-kit/react';
import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';

/** Cancels an e-signature after a confirmation; the contract refetches and shows it canceled. */
export function CancelSignature({ signatureUuid, open }: { signatureUuid: string; open: boolean }) {
  const { t } = useI18n();
  const cancel = useCancelSignature();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="cancel">
      {open && !confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t.cancel.open}
        </button>
      ) : null}
      {open && confirming ? (
        <fieldset className="confirm">
          <legend>{t.cancel.confirm}</legend>
          <button
            type="button"
            className="danger"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate({ signatureUuid }, { onSettled: () => setConfirming(false) })}
          >
            {t.cancel.yes}
          </button>
          <button type="button" disabled={cancel.isPending} onClick={() => setConfirming(false)}>
            {t.cancel.no}
          </button>
        </fieldset>
      ) : null}
      {cancel.isPending ? <Progress label={t.cancel.working} /> : null}
      {cancel.isSuccess ? (
        <p role="status" className="ok">
          {t.cancel.done}
        </p>
      ) : null}
      {cancel.error ? <ErrorNotice error={cancel.error} /> : null}
    </div>
  );
}
