/**
 * Messages between a hosted page (or the proxy's return page) and the launcher. Every message
 * is checked three ways on receipt: exact origin, sending window, and this shape.
 */
export type LauncherMessage =
  /** The return page: the user finished the flow (Prix navigated to `successUrl`). */
  | { readonly type: typeof completionMessageType; readonly launchId: string }
  /** A page that can say so (the sandbox's) has loaded inside the frame. */
  | { readonly type: 'esign-kit:page-ready' };

/** The `type` of the completion message the proxy's return page posts. */
export const completionMessageType = 'esign-kit:complete';

/** What a launch id looks like: random, URL-safe and short. The return page checks it too. */
export const launchIdPattern = /^[A-Za-z0-9_-]{16,64}$/;

/** The BroadcastChannel the return page also posts on (reaches tabs whose `opener` was cut). */
export const launcherChannelName = 'esign-kit';

/** Query parameter of the return page that carries the launch id. */
export const launchIdParam = 'esign-kit-launch';

/**
 * Returns the message when `data` has exactly an accepted shape (no other key), else `undefined`.
 * Structured clones arrive as plain data, so the checked object itself is returned.
 */
export function parseLauncherMessage(data: unknown): LauncherMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record).sort().join();
  return (record.type === completionMessageType && keys === 'launchId,type' && isLaunchId(record.launchId)) ||
    (record.type === 'esign-kit:page-ready' && keys === 'type')
    ? (record as LauncherMessage)
    : undefined;
}

/** Launch ids are random, URL-safe and short; anything else is not ours. */
export function isLaunchId(value: unknown): value is string {
  return typeof value === 'string' && launchIdPattern.test(value);
}
