import { describe, expect, it } from 'vitest';
import { EsignKitError } from '../errors/EsignKitError.js';

/** The sentences the proxy sends with a 429 (the catalogue's). */
const rateLimited = {
  ko: '요청이 너무 많습니다. 잠시 후 다시 시도하세요.',
  en: 'Too many requests. Try again later.',
};

describe('EsignKitError messages', () => {
  it.each([
    [3600, '요청이 너무 많습니다. 약 1시간 후 다시 시도하세요.', 'Too many requests. Try again in 1 hour.'],
    [3540, '요청이 너무 많습니다. 약 59분 후 다시 시도하세요.', 'Too many requests. Try again in 59 minutes.'],
    [3590, '요청이 너무 많습니다. 약 1시간 후 다시 시도하세요.', 'Too many requests. Try again in 1 hour.'],
    [90, '요청이 너무 많습니다. 약 2분 후 다시 시도하세요.', 'Too many requests. Try again in 2 minutes.'],
    [20, '요청이 너무 많습니다. 약 1분 후 다시 시도하세요.', 'Too many requests. Try again in 1 minute.'],
    [7200, '요청이 너무 많습니다. 약 2시간 후 다시 시도하세요.', 'Too many requests. Try again in 2 hours.'],
  ])('say how long to wait when the answer said so (Retry-After: %i)', (seconds, ko, en) => {
    const error = new EsignKitError({
      errorCode: 'ESIGN_KIT_RATE_LIMITED',
      status: 429,
      texts: rateLimited,
      retryAfterSeconds: seconds,
      locale: 'ko',
    });
    expect(error.message).toBe(ko);
    expect(error.messageIn('en')).toBe(en);
  });

  it('keep "later" when no wait was given', () => {
    const error = new EsignKitError({ errorCode: 'ESIGN_KIT_RATE_LIMITED', status: 429, texts: rateLimited });
    expect(error.message).toBe(rateLimited.ko);
  });

  it('put no English issue text inside a Korean sentence: the fields to check are named instead', () => {
    const issues = [
      { path: 'sendInput.sendType', message: 'Must be one of "EMAIL", "PHONE".' },
      { path: 'participantUuid', message: 'Must be a valid uuid.' },
      { path: '', message: 'Unknown field(s): data-testid.' },
    ];
    const error = new EsignKitError({ errorCode: 'ESIGN_KIT_INVALID_INPUT', status: 400, issues, locale: 'ko' });
    expect(error.message).toBe('입력값이 올바르지 않습니다. 확인할 항목: sendInput.sendType, participantUuid');
    expect(error.message).not.toMatch(/Must|Required|Unknown/);
    expect(error.messageIn('en')).toBe(
      'The input is not valid. sendInput.sendType: Must be one of "EMAIL", "PHONE".; participantUuid: Must be a valid uuid.; Unknown field(s): data-testid.',
    );
    expect(error.issues).toEqual(issues);
  });
});
