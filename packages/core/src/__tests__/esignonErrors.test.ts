import { describe, expect, it } from 'vitest';
import { describeErrorCode } from '../errors/errorCodes.js';
import { esignonErrorCatalogue, esignonErrorFor, esignonOperations, isEsignonTokenRefused } from '../esignon/server.js';

describe('esignonErrorFor', () => {
  it.each([
    ['login', '10', 'ESIGNON_LOGIN_FAILED'],
    ['login', '12', 'ESIGNON_BODY_UNREADABLE'],
    ['login', '95', 'ESIGNON_API_NOT_ALLOWED'],
    ['login', '99', 'ESIGNON_UNEXPECTED'],
    ['start', '-1', 'ESIGNON_VALIDATION_FAILED'],
    ['start', '10', 'ESIGNON_FAILED'],
    ['start', '11', 'ESIGNON_BODY_UNREADABLE'],
    ['start', '13', 'ESIGNON_QUOTA_EXCEEDED'],
    ['start', '19', 'ESIGNON_EXPIRY_FORMAT'],
    ['start', '20', 'ESIGNON_EXPIRY_IN_PAST'],
    ['start', '99', 'ESIGNON_UNEXPECTED'],
    ['read', '10', 'ESIGNON_WORKFLOW_NOT_FOUND'],
    ['cancel', '11', 'ESIGNON_WRONG_STATE'],
    ['cancel', '94', 'ESIGNON_AUTH_REJECTED'],
  ] as const)('should read %s result %s as %s', (context, resultCode, errorCode) => {
    expect(esignonErrorFor(context, resultCode).errorCode).toBe(errorCode);
  });

  it('should read start `12` as the Korean docs do (service period expired), not as the English (body unreadable)', () => {
    // The newest Korean table (2022) has `11` = unreadable body and `12` = service period expired;
    // the English one (2021) lists `12` = body not parseable. The two disagree; Korean wins.
    expect(esignonErrorFor('start', '12').errorCode).toBe('ESIGNON_SERVICE_EXPIRED');
    expect(esignonErrorFor('start', '11').errorCode).toBe('ESIGNON_BODY_UNREADABLE');
    // At login `12` is the unreadable body in both doc sets.
    expect(esignonErrorFor('login', '12').errorCode).toBe('ESIGNON_BODY_UNREADABLE');
  });

  it('should make undocumented codes ESIGNON_UNKNOWN_RESULT, carrying eSignon’s message', () => {
    const failure = esignonErrorFor('read', '13', '  이용 기간 만료 ');
    expect(failure).toEqual({
      ok: false,
      errorCode: 'ESIGNON_UNKNOWN_RESULT',
      message: '이용 기간 만료',
      status: 502,
      texts: {
        ko: esignonErrorCatalogue.ESIGNON_UNKNOWN_RESULT.ko,
        en: esignonErrorCatalogue.ESIGNON_UNKNOWN_RESULT.en,
      },
      resultCode: '13',
    });
    expect(esignonErrorFor('download', '42').errorCode).toBe('ESIGNON_UNKNOWN_RESULT');
    // Inherited object keys are not codes.
    expect(esignonErrorFor('start', 'toString').errorCode).toBe('ESIGNON_UNKNOWN_RESULT');
  });

  it('should read a download refusal as our reading of the undocumented codes: 10 unknown workflow, 11 not complete', () => {
    expect(esignonErrorFor('download', '10')).toMatchObject({ errorCode: 'ESIGNON_WORKFLOW_NOT_FOUND', status: 404 });
    expect(esignonErrorFor('download', '11')).toMatchObject({ errorCode: 'ESIGNON_DOCUMENTS_NOT_READY', status: 409 });
  });

  it('should fall back to the English sentence when eSignon sent no message, and give the status of the code', () => {
    const failure = esignonErrorFor('read', '10');
    expect(failure.message).toBe(esignonErrorCatalogue.ESIGNON_WORKFLOW_NOT_FOUND.en);
    expect(failure.status).toBe(404);
  });

  it('should recognise a refused token by result 94 or HTTP 401', () => {
    expect(isEsignonTokenRefused({ status: 200, resultCode: '94' })).toBe(true);
    expect(isEsignonTokenRefused({ status: 401 })).toBe(true);
    expect(isEsignonTokenRefused({ status: 200, resultCode: '00' })).toBe(false);
    expect(isEsignonTokenRefused({ status: 200, resultCode: '10' })).toBe(false);
  });
});

describe('esignonErrorCatalogue', () => {
  it('should word every code in Korean and English, with an HTTP error status', () => {
    for (const [code, entry] of Object.entries(esignonErrorCatalogue)) {
      expect(code).toMatch(/^ESIGNON_[A-Z_]+$/);
      expect(entry.ko, code).toMatch(/[가-힣]/);
      expect(entry.en, code).toMatch(/^[A-Za-z].*\.$/);
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
    }
  });

  it('should know every code an operation lists', () => {
    for (const operation of esignonOperations) {
      for (const code of operation.errors) expect(Object.hasOwn(esignonErrorCatalogue, code), code).toBe(true);
    }
  });

  it('should not clash with Prix’s or the kit’s codes', () => {
    for (const code of Object.keys(esignonErrorCatalogue)) expect(describeErrorCode(code), code).toBeUndefined();
  });
});
