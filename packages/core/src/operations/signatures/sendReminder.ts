import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { sendChannelSchema, uuidSchema } from '../../schemas/common.js';

const sendReminderInputSchema = z.strictObject({
  /** The e-signature (path parameter). */
  signatureUuid: uuidSchema,
  /** The participant to notify. */
  participantUuid: uuidSchema,
  /** `REQUEST`: ask to take part (default); `DONE`: tell them it is complete. */
  type: z._default(z.enum(['REQUEST', 'DONE']), 'REQUEST'),
  /** Channel and address; defaults to the ones used when the signature was requested. */
  sendInput: z.optional(
    z.strictObject({
      sendType: sendChannelSchema,
      /** An e-mail address, or a phone number written with hyphens (`010-1234-1234`). */
      sendAddress: z.string().check(z.minLength(1)),
    }),
  ),
});

export type SendReminderInput = z.input<typeof sendReminderInputSchema>;

export const sendReminderDataSchema = z.object({
  participantUuid: z.string(),
  sendType: sendChannelSchema,
  sendAddress: z.string(),
});
export type SendReminderData = z.infer<typeof sendReminderDataSchema>;

/**
 * `POST kit-api/v1/signatures/[signature uuid]/send` — send a participant another
 * notification: a request to sign (`REQUEST`, the default) or a completion notice (`DONE`)
 * (reference §2.8). The body is flat, not wrapped in `input`.
 *
 * @example
 * ```ts
 * await client.request(sendReminder, {
 *   signatureUuid: '57139f5c-37d0-4c30-bdb6-ef6106040756',
 *   participantUuid: 'e65664ca-bac4-4f94-81bc-bc1a2436543b',
 *   sendInput: { sendType: 'EMAIL', sendAddress: 'test@prix.im' },
 * })
 * ```
 */
export const sendReminder = defineOperation({
  id: 'signatures.send',
  method: 'POST',
  path: 'signatures/{signatureUuid}/send',
  kind: 'mutation',
  summary: 'Send a participant another signing request or completion notice.',
  input: sendReminderInputSchema,
  data: sendReminderDataSchema,
  // The page documents no error table; these are the codes the sandbox reproduces.
  errors: ['NOT_FOUND_SIGNATURE', 'INVALID_SIGNATURE_PARTICIPANT_UUID'],
});
