/**
 * The sandbox's eSignon records. Field names are the kit's (camelCase); the handlers map them to
 * the wire (https://api.esignon.net/workflow/…). Everything here is in memory and reset with the
 * sandbox.
 */

/** `workflow_status` of the v2 read (https://api.esignon.net/workflow/view/workflowinfo). */
export type EsignonWorkflowStatus = 'Playing' | 'Complete' | 'Canceled' | 'Disposal' | 'Truncate';

/** A template ("서식") a workflow starts from. */
export interface EsignonTemplate {
  /** `doc_id`: a numeric string such as `"101"`. */
  readonly id: string;
  readonly name: string;
  /** How many signing steps it has: `player_list` must have exactly this many entries. */
  readonly signerCount: number;
  /** Field names that `field_list` may prefill, each owned by a step (1-based). */
  readonly fields: readonly { readonly name: string; readonly owner: number }[];
}

/** Where a signer stands. */
export type EsignonSignerState = 'waiting' | 'current' | 'approved' | 'returned';

/** One `player_list` entry, as started. */
export interface EsignonSigner {
  /** `field_owner`: 1, 2, … the signing order. */
  readonly order: number;
  readonly name: string;
  /** `email`: an e-mail address or a Korean mobile number, exactly as given at start. */
  readonly contact: string;
  readonly mobileNumber?: string;
  /** Document password the page asks for; never shown by the state dump. */
  readonly password?: string;
  readonly passwordHint?: string;
  /** The signing page token (`/mail/sign?token=…`); a secret, never in the state dump. */
  readonly token: string;
  state: EsignonSignerState;
  actedAt?: string;
  opinion?: string;
}

/** `export_api_info` of the start request: where and how callbacks go. */
export interface EsignonExportApi {
  readonly apiType: 'ALL' | 'StartAndEnd';
  readonly url: string;
  /** `"embed"` switches on embed mode; any other value is echoed in callbacks. */
  readonly requestCode: string;
  /** Sent back as the callback's `Authorization` header; never in the state dump. */
  readonly authorization?: string;
  readonly linkType?: 'download';
  readonly clientId?: string;
  readonly requestParams: readonly {
    readonly paramId: string;
    readonly paramValue: string;
    readonly fieldNames: readonly string[];
  }[];
}

/** One `action_history_list` entry. */
export interface EsignonHistoryEntry {
  /** `step_code`: `WORKFLOW_START`, `SIGN_COMPLETE`, `SIGN_RETURN`, `WORKFLOW_CANCEL`, … */
  readonly stepCode: string;
  readonly actionId: string;
  /** ISO-8601 time from the sandbox clock. */
  readonly at: string;
  readonly name: string;
  readonly email: string;
  readonly comment: string;
}

/** A started contract. */
export interface EsignonWorkflow {
  /** A numeric string (`"5001"`), as eSignon's ids are numbers. */
  readonly workflowId: string;
  readonly companyId: string;
  /** `<origin>/esignon` as the start request reached the sandbox: every URL of the workflow is built on it. */
  readonly baseUrl: string;
  readonly title: string;
  readonly templateId: string;
  readonly starterEmail: string;
  readonly language: 'ko-KR' | 'en-US' | 'ja-JP';
  readonly comment: string;
  /** `YYYY-MM-DD`, when given. */
  readonly expiresOn?: string;
  status: EsignonWorkflowStatus;
  /** Hidden by `1510Q DELETE`: the v2 read no longer finds it. */
  deleted: boolean;
  readonly createdAt: string;
  updatedAt: string;
  readonly signers: EsignonSigner[];
  readonly cc: readonly { readonly name: string; readonly contact: string }[];
  readonly fields: { readonly name: string; value: string }[];
  readonly history: EsignonHistoryEntry[];
  /** The starter's page token (`token` of the 5005A answer); a secret. */
  readonly starterToken: string;
  readonly exportApi?: EsignonExportApi;
  /** Permanent viewer/download links of the finished documents (file tokens), once Complete. */
  documentLinks?: { readonly document: string; readonly certificate: string };
}

/** An access token handed out by `1001Q`. */
export interface EsignonAccessToken {
  readonly token: string;
  readonly companyId: string;
  readonly email: string;
  /** Epoch milliseconds on the sandbox clock. */
  readonly expiresAt: number;
}

/** A file URL: a minted download link (expires) or a callback's viewer link (does not). */
export interface EsignonFileLink {
  readonly token: string;
  readonly workflowId: string;
  readonly kind: 'document' | 'certificate';
  /** Epoch milliseconds on the sandbox clock; absent: never expires. */
  readonly expiresAt?: number;
  readonly attachment: boolean;
}

/** Calls whose next answers can be forced to a `result_code` (`failNext`). */
export type EsignonCall = '1001Q' | '5005Q' | '1510Q' | 'workflows.read' | 'workflow.download';

/** A forced failure waiting for its call. */
export interface EsignonInjectedFailure {
  readonly call: EsignonCall;
  readonly resultCode: string;
  remaining: number;
}

/** One attempt to deliver a callback. */
export interface EsignonCallbackAttempt {
  /** ISO-8601 wall-clock time of the attempt (real time: retries wait real milliseconds). */
  readonly at: string;
  /** The receiver's HTTP status, when it answered. */
  readonly httpStatus?: number;
  /** Why the request failed, when it did not get an answer. */
  readonly error?: string;
}

/** A callback the sandbox sent (or is sending), as tests see it: never the `Authorization` value. */
export interface EsignonCallbackRecord {
  /** 1, 2, 3… in the order they were queued; restarts after a reset. */
  readonly id: number;
  readonly url: string;
  readonly workflowId: string;
  readonly status: 'Playing' | 'Complete' | 'Canceled';
  readonly workType: 'CF' | 'RT';
  readonly actionId: string;
  /** The JSON body sent, all values strings. */
  readonly payload: { readonly header: Record<string, string>; readonly body: Record<string, string> };
  /** Whether an `Authorization` header went with it (its value is never kept here). */
  readonly authorized: boolean;
  /** 1 for the first send, 2 for the copy the duplicate switch adds. */
  readonly copy: 1 | 2;
  readonly attempts: EsignonCallbackAttempt[];
  /** `pending` while attempts remain, `delivered` on a 2xx, `failed` after the last attempt. */
  outcome: 'pending' | 'delivered' | 'failed';
}

/** Everything the eSignon part of the sandbox holds. */
export interface EsignonState {
  readonly workflows: EsignonWorkflow[];
  readonly tokens: Map<string, EsignonAccessToken>;
  readonly files: Map<string, EsignonFileLink>;
  readonly injectedFailures: EsignonInjectedFailure[];
  readonly callbacks: EsignonCallbackRecord[];
  /** Switches the control surface flips; `reset()` restores the options. */
  readonly switches: {
    duplicateCallbacks: boolean;
    allowFrames: boolean;
    /** Extra origins the page's `callback_fn` message goes to (see `openerOrigins`). */
    openerOrigins: string[];
  };
  readonly counters: { workflow: number; callback: number };
}
