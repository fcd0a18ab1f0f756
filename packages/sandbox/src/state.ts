import type { Contract, OperationParsedInput, SendChannel, sendReminder } from '@esign-kit/core';
import { createSeedContracts } from './seed.js';

/**
 * A contract held by the sandbox, in the shape `GET contracts/find` returns it: its e-signature
 * (or `null`) and that signature's participants live inside it, so a lookup is a plain read.
 */
export type SandboxContract = Contract;

/** A notification the sandbox pretended to send (`POST signatures/{uuid}/send`). */
export interface SandboxReminder {
  /** 1, 2, 3… in the order they were sent; restarts after a reset. */
  readonly id: number;
  readonly signatureUuid: string;
  readonly participantUuid: string;
  readonly type: OperationParsedInput<typeof sendReminder>['type'];
  readonly sendType: SendChannel;
  readonly sendAddress: string;
  /** ISO-8601 time from the sandbox clock. */
  readonly at: string;
}

/** One request that reached `/kit-api/v1/`, authorized or not. */
export interface SandboxRequestLogEntry {
  readonly method: string;
  /** The full pathname, e.g. `/kit-api/v1/contracts/find`. */
  readonly path: string;
  /** The raw query string including `?`, or `''` when there is none. */
  readonly search: string;
  /** ISO-8601 time from the sandbox clock. */
  readonly at: string;
  /** Whether the `x-api-key` header matched. */
  readonly authorized: boolean;
}

/**
 * Everything the sandbox knows. It is the live object the handlers use, so a test may rearrange
 * it (e.g. cancel a signature) before a request; `reset()` puts the seed back.
 */
export interface SandboxState {
  readonly contracts: SandboxContract[];
  readonly reminders: SandboxReminder[];
  readonly requests: SandboxRequestLogEntry[];
}

/** A fresh state holding the seed data and empty logs. */
export function createState(): SandboxState {
  return { contracts: createSeedContracts(), reminders: [], requests: [] };
}

/**
 * Restores the seed and clears the logs in place, so references to `state` and to its arrays
 * that a test took earlier stay current.
 */
export function resetState(state: SandboxState): void {
  state.contracts.splice(0, state.contracts.length, ...createSeedContracts());
  state.reminders.length = 0;
  state.requests.length = 0;
}
