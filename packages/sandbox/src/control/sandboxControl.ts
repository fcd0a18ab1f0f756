import type { PrixErrorCode, ValidationIssue } from '@esign-kit/core';
import { injectFailure } from '../domain/faults.js';
import type { Failure } from '../domain/outcome.js';
import { type AdvanceAction, type AdvanceResult, advanceParticipant } from '../domain/progress.js';
import { type FramingSwitch, parseRefuseFraming, type RefuseFraming } from '../pages/framing.js';
import { createSeedData } from '../seed/index.js';
import { reseedState, resetState, type SandboxPageSession, type SandboxState } from '../state/index.js';
import { checkFixtures } from './checkFixtures.js';
import { applyFixtures, type SandboxFixtures, type SeedResult } from './fixtures.js';

/** A control call that could not be done; `errorCode` and `status` are what the HTTP route answers. */
export class SandboxControlError extends Error {
  override readonly name = 'SandboxControlError';
  readonly status: number;
  readonly errorCode: string;
  readonly issues: readonly ValidationIssue[] | undefined;

  constructor(failure: Omit<Failure, 'ok'>, issues?: readonly ValidationIssue[]) {
    super(failure.message);
    this.status = failure.status;
    this.errorCode = failure.errorCode;
    this.issues = issues;
  }
}

/** Everything the sandbox holds, as plain JSON (`GET /__sandbox/state`). Never the sandbox's own API key. */
export type SandboxSnapshot = Omit<SandboxState, 'pageSessions'> & { readonly pageSessions: SandboxPageSession[] };

/**
 * The control surface as functions, for tests and demos in the same process. The same actions
 * are served over HTTP under `/__sandbox/` (see `control.ts`).
 */
export interface SandboxControl {
  /**
   * Restores the seed data, clears the logs, page sessions and injected failures, and puts the
   * framing switch back to the `refuseFraming` option.
   */
  reset(): void;
  /**
   * With no argument, restores the seed data (logs and page sessions are kept). With fixtures,
   * adds them (after restoring the seed when `reseed` is set) and returns the new ids. All or
   * nothing: invalid fixtures change nothing and throw a {@link SandboxControlError} with issues.
   *
   * @example
   * ```ts
   * const { templateIds } = sandbox.control.seed({ templates: [{ name: '위임장', roles: ['위임인'] }] })
   * ```
   */
  seed(fixtures?: SandboxFixtures): SeedResult;
  /**
   * Plays a participant signing (`sign`) or refusing (`decline`) on its signing page; see
   * `advanceParticipant` in the domain for the transitions. Throws a {@link SandboxControlError}
   * (404 unknown participant, 409 not its turn or signature not `WAITING`).
   *
   * @example
   * ```ts
   * sandbox.control.advanceParticipant(seedIds.mou.emailParticipantUuid, 'sign')
   * // { participant: { status: 'DONE' }, signature: { status: 'WAITING' }, contract: { status: 'CREATED' } }
   * ```
   */
  advanceParticipant(participantUuid: string, action: AdvanceAction): AdvanceResult;
  /**
   * Makes the next `times` calls of an operation (by id, e.g. `credits.status`) answer a Prix
   * error from core's catalogue, with its documented status: for the errors no state can
   * produce, such as `FAILED_GET_CREDIT`. Throws a {@link SandboxControlError} for an unknown id
   * or code. Cleared by `reset()`.
   *
   * @example
   * ```ts
   * sandbox.control.failNext('templates.createSignature', 'FAILED_CREATE_CONTRACT')
   * ```
   * @param times - How many calls fail. @default 1
   */
  failNext(operationId: string, errorCode: PrixErrorCode, times?: number): void;
  /** A deep copy of the whole state, safe to keep or serialize. */
  snapshot(): SandboxSnapshot;
  /**
   * Makes hosted pages refuse to be framed (`X-Frame-Options: DENY` and `frame-ancestors 'none'`),
   * as a vendor page may: `true` every page, `false` none, or a list of page kinds (every page of
   * the kind) and page URLs (that one page). For trying the page launcher's fallback from a modal
   * frame to a new tab. Replaces the previous setting; `reset()` restores the `refuseFraming`
   * option. Throws a {@link SandboxControlError} (400) for an entry that is neither. Returns what
   * refuses framing now (see {@link SandboxControl.refusedFraming}).
   *
   * @example
   * ```ts
   * sandbox.control.refuseFraming(['contract-detail']) // ['contract-detail']
   * sandbox.control.refuseFraming([pageUrl]) // ['/pages/contract-detail/3q2-…']
   * sandbox.control.refuseFraming(false) // []
   * ```
   */
  refuseFraming(refuse: RefuseFraming): string[];
  /**
   * What refuses to be framed now: page kinds, then single pages by path
   * (`/pages/<kind>/<token>`). Empty: every page can be framed.
   */
  refusedFraming(): string[];
}

/** Builds the control functions over a sandbox's state, clock and framing switch. */
export function createSandboxControl(state: SandboxState, now: () => Date, framing: FramingSwitch): SandboxControl {
  return {
    reset: () => {
      resetState(state);
      framing.reset();
    },
    seed(fixtures) {
      if (fixtures === undefined) {
        reseedState(state);
        return { customerIds: [], tagIds: [], templateIds: [] };
      }
      // Checked against the state as it will be when applied: after the reseed, if asked for.
      const target: SandboxState = fixtures.reseed ? { ...state, ...createSeedData() } : state;
      const issues = checkFixtures(target, fixtures);
      if (issues.length) {
        throw new SandboxControlError(
          { status: 400, errorCode: 'SANDBOX_INVALID_REQUEST', message: '샌드박스 시드 데이터가 올바르지 않습니다.' },
          issues,
        );
      }
      if (fixtures.reseed) reseedState(state);
      return applyFixtures(state, fixtures, now());
    },
    advanceParticipant(participantUuid, action) {
      const result = advanceParticipant(state, participantUuid, action, now());
      if (!result.ok) throw new SandboxControlError(result);
      return result.value;
    },
    failNext(operationId, errorCode, times = 1) {
      const result = injectFailure(state, operationId, errorCode, times);
      if (!result.ok) throw new SandboxControlError(result);
    },
    snapshot: () => {
      const { pageSessions, ...rest } = state;
      return structuredClone({ ...rest, pageSessions: [...pageSessions.values()] });
    },
    refuseFraming(refuse) {
      const parsed = parseRefuseFraming(refuse);
      if (!parsed.ok) {
        throw new SandboxControlError(
          {
            status: 400,
            errorCode: 'SANDBOX_INVALID_REQUEST',
            message: 'refuse는 true, false 또는 페이지 종류·페이지 URL의 배열이어야 합니다.',
          },
          [
            {
              path: 'refuse',
              message: `Expected true, false, or page kinds and page URLs; got: ${parsed.invalid.join(', ')}.`,
            },
          ],
        );
      }
      framing.set(refuse);
      return framing.refused();
    },
    refusedFraming: () => framing.refused(),
  };
}
