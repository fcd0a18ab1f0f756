import { detectLocale, type Locale } from '@esign-kit/core';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en.js';
import { ko, type Messages } from './ko.js';

const storageKey = 'esign-kit-demo-locale';
const messages: Record<Locale, Messages> = { ko, en };

interface LocaleValue {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly t: Messages;
}

const LocaleContext = createContext<LocaleValue | null>(null);

function initialLocale(): Locale {
  const stored = localStorage.getItem(storageKey);
  return stored === 'ko' || stored === 'en' ? stored : detectLocale();
}

/** The user's language: the last one chosen, else the browser's. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    localStorage.setItem(storageKey, locale);
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale, t: messages[locale] }), [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useI18n(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useI18n must be used inside <LocaleProvider>.');
  return value;
}
