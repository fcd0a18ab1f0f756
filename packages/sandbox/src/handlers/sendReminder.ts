import type { sendReminder } from '@esign-kit/core/server';
import { recordReminder } from '../domain/signatures.js';
import { answer, type SandboxHandler } from './types.js';

/**
 * `POST signatures/{signatureUuid}/send` (reference §2.8): "sends" another notification to a
 * participant and records it in `state.reminders` (see `sendReminder` in the domain).
 */
export const sendReminderHandler: SandboxHandler<typeof sendReminder> = (input, { state, now }) =>
  answer(recordReminder(state, input, now()), ({ participantUuid, sendType, sendAddress }) => ({
    participantUuid,
    sendType,
    sendAddress,
  }));
