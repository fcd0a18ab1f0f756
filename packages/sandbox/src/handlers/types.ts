import type { AnyOperation, ErrorCode, OperationData, OperationParsedInput } from '@esign-kit/core';
import type { SandboxState } from '../state.js';

/** What a handler may use besides its input. */
export interface HandlerContext {
  readonly state: SandboxState;
  /** The sandbox clock, injected so tests can pin time. */
  readonly now: () => Date;
}

export interface HandlerSuccess<TData> {
  readonly ok: true;
  readonly data: TData;
}

export interface HandlerFailure {
  readonly ok: false;
  readonly status: number;
  readonly errorCode: ErrorCode;
  readonly message: string;
}

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

/** Wraps `data` as a successful handler result. */
export function succeed<TData>(data: TData): HandlerSuccess<TData> {
  return { ok: true, data };
}
