'use client';
import {
  type EsignKitError,
  type SendReminderData,
  type SendReminderInput,
  sendReminderMutationOptions,
} from '@esign-kit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';
import { type EsignMutationOptions, useComposedMutation } from '../useEsignMutation.js';

/**
 * Sends a participant another notification (`POST signatures/[uuid]/send`). A double click
 * sends one reminder; on success the contract that shows this signature is refetched.
 *
 * @example
 * ```tsx
 * const remind = useSendReminder()
 * <button disabled={remind.isPending} onClick={() => remind.mutate({ signatureUuid, participantUuid })}>
 *   알림 다시 보내기
 * </button>
 * ```
 */
export function useSendReminder(
  options?: EsignMutationOptions<SendReminderData, SendReminderInput>,
): UseMutationResult<SendReminderData, EsignKitError, SendReminderInput> {
  const client = useEsignClient('useSendReminder');
  return useComposedMutation(sendReminderMutationOptions(client), options);
}
