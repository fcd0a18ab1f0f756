import { isRecord, text, unwrapBody } from '../read.js';
import type { EsignonDocument, EsignonPageUrlData } from '../types.js';
import type {
  EsignonCancelBody,
  EsignonDownloadBody,
  EsignonLoginBody,
  EsignonRequest,
  EsignonUpstreamWire,
} from '../wire.js';

// @module The small eSignon calls: login, cancel, download, and reading any answer's header.

/**
 * Where the login goes (`1001Q`, https://api.esignon.net/issued/token). Not an operation: the
 * proxy calls it itself, before the first call and whenever a token is refused.
 *
 * @example
 * ```ts
 * const url = `${upstream}/${esignonLoginWire.path.replace('{companyId}', encodeURIComponent(companyId))}`
 * ```
 */
export const esignonLoginWire: EsignonUpstreamWire = Object.freeze({
  method: 'POST',
  path: 'api/{companyId}/login',
  requestCode: '1001Q',
});

/**
 * The `1001Q` request.
 *
 * @example
 * ```ts
 * toLoginBody({ email: 'admin@esignkit.example', password }) // { header: { request_code: '1001Q' }, body: { memb_email, memb_pwd } }
 * ```
 */
export function toLoginBody(credentials: {
  readonly email: string;
  readonly password: string;
}): EsignonRequest<EsignonLoginBody> {
  return { header: { request_code: '1001Q' }, body: { memb_email: credentials.email, memb_pwd: credentials.password } };
}

/**
 * The `1510Q` request that cancels a workflow in progress (https://api.esignon.net/workflow/modify/cancel).
 *
 * @example
 * ```ts
 * toCancelBody({ workflowId: '12584' }, { companyId: 'esignkit', memberEmail: 'admin@esignkit.example' }).body.command // 'CANCEL'
 * ```
 */
export function toCancelBody(
  input: { readonly workflowId: string },
  options: { readonly companyId: string; readonly memberEmail: string; readonly businessId?: string },
): EsignonRequest<EsignonCancelBody> {
  return {
    header: { request_code: '1510Q' },
    body: {
      comp_id: options.companyId,
      biz_id: options.businessId ?? '0',
      memb_email: options.memberEmail,
      workflow_id: input.workflowId,
      command: 'CANCEL',
    },
  };
}

/**
 * The download request: our reading, a flat `{ workflow_id }` (https://api.esignon.net/workflow/downloadurl
 * prints its fields without an envelope).
 *
 * @example
 * ```ts
 * toDownloadBody({ workflowId: '12584' }) // { workflow_id: '12584' }
 * ```
 */
export function toDownloadBody(input: { readonly workflowId: string }): EsignonDownloadBody {
  return { workflow_id: input.workflowId };
}

/**
 * The URL of the asked document in a download answer (`doc_url` for `signed`, `cert_url` for
 * `certificate`); `undefined` when it is missing.
 *
 * @example
 * ```ts
 * fromDownloadAnswer({ header: { result_code: '00' }, body: { doc_url: 'https://…', cert_url: 'https://…' } }, 'signed')
 * // { url: 'https://…' }
 * ```
 */
export function fromDownloadAnswer(answer: unknown, document: EsignonDocument): EsignonPageUrlData | undefined {
  const body = unwrapBody(answer);
  const url = text(document === 'certificate' ? body?.cert_url : body?.doc_url);
  return url ? { url } : undefined;
}

/** An eSignon answer's outcome: its `result_code` and `result_msg`, and its `body`. */
export interface EsignonAnswerOutcome {
  /** `result_code` (`"00"` = success); `undefined` when the answer has no header (v3 or not eSignon's). */
  readonly resultCode: string | undefined;
  readonly resultMessage: string | undefined;
  /** `result_code` is `"00"`, or there is no header and the answer is an object (flat v3 answers). */
  readonly ok: boolean;
  readonly body: Record<string, unknown> | undefined;
}

/**
 * Reads the `{ header: { result_code, result_msg }, body }` of a legacy or v2 answer. Pass a
 * failure to `esignonErrorFor(context, resultCode, resultMessage)`.
 *
 * @example
 * ```ts
 * readEsignonAnswer({ header: { result_code: '10', result_msg: '조회 실패' } }) // { ok: false, resultCode: '10', … }
 * ```
 */
export function readEsignonAnswer(answer: unknown): EsignonAnswerOutcome {
  const header = isRecord(answer) && isRecord(answer.header) ? answer.header : undefined;
  const resultCode = text(header?.result_code);
  return {
    resultCode,
    resultMessage: text(header?.result_msg),
    ok: header ? resultCode === '00' : isRecord(answer),
    body: unwrapBody(answer),
  };
}
