import type { KitErrorCode } from '@esign-kit/core';
import { describeErrorCode } from '@esign-kit/core/server';
import type { VendorFailure } from './Vendor.js';

/**
 * One of esign-kit's own codes as a vendor's failure: the catalogue's status, its English
 * sentence as `message` and both languages as `texts`, so it answers the browser exactly as the
 * proxy's own refusals do.
 *
 * @example
 * ```ts
 * if (!envelope) return kitFailure('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE') // 502
 * ```
 */
export function kitFailure(errorCode: KitErrorCode): VendorFailure {
  const entry = describeErrorCode(errorCode);
  return {
    ok: false,
    errorCode,
    message: entry?.en ?? errorCode,
    status: entry?.status ?? 500,
    ...(entry ? { texts: { ko: entry.ko, en: entry.en } } : {}),
  };
}
