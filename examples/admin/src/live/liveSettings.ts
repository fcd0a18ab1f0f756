/**
 * Seconds between two refetches of what is on screen while the proxy's event stream cannot get
 * through (the provider's `pollInterval`); the indicator names the same number.
 */
export const livePollSeconds = 10;
