import type { EsignKitError } from '@esign-kit/core';
import { headline, nextStep } from '../i18n/errorHints.js';
import { useI18n } from '../i18n/LocaleContext.js';

/** An esign-kit error in the user's language, with what to do next and the code for support. */
export function ErrorNotice({ error, extra }: { error: EsignKitError; extra?: string | undefined }) {
  const { t, locale } = useI18n();
  return (
    <div role="alert" className="error-notice" data-error-code={error.errorCode}>
      <p className="error-message">{headline(error, locale)}</p>
      <p>
        <strong>{t.errors.next}:</strong> {nextStep(error, locale)}
        {extra ? ` ${extra}` : null}
      </p>
      <p className="muted">
        {t.errors.code}: <code>{error.errorCode}</code>
        {/* The proxy's own errors (ESIGN_KIT_*) carry its message, not Prix's. */}
        {error.vendorMessage && !error.errorCode.startsWith('ESIGN_KIT_')
          ? ` · ${t.errors.vendor}: ${error.vendorMessage}`
          : null}
      </p>
    </div>
  );
}
