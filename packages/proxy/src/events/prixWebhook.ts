import type { SigningEvent } from '@esign-kit/core/events';
import { isSigningEvent } from '@esign-kit/core/events';
import { readBodyBytes } from '../readJsonBody.js';
import type { EventBus } from './EventBus.js';

/** Options of {@link prixWebhook}. */
export interface PrixWebhookOptions {
  /** Where the parsed events are published. */
  readonly bus: Pick<EventBus, 'publish'>;
  /**
   * Proves a delivery is Prix's, over the raw body (before any parsing), e.g. an HMAC of the
   * body with a shared secret compared in constant time. Fill in from Prix's webhook spec
   * (웹훅 이용하기, https://api-kit.prix.im/ — not readable when this was written): its header
   * names, signature scheme and replay window are unknown. `false` (or a throw) answers 401
   * and nothing is published.
   */
  readonly verify: (request: Request, rawBody: Uint8Array) => boolean | Promise<boolean>;
  /**
   * Turns a verified delivery's JSON into events (ids and statuses only). Fill in from Prix's
   * spec. A throw, or anything that is not a list of valid events, answers 400 and nothing is
   * published: a delivery is published whole or not at all.
   */
  readonly parse: (body: unknown) => readonly SigningEvent[];
  /** Largest body read, in bytes; larger is 413. @default 65536 */
  readonly maxBodyBytes?: number;
  /** Told of each refused delivery (no body content), for the app's logs. */
  readonly onRefused?: (reason: 'unverified' | 'malformed' | 'too-large' | 'failed', detail: string) => void;
}

/**
 * A receiver for Prix's webhook, off by default: mount it (POST, e.g. at
 * `<basePath>/prix/webhook`) only once `verify` and `parse` are filled in from Prix's spec. Until
 * then the status watcher polls; the day a webhook delivers, screens get the same events with no
 * change in the browser.
 *
 * Order: POST only (405), the body read raw up to `maxBodyBytes` (413), `verify` over it (401),
 * JSON and `parse` (400), every event checked (400), then all published (200 `{}`; 503 if the bus
 * failed, so Prix retries). A refusal publishes nothing.
 *
 * @example
 * ```ts
 * const webhook = prixWebhook({
 *   bus,
 *   verify: (request, raw) => verifyPrixSignature(request.headers.get('x-prix-signature'), raw), // from the spec
 *   parse: (body) => toSigningEvents(body), // from the spec
 * })
 * ```
 */
export function prixWebhook(options: PrixWebhookOptions): (request: Request) => Promise<Response> {
  const { bus, verify, parse, maxBodyBytes = 64 * 1024, onRefused } = options;
  const refuse = (status: number, reason: Parameters<NonNullable<typeof onRefused>>[0], detail: string) => {
    try {
      onRefused?.(reason, detail);
    } catch {
      // The app's logger failing changes nothing.
    }
    return answer(status);
  };

  return async function receivePrixWebhook(request: Request): Promise<Response> {
    if (request.method !== 'POST') return answer(405, { allow: 'POST' });
    const raw = await readBodyBytes(request, maxBodyBytes);
    if (!raw) return refuse(413, 'too-large', `The body is over ${maxBodyBytes} bytes.`);
    let verified = false;
    try {
      verified = (await verify(request, raw)) === true;
    } catch {
      verified = false;
    }
    if (!verified) return refuse(401, 'unverified', 'verify() did not accept the delivery.');
    let events: readonly SigningEvent[];
    try {
      const parsed = parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw)));
      if (!Array.isArray(parsed) || !parsed.every(isSigningEvent))
        throw new Error('parse() did not return valid events.');
      events = parsed;
    } catch (error) {
      return refuse(400, 'malformed', error instanceof Error ? error.message : 'The body could not be read.');
    }
    try {
      for (const event of events) await bus.publish(event);
    } catch (error) {
      return refuse(503, 'failed', error instanceof Error ? error.message : String(error));
    }
    return answer(200);
  };
}

function answer(status: number, headers: Record<string, string> = {}): Response {
  return new Response('{}', {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}
