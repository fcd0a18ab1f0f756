import type { SigningEvent, SigningEventEnvelope, SigningEventType } from './types.js';

// A hand-written check (no zod: this entry is loaded by browsers): what comes off a stream,
// out of Redis or from an SSE frame, is checked before it is trusted.

type Field = 'string' | 'string?' | 'number' | 'number?';

/** Each event type's fields besides `type`, and the vendors it may come from. */
const shapes: Readonly<Record<SigningEventType, { vendors: readonly string[]; fields: Record<string, Field> }>> = {
  'contract.status': { vendors: ['prix'], fields: { contractUuid: 'string', status: 'string' } },
  'signature.status': {
    vendors: ['prix'],
    fields: { signatureUuid: 'string', contractUuid: 'string?', status: 'string' },
  },
  'participant.status': {
    vendors: ['prix'],
    fields: { signatureUuid: 'string', participantUuid: 'string', contractUuid: 'string?', status: 'string' },
  },
  'page.completed': {
    vendors: ['prix', 'esignon'],
    fields: { page: 'string', contractUuid: 'string?', signatureUuid: 'string?', workflowId: 'string?' },
  },
  'reminder.sent': {
    vendors: ['prix'],
    fields: { signatureUuid: 'string', participantUuid: 'string?', contractUuid: 'string?' },
  },
  'signature.cancelled': { vendors: ['prix'], fields: { signatureUuid: 'string', contractUuid: 'string?' } },
  'tags.set': { vendors: ['prix'], fields: { contractUuid: 'string' } },
  'workflow.status': { vendors: ['esignon'], fields: { workflowId: 'string', status: 'string', step: 'number?' } },
  'workflow.next-signer': { vendors: ['esignon'], fields: { workflowId: 'string', step: 'number' } },
};

/** The event types, in a stable order. */
export const signingEventTypes = Object.keys(shapes) as readonly SigningEventType[];

function fits(value: unknown, field: Field): boolean {
  if (value === undefined) return field.endsWith('?');
  if (field.startsWith('string')) return typeof value === 'string' && value.length > 0 && value.length <= 200;
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Whether `value` is a {@link SigningEvent}: a known type, its vendor, every field of the right
 * kind, and no field besides (an event carries nothing it does not declare, so no personal data
 * slips through on an extra field).
 */
export function isSigningEvent(value: unknown): value is SigningEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { type, vendor, ...rest } = value as Record<string, unknown>;
  const shape = typeof type === 'string' && Object.hasOwn(shapes, type) ? shapes[type as SigningEventType] : undefined;
  if (!shape || typeof vendor !== 'string' || !shape.vendors.includes(vendor)) return false;
  for (const key of Object.keys(rest)) if (!Object.hasOwn(shape.fields, key)) return false;
  return Object.entries(shape.fields).every(([key, field]) => fits(rest[key], field));
}

/** Whether `value` is a {@link SigningEventEnvelope} (id, ISO time, a valid event). */
export function isSigningEventEnvelope(value: unknown): value is SigningEventEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const { id, at, event } = value as Record<string, unknown>;
  return typeof id === 'string' && id.length > 0 && typeof at === 'string' && isSigningEvent(event);
}
