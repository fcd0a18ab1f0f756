import { SandboxControlError } from '../control/sandboxControl.js';
import type { EsignonContext } from './context.js';
import { injectEsignonFailure } from './faults.js';
import type { EsignonCall, EsignonCallbackRecord, EsignonWorkflowStatus } from './model.js';
import type { ResolvedEsignonOptions } from './options.js';
import { resetEsignonState } from './state.js';
import { type EsignonWorkType, takeStep } from './steps.js';
import { expireAllTokens } from './tokens.js';
import { findWorkflow, playUrl } from './workflows.js';

/** A workflow in the state dump: no page tokens, no passwords, no callback `Authorization`. */
export interface EsignonWorkflowSnapshot {
  readonly workflowId: string;
  readonly title: string;
  readonly templateId: string;
  readonly status: EsignonWorkflowStatus;
  readonly deleted: boolean;
  readonly language: string;
  readonly expiresOn?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly signers: readonly {
    readonly order: number;
    readonly name: string;
    readonly contact: string;
    readonly state: string;
    readonly hasPassword: boolean;
    readonly actedAt?: string;
    readonly opinion?: string;
  }[];
  readonly cc: readonly { readonly name: string; readonly contact: string }[];
  readonly fields: readonly { readonly name: string; readonly value: string }[];
  readonly history: readonly {
    readonly stepCode: string;
    readonly actionId: string;
    readonly at: string;
    readonly name: string;
  }[];
  readonly callback?: {
    readonly url: string;
    readonly apiType: string;
    readonly requestCode: string;
    readonly authorized: boolean;
  };
}

/** What `GET /__sandbox/esignon/state` answers. */
export interface EsignonSnapshot {
  readonly companyId: string;
  readonly member: string;
  readonly templates: ResolvedEsignonOptions['templates'];
  readonly workflows: readonly EsignonWorkflowSnapshot[];
  /** How many access tokens are live (never the tokens). */
  readonly liveTokens: number;
  readonly injectedFailures: readonly {
    readonly call: EsignonCall;
    readonly resultCode: string;
    readonly remaining: number;
  }[];
  readonly switches: {
    readonly duplicateCallbacks: boolean;
    readonly allowFrames: boolean;
    readonly openerOrigins: readonly string[];
  };
  readonly callbacks: readonly EsignonCallbackRecord[];
}

/** The eSignon stand-in's control surface as functions (`sandbox.esignon`); the same over HTTP under `/__sandbox/esignon/`. */
export interface EsignonSandboxControl {
  /** Makes every access token handed out so far invalid; answers how many were live. */
  expireTokens(): number;
  /**
   * Makes the next `times` calls of `call` (`1001Q`, `5005Q`, `1510Q`, `workflows.read`,
   * `workflow.download`) answer `resultCode` instead of doing anything. Throws a
   * `SandboxControlError` (400) for an unknown call or a malformed code.
   *
   * @example
   * ```ts
   * sandbox.esignon.failNext('5005Q', '13') // the next start: usage quota exceeded
   * ```
   * @param times - How many calls fail. @default 1
   */
  failNext(call: EsignonCall, resultCode: string, times?: number): void;
  /** Sends every callback twice from now on (`true`), or once (`false`). */
  duplicateCallbacks(enabled: boolean): void;
  /** Lets signing pages be framed (`true`), or refuses frames again (`false`, the default). */
  allowFrames(allowed: boolean): void;
  /** Sets the extra origins the page's `callback_fn` message goes to; throws for a non-origin. */
  openerOrigins(origins: readonly string[]): void;
  /**
   * Plays signer `order` (1-based) approving (`CF`) or returning (`RT`) on their page, callbacks
   * included. Throws a `SandboxControlError`: 404 unknown workflow or signer, 409 not their turn.
   *
   * @example
   * ```ts
   * sandbox.esignon.sign('5001', 1) // { workflowId: '5001', status: 'Playing' }
   * ```
   */
  sign(
    workflowId: string,
    order: number,
    action?: EsignonWorkType,
    opinion?: string,
  ): { workflowId: string; status: EsignonWorkflowStatus };
  /** The page URL (`play_url`) of signer `order`, for tests in the same process. */
  signingUrl(workflowId: string, order: number): string;
  /** The callbacks sent so far, oldest first: URL, status, attempts; never the `Authorization` value. */
  callbacks(): EsignonCallbackRecord[];
  /** Resolves when every queued callback was delivered or gave up. */
  settled(): Promise<void>;
  /** The state without secrets. */
  snapshot(): EsignonSnapshot;
  /** Forgets every workflow, token, file link, callback and forced failure; switches back to the options. */
  reset(): void;
}

