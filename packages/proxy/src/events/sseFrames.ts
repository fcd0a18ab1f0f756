import type { SigningEventEnvelope } from '@esign-kit/core/events';

// The text/event-stream framing (https://html.spec.whatwg.org/multipage/server-sent-events.html).
// Ids and JSON never hold a line break, so each field is one line.

const encoder = new TextEncoder();

/** An event: its position as `id:` (what `EventSource` sends back as `Last-Event-ID`), the envelope as JSON `data:`. */
export const eventFrame = (envelope: SigningEventEnvelope) =>
  encoder.encode(`id: ${envelope.id}\ndata: ${JSON.stringify(envelope)}\n\n`);

/** The reconnect delay `EventSource` uses, and a first comment so proxies flush the headers at once. */
export const openingFrame = (retryMs: number) => encoder.encode(`retry: ${retryMs}\n: open\n\n`);

/** A position without an event: sets `EventSource.lastEventId`, dispatches nothing (the spec's empty data). */
export const positionFrame = (id: string) => encoder.encode(`id: ${id}\n\n`);

/**
 * `event: reset`: the events since the screen's position are no longer kept, so it must
 * refetch what it shows; the stream goes on from `id`.
 */
export const resetFrame = (id: string) => encoder.encode(`event: reset\nid: ${id}\ndata: {"reason":"gone"}\n\n`);

/** A comment: keeps idle connections open through proxies and load balancers. */
export const heartbeatFrame = encoder.encode(': ping\n\n');
