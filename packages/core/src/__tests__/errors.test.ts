import { describe, expect, it } from 'vitest';
import { clientErrorTexts } from '../errors/clientErrorTexts.js';
import { EsignKitError, isEsignKitError } from '../errors/EsignKitError.js';
import { describeErrorCode, isKnownErrorCode, kitErrorCatalogue, prixErrorCatalogue } from '../errors/errorCodes.js';
import { resolveLocale } from '../errors/locale.js';

/** The 34 codes of the reference's §8.5 table, copied from it. */
const referenceCodes = [
  'ALREADY_CUSTOMER_EXISTS',
  'EXISTING_CONTRACT_KEY',
  'FAILED_CREATE_CONTRACT',
  'FAILED_CREATE_SIGNATURE',
  'FAILED_GET_CREDIT',
  'FAILED_MERGE_CONTRACT',
  'FAILED_UPDATE_PROFILE',
  'FAILED_USE_SIGNATURE_TEMPLATE',
  'FORBIDDEN_BUSINESS',
  'FORBIDDEN_USER',
  'INVALID_ADDITIONAL_INPUT',
  'INVALID_BUSINESS',
  'INVALID_CUSTOMER_CUSTOM_KEY',
  'INVALID_SIGNATURE_EXPIRED_DATE',
  'INVALID_SIGNATURE_PARTICIPANT_UUID',
  'INVALID_SIGNATURE_TITLE',
  'MISSING_PROFILE_NAME',
  'NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH',
  'NOT_ALLOWED_PASS_AUTH_NOT_ENOUGH',
  'NOT_FOUND_BUSINESS',
  'NOT_FOUND_CONFIGURATION',
  'NOT_FOUND_CUSTOMER',
  'NOT_FOUND_SIGNATURE',
  'NOT_FOUND_SIGNATURE_TEMPLATE',
  'NOT_FOUND_USER',
  'SIGNATURE_CANCEL_FAILED',
  'SIGNATURE_CERTIFICATE_NOT_READY',
  'SIGNATURE_INVALID_FACILITATOR_UUID',
  'SIGNATURE_PARTICIPANT_EMPTY_ADDITIONAL_REQUEST_INPUT',
  'SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_EMAIL',
  'SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_PHONE',
  'SIGNATURE_TEMPLATE_BULK_PARTICIPANT_COUNT',
  'SIGNATURE_TEMPLATE_NOT_FOUND',
  'UNAUTHORIZED_API_KEY',
];

describe('error catalogue', () => {
  it('knows every code of the reference §8.5, each with a Korean and an English sentence', () => {
    expect(Object.keys(prixErrorCatalogue).sort()).toEqual(referenceCodes);
    for (const entry of [...Object.values(prixErrorCatalogue), ...Object.values(kitErrorCatalogue)]) {
      expect(entry.ko).toMatch(/[가-힣]/);
      expect(entry.en).toMatch(/^[A-Z][^가-힣]+\.$/);
    }
  });

  it('tells known codes from undocumented ones', () => {
    expect(isKnownErrorCode('NOT_FOUND_SIGNATURE')).toBe(true);
    expect(isKnownErrorCode('SOMETHING_NEW')).toBe(false);
    expect(isKnownErrorCode('toString')).toBe(false);
    expect(describeErrorCode('FAILED_GET_CREDIT')?.status).toBe(500);
  });
});

describe('EsignKitError', () => {
  it('speaks the chosen locale from its texts and keeps the vendor text apart', () => {
    const error = new EsignKitError({
      errorCode: 'NOT_FOUND_SIGNATURE',
      status: 404,
      vendorMessage: '존재하지 않는 전자서명',
      texts: describeErrorCode('NOT_FOUND_SIGNATURE'),
      locale: 'en',
    });
    expect(error.message).toBe('The e-signature does not exist.');
    expect(error.messageIn('ko')).toBe('존재하지 않는 전자서명입니다.');
    expect(error.vendorMessage).toBe('존재하지 않는 전자서명');
    expect(isEsignKitError(error)).toBe(true);
    expect(isEsignKitError(new Error('x'))).toBe(false);
  });

  it('knows the sentences of the codes the client raises itself, and only those, without a catalogue', () => {
    for (const [code, texts] of Object.entries(clientErrorTexts)) {
      const error = new EsignKitError({ errorCode: code, locale: 'en' });
      expect(error.message).toBe(texts.en);
      expect(error.messageIn('ko')).toBe(texts.ko);
      // The server's catalogue says the same.
      expect(describeErrorCode(code)).toMatchObject(texts);
    }
    // A proxy-side code without texts in the answer: the client has no sentence of its own for it.
    expect(new EsignKitError({ errorCode: 'ESIGN_KIT_FORBIDDEN', locale: 'en' }).message).toBe(
      'The request failed (ESIGN_KIT_FORBIDDEN).',
    );
  });

  it("falls back to the vendor's text for an undocumented code, then to a generic sentence", () => {
    expect(new EsignKitError({ errorCode: 'NEW_CODE', vendorMessage: '새 오류', locale: 'en' }).message).toBe(
      '새 오류',
    );
    expect(new EsignKitError({ errorCode: 'NEW_CODE', locale: 'en' }).message).toBe('The request failed (NEW_CODE).');
  });

  it('resolves locales from language tags', () => {
    expect(resolveLocale('ko-KR')).toBe('ko');
    expect(resolveLocale('en-US')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });
});
