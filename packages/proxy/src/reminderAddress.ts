import { sendReminder } from '@esign-kit/core/server';
import { hasSendInput, withInputRule } from './inputRules.js';
import { allow, type OperationAuthorize, type OperationRule } from './operationRules.js';
import { refuse } from './pipeline/outcome.js';

type ReminderCheck = OperationAuthorize<typeof sendReminder>;

export interface ReminderAddressOverrideOptions {
  /** The rule's own check for every reminder, as in `allow(sendReminder, …)`. @default allows every request */
  readonly authorize?: ReminderCheck;
  /**
   * Whether this request may send to `input.sendInput` (another channel or address). The
   * schema has already checked the address against `sendType`: an e-mail address for
   * `EMAIL`, a Korean mobile number with hyphens (`010-1234-5678`) for `PHONE`.
   * @default allows any valid address
   */
  readonly allowAddress?: ReminderCheck;
}

const always = () => true;

/**
 * Lets reminders (`sendReminder`) name their own channel and address (`sendInput`). Without this
 * rule the proxy answers 403 `ESIGN_KIT_REMINDER_ADDRESS_NOT_ALLOWED` to any reminder with
 * `sendInput`: it sends the participant's signing link, so a free address would let any
 * signed-in user have someone else's signature page sent to themselves. Reminders without
 * `sendInput` go to the contact Prix has for the participant, and are unaffected.
 *
 * @example
 * ```ts
 * operations: [
 *   allowReminderAddressOverride({
 *     authorize: ({ request, input }) => ownsSignature(request, input.signatureUuid),
 *     // Only the participant's own registered contacts, e.g. to switch from e-mail to text message.
 *     allowAddress: ({ input }) => isParticipantContact(input.participantUuid, input.sendInput?.sendAddress),
 *   }),
 * ]
 * ```
 */
export function allowReminderAddressOverride(options: ReminderAddressOverrideOptions = {}): OperationRule {
  const allowAddress = options.allowAddress ?? always;
  const rule = allow(sendReminder, options.authorize ?? always);
  return withInputRule(rule, {
    kind: 'reminder-address',
    apply: async (context) => {
      // Only `true` allows the address ('not-found' is a refusal too).
      if (hasSendInput(context.input) && (await allowAddress(context as Parameters<ReminderCheck>[0])) !== true) {
        return refuse('ESIGN_KIT_REMINDER_ADDRESS_NOT_ALLOWED', {
          issues: [{ path: 'sendInput.sendAddress', message: 'This address is not allowed for this reminder.' }],
        });
      }
      return { input: context.input };
    },
  });
}
