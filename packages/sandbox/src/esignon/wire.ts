/**
 * eSignon's legacy envelope: every answer is `{ header: { response_code, result_code,
 * result_msg }, body }` with HTTP 200, the outcome in `result_code` (`"00"` = ok); see
 * https://api.esignon.net/issued/token and https://api.esignon.net/workflow/start/nonfacestart.
 */

const jsonContentType = 'application/json; charset=utf-8';

/** `result_msg` language, from the optional `?lang=ko|en|ja` query. */
export type EsignonMessageLanguage = 'ko' | 'en';

/** Reads `?lang=`: `en` (and `ja`, which the sandbox has no texts for) answer in English. */
export function messageLanguage(url: URL): EsignonMessageLanguage {
  const lang = url.searchParams.get('lang');
  return lang === 'en' || lang === 'ja' ? 'en' : 'ko';
}

/** A message in Korean and English; the answer carries the one `?lang=` asks for. */
export interface EsignonMessage {
  readonly ko: string;
  readonly en: string;
}

/** Any JSON answer. */
export function wireJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': jsonContentType, 'cache-control': 'no-store' },
  });
}

/** A legacy answer: `{ header, body }`, HTTP 200 unless told otherwise. */
export function answer(
  responseCode: string,
  resultCode: string,
  message: string,
  body: Record<string, unknown> = {},
  status = 200,
): Response {
  return wireJson(
    { header: { response_code: responseCode, result_code: resultCode, result_msg: message }, body },
    status,
  );
}

/** `"00"` with the success message. */
export function succeeded(
  responseCode: string,
  language: EsignonMessageLanguage,
  body: Record<string, unknown>,
): Response {
  return answer(responseCode, '00', language === 'en' ? 'success' : '성공', body);
}

/** A failure answer: the code and its message, an empty body. */
export function failed(
  responseCode: string,
  resultCode: string,
  message: EsignonMessage,
  language: EsignonMessageLanguage,
  status = 200,
): Response {
  return answer(responseCode, resultCode, message[language], {}, status);
}

/** What a legacy request's JSON body held, or why it could not be read. */
export type Envelope =
  | { readonly ok: true; readonly header: Record<string, unknown>; readonly body: Record<string, unknown> }
  | { readonly ok: false };

/** Requests larger than this are not read (the sandbox's bodies are a few kilobytes). */
const maxBodyBytes = 2 * 1024 * 1024;

/** Reads `{ header, body }`; anything else (not JSON, not objects) is unreadable. */
export async function readEnvelope(request: Request): Promise<Envelope> {
  const value = await readJsonObject(request);
  if (!value) return { ok: false };
  const { header, body } = value;
  if (!isRecord(header) || !isRecord(body)) return { ok: false };
  return { ok: true, header, body };
}

/** A JSON object body, or `undefined` when the body is not one. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | undefined> {
  const text = await request.text();
  if (new TextEncoder().encode(text).length > maxBodyBytes) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string member, or `undefined` when absent or not a string. */
export function text(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}
