import type { AnyOperation } from '@esign-kit/core/server';
import { applyInputRules, type collectInputRules } from '../inputRules.js';
import type { Input } from './decodeInput.js';
import type { Refusal } from './outcome.js';

/**
 * Server rules: the values the server decides (`pinInput`, `hideInputs`) and the
 * reminder-address rule (403 `ESIGN_KIT_REMINDER_ADDRESS_NOT_ALLOWED`).
 */
export async function applyServerRules(
  rules: ReturnType<typeof collectInputRules>,
  request: Request,
  operation: AnyOperation,
  input: unknown,
): Promise<Input | Refusal> {
  return applyInputRules(rules, { request, operation, input });
}
