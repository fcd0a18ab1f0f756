/** The languages esign-kit writes messages and labels in. */
export type Locale = 'ko' | 'en';

/**
 * Picks a supported locale from a BCP 47 tag such as `navigator.language`.
 * Korean for `ko`, `ko-KR`…; English otherwise.
 */
export function resolveLocale(tag: string | undefined | null): Locale {
  return tag?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** The browser's language when there is one (read lazily: safe during SSR), else Korean. */
export function detectLocale(): Locale {
  const language = typeof navigator === 'undefined' ? undefined : navigator.language;
  return language ? resolveLocale(language) : 'ko';
}
