import type { OperationParsedInput, PrixErrorCode, SendChannel } from '@esign-kit/core';
import type { sendReminder } from '@esign-kit/core/server';
import type { PageKind } from '../pages/pageKinds.js';
import { createSeedData, type SeedData } from '../seed/index.js';
import type {
  SandboxBusiness,
  SandboxContract,
  SandboxCounters,
  SandboxCredits,
  SandboxCreditUsage,
  SandboxCustomColumn,
  SandboxCustomer,
  SandboxManagedBusiness,
  SandboxTag,
  SandboxTemplate,
} from './model.js';

/** A message the sandbox pretended to send on its own (not through `signatures/{uuid}/send`). */
export interface SandboxNotification {
  /** 1, 2, 3… in the order they were sent; restarts after a reset. */
  readonly id: number;
  readonly signatureUuid: string;
  /** `null` for people who are not participants (extra recipients, share receivers). */
  readonly participantUuid: string | null;
  /**
   * `REQUEST`: asked to sign; `DONE`: told the contract is concluded; `CANCEL`: told it was
   * canceled; `ADDITIONAL_REQUEST`: an extra recipient; `SHARE`: a share receiver after conclusion.
   */
  readonly reason: 'REQUEST' | 'DONE' | 'CANCEL' | 'ADDITIONAL_REQUEST' | 'SHARE';
  readonly sendType: SendChannel;
  readonly sendAddress: string;
  /** ISO-8601 time from the sandbox clock. */
  readonly at: string;
}

/** Which hosted page a page-URL operation opens; each page module declares its own kind. */
export type { PageKind };

/** A page URL handed out by a page-URL operation, kept so a hosted page can be served for it. */
export interface SandboxPageSession {
  /** Random, URL-safe; the last segment of the URL. */
  readonly token: string;
  readonly kind: PageKind;
  /** The operation that made the URL, e.g. `contracts.detailUrl`. */
  readonly operationId: string;
  /** That operation's validated input (defaults applied). */
  readonly input: unknown;
  /** ISO-8601 time from the sandbox clock. */
  readonly createdAt: string;
  /** First time the page was opened, if it was. */
  openedAt?: string;
  /** What the page's forms did, oldest first (empty until a form was submitted successfully). */
  readonly submissions: SandboxPageSubmission[];
}

/** One successful form submission on a hosted page, and what it changed. */
export interface SandboxPageSubmission {
  /** ISO-8601 time from the sandbox clock. */
  readonly at: string;
  readonly action:
    | 'contract-registered'
    | 'signature-requested'
    | 'template-created'
    | 'template-updated'
    | 'bulk-sent'
    | 'participant-signed'
    | 'participant-declined';
  /** Contracts the submission created or moved along, by uuid. */
  readonly contractUuids: readonly string[];
  /** The template created or edited. */
  readonly templateId?: number;
  /** Bulk rows that were sent (0-based row index → the new contract's uuid). */
  readonly sentRows?: Readonly<Record<number, string>>;
  /** Bulk rows that could not be sent (0-based row index), with the error each got. */
  readonly failures?: readonly { readonly row: number; readonly errorCode: string; readonly message: string }[];
}

/** A Prix error the next calls of an operation answer with (`control.failNext`). */
export interface SandboxInjectedFailure {
  readonly operationId: string;
  readonly errorCode: PrixErrorCode;
  /** Calls left to fail. */
  remaining: number;
}

/** A notification sent through `POST signatures/{uuid}/send`. */
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
 * it (cancel a signature, empty the credits) before a request; `reset()` puts the seed back.
 * It never holds the sandbox's own API key.
 */
export interface SandboxState {
  readonly contracts: SandboxContract[];
  readonly templates: SandboxTemplate[];
  readonly customers: SandboxCustomer[];
  readonly tags: SandboxTag[];
  /** Custom columns Prix set up for the business (`slugColumns[].slug` must be one of them). */
  readonly customColumns: SandboxCustomColumn[];
  readonly business: SandboxBusiness;
  readonly managedBusinesses: SandboxManagedBusiness[];
  readonly credits: SandboxCredits;
  readonly creditUsages: SandboxCreditUsage[];
  readonly counters: SandboxCounters;
  /** Errors the next calls of an operation answer with, whatever their input (`control.failNext`). */
  readonly injectedFailures: SandboxInjectedFailure[];
  /** Page URLs handed out, by token. */
  readonly pageSessions: Map<string, SandboxPageSession>;
  /** Messages sent on the sandbox's own initiative (requests, completion, cancellation). */
  readonly notifications: SandboxNotification[];
  /** Messages sent through `POST signatures/{uuid}/send`. */
  readonly reminders: SandboxReminder[];
  readonly requests: SandboxRequestLogEntry[];
}

/** A fresh state holding the seed data and empty logs. */
export function createState(): SandboxState {
  return {
    ...createSeedData(),
    injectedFailures: [],
    pageSessions: new Map(),
    notifications: [],
    reminders: [],
    requests: [],
  };
}

/**
 * Puts the seed data back in place, so references to `state` and to its arrays and objects that
 * a test took earlier stay current. Logs and page sessions are left alone (see `resetState`).
 */
export function reseedState(state: SandboxState): void {
  const seed: SeedData = createSeedData();
  replaceAll(state.contracts, seed.contracts);
  replaceAll(state.templates, seed.templates);
  replaceAll(state.customers, seed.customers);
  replaceAll(state.tags, seed.tags);
  replaceAll(state.customColumns, seed.customColumns);
  replaceAll(state.managedBusinesses, seed.managedBusinesses);
  replaceAll(state.creditUsages, seed.creditUsages);
  Object.assign(state.business, seed.business);
  Object.assign(state.credits, seed.credits);
  Object.assign(state.counters, seed.counters);
}

/** Restores the seed and clears the logs, page sessions and injected failures, in place. */
export function resetState(state: SandboxState): void {
  reseedState(state);
  state.injectedFailures.length = 0;
  state.pageSessions.clear();
  state.notifications.length = 0;
  state.reminders.length = 0;
  state.requests.length = 0;
}

function replaceAll<T>(target: T[], items: readonly T[]): void {
  target.splice(0, target.length, ...items);
}
