const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Parses the kit's base URL and refuses one that would send the API key in clear text over a
 * network: it must be `https:`, or `http:` on a loopback host (the local sandbox).
 * Returns it without a trailing slash.
 */
export function parseUpstreamUrl(value: string, caller: string): string {
  let upstream: URL;
  try {
    upstream = new URL(value);
  } catch {
    throw new TypeError(`${caller}: \`upstream\` is not a URL: "${value}".`);
  }
  if (upstream.protocol !== 'https:' && !(upstream.protocol === 'http:' && loopbackHosts.has(upstream.hostname))) {
    throw new TypeError(
      `${caller}: \`upstream\` must use https (plain http is allowed only on loopback), got "${upstream.origin}".`,
    );
  }
  return upstream.href.replace(/\/+$/, '');
}
