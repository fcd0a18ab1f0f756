import type { OperationData, OperationInput, OperationParsedInput } from '@esign-kit/core';
import type { AnyOperation } from '@esign-kit/core/server';
import type { Failure } from '../domain/outcome.js';
import type { SandboxState } from '../state/index.js';

/** What a handler may use besides its input. */
export interface HandlerContext {
  readonly state: SandboxState;
  /** The sandbox clock, injected so tests can pin time. */
  readonly now: () => Date;
  /**
   * Origin of the incoming request (`http://127.0.0.1:4010`): page URLs are built on it, so
   * they point back at whichever address the caller reached the sandbox on.
   */
  readonly origin: string;
  /** How long after conclusion the audit certificate becomes available, in milliseconds. */
  readonly certificateDelayMs: number;
}

export interface HandlerSuccess<TData> {
  readonly ok: true;
  readonly data: TData;
}

/** A Prix error: HTTP status, error code and message. */
export type HandlerFailure = Failure;

/** A handler answers with data or a Prix error; the sandbox turns either into a Response. */
export type HandlerResult<TData> = HandlerSuccess<TData> | HandlerFailure;

/**
 * Implements one operation. It receives the input already validated by the operation's schema
 * (defaults applied), so it only deals with what Prix itself would check.
 */
export type SandboxHandler<TOperation extends AnyOperation> = (
  input: OperationParsedInput<TOperation>,
  context: HandlerContext,
) => HandlerResult<OperationData<TOperation>>;

/**
 * What a handler module exports for each operation it answers: the operation, a valid example
 * input against the seeded data, and the handler. The sandbox's handler map and the tests'
 * example table are both made from these (`handlers.generated.ts` lists every one), so a new
 * handler is one file.
 */
export interface SandboxHandlerEntry<TOperation extends AnyOperation> {
  readonly operation: TOperation;
  /**
   * An input that succeeds on a freshly seeded sandbox whose clock reads `2025-05-01T09:00Z`
   * (`examplesNow` in the tests), mostly the reference's own example.
   */
  readonly example: OperationInput<TOperation>;
  readonly handle: SandboxHandler<TOperation>;
}

/**
 * Declares the handler of `operation`, with its example input.
 *
 * @example
 * ```ts
 * export const findContractHandler = sandboxHandler(findContract, {
 *   example: { uuid: seedIds.mou.contractUuid },
 *   handle: (input, { state }) => answer(lookupContract(state, input), toData),
 * });
 * ```
 */
export function sandboxHandler<TOperation extends AnyOperation>(
  operation: TOperation,
  spec: { readonly example: OperationInput<TOperation>; readonly handle: SandboxHandler<TOperation> },
): SandboxHandlerEntry<TOperation> {
  return Object.freeze({ operation, example: spec.example, handle: spec.handle });
}

/** Wraps `data` as a successful handler result. */
export function succeed<TData>(data: TData): HandlerSuccess<TData> {
  return { ok: true, data };
}

/** Turns a domain outcome into a handler result, mapping its value to the response `data`. */
export function answer<TValue, TData>(
  outcome: { readonly ok: true; readonly value: TValue } | Failure,
  toData: (value: TValue) => TData,
): HandlerResult<TData> {
  return outcome.ok ? succeed(toData(outcome.value)) : outcome;
}
