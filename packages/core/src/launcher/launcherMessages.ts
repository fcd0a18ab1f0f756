/**
 * Messages between a hosted page (or the proxy's return page) and the launcher. Every message
 * is checked three ways on receipt: exact origin, sending window, and this shape.
 */
export type LauncherMessage =
  /** The return page: the user finished the flow (Prix navigated to `successUrl`). */
  | { readonly type: 'esign-kit:complete'; readonly launchId: string }
  /** A page that can say so (the sandbox's) has loaded inside the frame. */
  | { readonly type: 'esign-kit:page-ready' };

/** The BroadcastChannel the return page also posts on (reaches tabs whose `opener` was cut). */
export const launcherChannelName = 'esign-kit';

/** Query parameter of the return page that carries the launch id. */
export const launchIdParam = 'esign-kit-launch';

/** Returns the message when `data` has exactly an accepted shape, else `undefined`. */
export function parseLauncherMessage(data: unknown): LauncherMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  if (record.type === 'esign-kit:complete' && keys === 'launchId,type' && isLaunchId(record.launchId)) {
    return { type: 'esign-kit:complete', launchId: record.launchId };
  }
  if (record.type === 'esign-kit:page-ready' && keys === 'type') return { type: 'esign-kit:page-ready' };
  return undefined;
}

/** Launch ids are random, URL-safe and short; anything else is not ours. */
export function isLaunchId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(value);
}
