import type { EsignKitError } from '@esign-kit/core';
import { headline, nextStep } from '../i18n/errorHints.js';
import { useI18n } from '../i18n/LocaleContext.js';

/** Answers that mean "no such workflow among yours": the proxy's rule (`'not-found'`) or eSignon's `10`. */
const notFoundCodes = new Set(['ESIGN_KIT_NOT_FOUND', 'ESIGNON_WORKFLOW_NOT_FOUND']);

/**
 * An error of the eSignon section, in the admin's notice style: a workflow that is missing or
 * another tenant's is worded for eSignon contracts (the admin's hints speak of Prix contracts and
 * their keys), and eSignon's own `result_msg` is labelled as eSignon's.
 */
export function EsignonErrorNotice({ error }: { error: EsignKitError }) {
  const { t, locale } = useI18n();
  const notFound = notFoundCodes.has(error.errorCode);
  return (
    <div role="alert" className="error-notice" data-error-code={error.errorCode}>
      <p className="error-message">{notFound ? t.esignon.notFound.headline : headline(error, locale)}</p>
      <p>
        <strong>{t.errors.next}:</strong> {notFound ? t.esignon.notFound.next : nextStep(error, locale)}
      </p>
      <p className="muted">
        {t.errors.code}: <code>{error.errorCode}</code>
        {/* The proxy's own errors carry its message; eSignon's carry its result_msg. */}
        {error.vendorMessage && error.errorCode.startsWith('ESIGNON_')
          ? ` · ${t.esignon.vendor}: ${error.vendorMessage}`
          : null}
      </p>
    </div>
  );
}
