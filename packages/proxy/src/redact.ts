// E-mail addresses, and phone numbers as Koreans write them (010-1234-5678, 01012345678,
// +82 10 1234 5678, 02-123-4567): personal data that has no business in an app's logs.
const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const phonePattern =
  /(?<![\w-])(?:\+?82[\s-]?)?0?1[016789][\s-]?\d{3,4}[\s-]?\d{4}(?![\w-])|(?<![\w-])0[2-6]\d?[\s-]?\d{3,4}[\s-]?\d{4}(?![\w-])/g;

/**
 * Removes the API key(s), e-mail addresses and phone numbers from text the proxy hands to the
 * app's `onLog` / `onError`, or puts in an error message.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (secret) result = result.replaceAll(secret, '[redacted]');
  return result.replace(emailPattern, '[email]').replace(phonePattern, '[phone]');
}
