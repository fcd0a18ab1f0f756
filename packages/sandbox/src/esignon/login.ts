import type { EsignonContext } from './context.js';
import { takeEsignonFailure } from './faults.js';
import { resultMessage } from './resultMessages.js';
import { formatAt } from './time.js';
import { issueAccessToken } from './tokens.js';
import { failed, messageLanguage, readEnvelope, succeeded, text } from './wire.js';

const responseCode = '1001A';

/**
 * `POST /api/{companyId}/login`, code `1001Q` (https://api.esignon.net/issued/token): the
 * member's e-mail and password for an access token. `10` for a wrong company, e-mail or
 * password; `12` for a body that is not `{ header: { request_code: "1001Q" }, body }`.
 */
export async function handleLogin(request: Request, url: URL, companyId: string, context: EsignonContext) {
  const language = messageLanguage(url);
  const forced = takeEsignonFailure(context.state, '1001Q');
  if (forced) return failed(responseCode, forced, resultMessage('1001Q', forced), language);
  const envelope = await readEnvelope(request);
  if (!envelope.ok || envelope.header.request_code !== '1001Q') {
    return failed(responseCode, '12', resultMessage('1001Q', '12'), language);
  }
  const email = text(envelope.body, 'memb_email') ?? '';
  const password = text(envelope.body, 'memb_pwd') ?? '';
  const { options } = context;
  const matches =
    companyId === options.companyId &&
    email.toLowerCase() === options.email.toLowerCase() &&
    same(password, options.password);
  if (!matches) return failed(responseCode, '10', resultMessage('1001Q', '10'), language);
  const token = issueAccessToken(context);
  return succeeded(responseCode, language, {
    access_token: token.token,
    comp_id: options.companyId,
    // Our reading: the docs name device_id without saying what it is; the sandbox sends a fixed value.
    device_id: 'esign-kit-sandbox',
    // Our reading: expire_date's format is undocumented; the sandbox sends KST `YYYY-MM-DD HH:mm:ss`.
    expire_date: formatAt(new Date(token.expiresAt)),
    memb_email: options.email,
  });
}

/** Compares two passwords without leaking, through timing, how much of them matched. */
/**
 * Compares every byte whatever the first difference, like the real service should. No `node:crypto`:
 * the sandbox also runs in the static catalogue's service worker.
 */
function same(given: string, expected: string): boolean {
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(expected);
  let difference = a.length ^ b.length;
  for (let index = 0; index < b.length; index++) difference |= (a[index] ?? 0) ^ (b[index] as number);
  return difference === 0;
}
