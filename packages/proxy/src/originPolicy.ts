/**
 * Whether a state-changing request may go ahead, judged by the headers browsers set and pages
 * cannot forge: `Origin` (sent with every cross-origin request and every POST) and
 * `Sec-Fetch-Site`. A request with neither comes from something that is not a browser (a server,
 * curl) and carries no ambient cookies a forged page could borrow, so it passes; `authorize`
 * still decides.
 */
export function isSameSiteRequest(request: Request, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null) return origin !== 'null' && allowedOrigins.includes(origin);
  const site = request.headers.get('sec-fetch-site');
  return site === null || site === 'same-origin' || site === 'none';
}
