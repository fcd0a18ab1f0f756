import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { emailSchema, sendChannelSchema, uuidSchema } from '../../schemas/common.js';

/**
 * A Korean mobile number as the reference writes it, with hyphens: `010-1234-5678` (also the
 * older 011/016/017/018/019 prefixes, whose middle part may have three digits).
 */
const koreanMobile = /^01[016789]-\d{3,4}-\d{4}$/;

// Only a well-formed object is checked further (an unknown field is reported alone).
const noIssuesYet = (payload: { readonly issues: readonly unknown[] }) => payload.issues.length === 0;

/** The channel and its address, the address checked against the channel once both are valid. */
const sendInputSchema = z
  .strictObject({
    sendType: sendChannelSchema,
    sendAddress: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((value) => value.sendType !== 'EMAIL' || z.safeParse(emailSchema, value.sendAddress).success, {
      message: 'Must be a valid e-mail address when sendType is EMAIL.',
      path: ['sendAddress'],
      when: noIssuesYet,
    }),
    z.refine((value) => value.sendType !== 'PHONE' || koreanMobile.test(value.sendAddress), {
      message: 'Must be a Korean mobile number written with hyphens (010-1234-5678) when sendType is PHONE.',
      path: ['sendAddress'],
      when: noIssuesYet,
    }),
  );

const sendReminderInputSchema = z.strictObject({
  /** The e-signature (path parameter). */
  signatureUuid: uuidSchema,
  /** The participant to notify. */
  participantUuid: uuidSchema,
  /** `REQUEST`: ask to take part (default); `DONE`: tell them it is complete. */
  type: z._default(z.enum(['REQUEST', 'DONE']), 'REQUEST'),
  /**
   * Channel and address; defaults to the ones used when the signature was requested. The
   * address must suit the channel: an e-mail address for `EMAIL`, a Korean mobile number with
   * hyphens for `PHONE`. Through the proxy it is refused unless a rule allows it
   * (`allowReminderAddressOverride`): it would send the signing link wherever a user types.
   */
  sendInput: z.optional(sendInputSchema),
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
  reference: { section: '2.8', page: 'signature/send' },
  input: sendReminderInputSchema,
  data: sendReminderDataSchema,
  // The page documents no error table; these are the codes the sandbox reproduces.
  errors: ['NOT_FOUND_SIGNATURE', 'INVALID_SIGNATURE_PARTICIPANT_UUID'],
});