function controlError(status: number, message: string): SandboxControlError {
  const errorCode =
    status === 404 ? 'SANDBOX_NOT_FOUND' : status === 409 ? 'SANDBOX_CONFLICT' : 'SANDBOX_INVALID_REQUEST';
  return new SandboxControlError({ status, errorCode, message });
}

/** Builds the control functions over the stand-in's context. */
export function createEsignonControl(context: EsignonContext): EsignonSandboxControl {
  const { state, options } = context;
  const signerOf = (workflowId: string, order: number) => {
    const workflow = findWorkflow(context, workflowId);
    if (!workflow) throw controlError(404, `이싸인온 문서가 없습니다: ${workflowId}`);
    const signer = workflow.signers.find((candidate) => candidate.order === order);
    if (!signer) throw controlError(404, `${workflowId} 문서에 ${order}번 서명자가 없습니다.`);
    return { workflow, signer };
  };
  return {
    expireTokens: () => expireAllTokens(context),
    failNext(call, resultCode, times = 1) {
      const problem = injectEsignonFailure(state, call, resultCode, times);
      if (problem) throw controlError(400, problem);
    },
    duplicateCallbacks(enabled) {
      state.switches.duplicateCallbacks = enabled;
    },
    allowFrames(allowed) {
      state.switches.allowFrames = allowed;
    },
    openerOrigins(origins) {
      const bad = origins.filter((origin) => !isOrigin(origin));
      if (bad.length) throw controlError(400, `출처가 아닙니다 (scheme://host[:port]): ${bad.join(', ')}`);
      state.switches.openerOrigins = [...origins];
    },
    sign(workflowId, order, action = 'CF', opinion = '') {
      const { workflow, signer } = signerOf(workflowId, order);
      const refused = takeStep(context, workflow, signer, action, opinion);
      if (refused === 'not-in-progress') throw controlError(409, `문서가 진행 중이 아닙니다 (${workflow.status}).`);
      if (refused) throw controlError(409, `${order}번 서명자의 차례가 아닙니다.`);
      return { workflowId, status: workflow.status };
    },
    signingUrl(workflowId, order) {
      const { workflow, signer } = signerOf(workflowId, order);
      return playUrl(workflow, signer);
    },
    callbacks: () => structuredClone(state.callbacks),
    settled: () => context.callbacks.settled(),
    snapshot: () => ({
      companyId: options.companyId,
      member: options.email,
      templates: options.templates,
      workflows: state.workflows.map(workflowSnapshot),
      liveTokens: [...state.tokens.values()].filter((token) => token.expiresAt > context.now().getTime()).length,
      injectedFailures: structuredClone(state.injectedFailures),
      switches: structuredClone(state.switches),
      callbacks: structuredClone(state.callbacks),
    }),
    reset: () => resetEsignonState(state, options),
  };
}

function workflowSnapshot(workflow: import('./model.js').EsignonWorkflow): EsignonWorkflowSnapshot {
  const exportApi = workflow.exportApi;
  return structuredClone({
    workflowId: workflow.workflowId,
    title: workflow.title,
    templateId: workflow.templateId,
    status: workflow.status,
    deleted: workflow.deleted,
    language: workflow.language,
    ...(workflow.expiresOn ? { expiresOn: workflow.expiresOn } : {}),
    createdAt: workflow.createdAt,
    updatedAt: workflow.updatedAt,
    signers: workflow.signers.map((signer) => ({
      order: signer.order,
      name: signer.name,
      contact: signer.contact,
      state: signer.state,
      hasPassword: signer.password !== undefined,
      ...(signer.actedAt ? { actedAt: signer.actedAt } : {}),
      ...(signer.opinion !== undefined ? { opinion: signer.opinion } : {}),
    })),
    cc: workflow.cc,
    fields: workflow.fields,
    history: workflow.history.map(({ stepCode, actionId, at, name }) => ({ stepCode, actionId, at, name })),
    ...(exportApi
      ? {
          callback: {
            url: exportApi.url,
            apiType: exportApi.apiType,
            requestCode: exportApi.requestCode,
            authorized: exportApi.authorization !== undefined,
          },
        }
      : {}),
  });
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}
