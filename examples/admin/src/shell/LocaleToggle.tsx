import type { Locale } from '@esign-kit/core';
import { useI18n } from '../i18n/LocaleContext.js';

const locales: readonly Locale[] = ['ko', 'en'];

/** 한국어 / English: messages, errors and page buttons switch at once. */
export function LocaleToggle() {
  const { t, locale, setLocale } = useI18n();
  return (
    <fieldset className="toggle">
      <legend>{t.language.label}</legend>
      {locales.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="locale"
            value={option}
            checked={locale === option}
            onChange={() => setLocale(option)}
          />
          {t.language[option]}
        </label>
      ))}
    </fieldset>
  );
}
