import { type AnyOperation, decodeRequest, validateInput } from '@esign-kit/core/server';
import { type Refusal, refuse } from './outcome.js';

/** The operation's input, validated by its schema (or shaped by the server's rules after that). */
export interface Input {
  readonly input: unknown;
}

/**
 * Decode and validate: the input rebuilt from path parameters, query string and
 * body, then checked by the operation's schema (400 with the issues; nothing goes upstream).
 */
export function decodeInput(
  operation: AnyOperation,
  parts: { params: Readonly<Record<string, string>>; search: URLSearchParams; body: unknown },
): Input | Refusal {
  const decoded = decodeRequest(operation, parts);
  if (!decoded.ok) return refuse('ESIGN_KIT_INVALID_INPUT', { issues: decoded.issues });
  const validated = validateInput(operation, decoded.input);
  if (!validated.ok) return refuse('ESIGN_KIT_INVALID_INPUT', { issues: validated.issues });
  return { input: validated.value };
}
