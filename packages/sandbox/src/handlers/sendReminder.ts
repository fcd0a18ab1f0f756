import { sendReminder } from '@esign-kit/core/server';
import { recordReminder } from '../domain/signatures.js';
import { seedIds } from '../seed/index.js';
import { answer, sandboxHandler } from './types.js';

/**
 * `POST signatures/{signatureUuid}/send` (reference §2.8): "sends" another notification to a
 * participant and records it in `state.reminders` (see `sendReminder` in the domain).
 */
export const sendReminderHandler = sandboxHandler(sendReminder, {
  example: {
    signatureUuid: seedIds.mou.signatureUuid,
    participantUuid: seedIds.mou.emailParticipantUuid,
    sendInput: { sendType: 'EMAIL', sendAddress: 'test@prix.im' },
  },
  handle: (input, { state, now }) =>
    answer(recordReminder(state, input, now()), ({ participantUuid, sendType, sendAddress }) => ({
      participantUuid,
      sendType,
      sendAddress,
    })),
});
