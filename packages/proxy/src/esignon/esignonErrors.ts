import {
  type EsignonCallContext,
  type EsignonErrorCode,
  esignonErrorCatalogue,
  esignonErrorFor,
} from '@esign-kit/core/esignon/server';
import type { VendorFailure } from '../vendor/Vendor.js';

/** Which call a `result_code` came from: eSignon's codes mean different things per endpoint. */
export type EsignonErrorContext = EsignonCallContext;

/**
 * A `result_code` other than `"00"` in the kit's terms, through core's catalogue: the kit code,
 * its HTTP status and its Korean and English sentences. eSignon's own `result_msg` is kept as
 * `message` (often Korean, and it names the problem for `-1`); the English sentence stands in
 * when eSignon sent none.
 */
export function esignonFailure(
  context: EsignonErrorContext,
  resultCode: string,
  resultMsg: string | undefined,
): VendorFailure {
  const { errorCode, message, status, texts } = esignonErrorFor(context, resultCode, resultMsg);
  return { ok: false, errorCode, message, status, texts };
}

/** One of the kit's own eSignon codes (no vendor answer behind it), with its catalogue sentences. */
export function esignonError(errorCode: EsignonErrorCode): VendorFailure {
  const entry = esignonErrorCatalogue[errorCode];
  return { ok: false, errorCode, message: entry.en, status: entry.status, texts: { ko: entry.ko, en: entry.en } };
}
