/**
 * @module The eSignon legacy wire, as the proxy sends it and the sandbox answers it: types only.
 *
 * Field names are eSignon's (snake_case); the kit's camelCase shapes are in `dataSchemas.ts` and
 * `inputSchemas.ts`, and `mapping/*.ts` turns one into the other. Sources:
 * https://api.esignon.net/workflow/start/nonfacestart (5005Q),
 * https://api.esignon.net/workflow/view/workflowinfo (v2 read),
 * https://api.esignon.net/workflow/modify/cancel (1510Q), https://api.esignon.net/workflow/downloadurl.
 */

/**
 * Where an eSignon operation goes at eSignon, carried by its definition (`definition.esignon`), so
 * the proxy builds the upstream request from the operation it was given.
 *
 * - `path` is relative to the eSignon base URL (`https://docs.esignon.net`, or the sandbox's
 *   `/esignon`), with `{companyId}` and `{<input field>}` placeholders.
 * - `requestCode` is the legacy `header.request_code` (`5005Q`); absent for the v2 read and the
 *   download call, which have none.
 * - `query` is added to the URL as is (the v2 read's `offset=+09:00`).
 * - `{ local: true }`: the proxy answers from its own store and calls eSignon for nothing (the
 *   signing URL, kept from the start answer and the callbacks).
 *
 * @example
 * ```ts
 * const wire: EsignonWire = { method: 'POST', path: 'api/{companyId}/startsimple', requestCode: '5005Q' }
 * ```
 */
export type EsignonWire = EsignonUpstreamWire | EsignonLocalWire;

/** An operation the proxy performs with one eSignon call. */
export interface EsignonUpstreamWire {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly requestCode?: string | undefined;
  readonly query?: Readonly<Record<string, string>> | undefined;
  readonly local?: undefined;
}

/** An operation the proxy answers from its store. */
export interface EsignonLocalWire {
  readonly local: true;
}

/** The languages eSignon's mails and signing pages speak. */
export type EsignonLanguage = 'ko-KR' | 'en-US' | 'ja-JP';

/** `header` of every legacy and v2 answer. `result_code` `"00"` is success (HTTP 200 for failures too). */
export interface EsignonAnswerHeader {
  readonly response_code?: string;
  readonly result_code: string;
  readonly result_msg?: string;
  readonly session_id?: string;
  readonly version?: string;
}

/** A legacy or v2 answer: `{ header, body }`. */
export interface EsignonAnswer<TBody> {
  readonly header: EsignonAnswerHeader;
  readonly body?: TBody;
}

/** A legacy request: `{ header: { request_code }, body }`. */
export interface EsignonRequest<TBody> {
  readonly header: { readonly request_code: string; readonly version?: string };
  readonly body: TBody;
}

/** `1001Q` body (login). */
export interface EsignonLoginBody {
  readonly memb_email: string;
  readonly memb_pwd: string;
}

/** `1001A` body. `expire_date`'s format is undocumented: the proxy reads it when it can, else uses its own lifetime. */
export interface EsignonLoginAnswerBody {
  readonly access_token: string;
  readonly comp_id?: string;
  readonly device_id?: string;
  readonly expire_date?: string;
  readonly memb_email?: string;
}

/** `export_api_info` of a start request: where and how eSignon calls back. */
export interface EsignonExportApiInfo {
  readonly api_type: 'StartAndEnd' | 'ALL';
  readonly url: string;
  /** Your own value, echoed back; `"embed"` switches embed mode on (no mail, no KakaoTalk). */
  readonly request_code?: string;
  /** Sent back as the callback's `Authorization` header: the only proof a callback is eSignon's. */
  readonly authorization?: string;
  readonly link_type?: 'download';
}

/** `5005Q` body (start a non-face-to-face workflow from a template). */
export interface EsignonStartSimpleBody {
  readonly biz_id: string;
  readonly workflow_name: string;
  readonly doc_id: string;
  readonly memb_email: string;
  readonly language?: EsignonLanguage;
  readonly comment?: string;
  readonly expireddate?: string;
  readonly player_list: readonly {
    readonly field_owner: string;
    readonly email: string;
    readonly name: string;
    readonly mobile_number?: string;
    readonly password?: string;
    readonly password_hint?: string;
  }[];
  readonly field_list?: readonly { readonly field_name: string; readonly field_value: string }[];
  readonly customer_list?: readonly { readonly email: string; readonly name: string }[];
  readonly export_api_info?: EsignonExportApiInfo;
}

/** `5005A` body. `play_url`, `next_play_user` and `next_play_user_name` are observed in embed mode, not documented. */
export interface EsignonStartAnswerBody {
  readonly comp_id?: string;
  readonly biz_id?: string;
  readonly memb_email?: string;
  readonly workflow_id: string | number;
  readonly workflow_name?: string;
  readonly token?: string;
  readonly lang?: string;
  readonly play_url?: string;
  readonly next_play_user?: string;
  readonly next_play_user_name?: string;
}

/** `GET api/v2/workflows/:workflowId` body. Every field may be missing (tolerant reader). */
export interface EsignonWorkflowAnswerBody {
  readonly workflow_id?: string | number;
  readonly workflow_name?: string;
  readonly workflow_status?: string;
  readonly last_modify_date?: string;
  readonly expiry_date?: string;
  readonly create_date?: string;
  readonly creator_email?: string;
  readonly creator_name?: string;
  readonly current_action_id?: string | number;
  readonly total_action_count?: string | number;
  readonly certificate_url?: string;
  readonly download_url?: string;
  readonly view_url?: string;
  readonly action_history_list?: readonly {
    readonly step_code?: string;
    readonly action_id?: string | number;
    readonly confirm_date?: string;
    readonly name?: string;
    readonly confirm_email?: string;
    readonly comment?: string;
  }[];
  readonly owner_list?: readonly {
    readonly action_id?: string | number;
    readonly turn_yn?: string;
    readonly name?: string;
    readonly email?: string;
    readonly phone_number?: string;
  }[];
}

/** `1510Q` body (cancel an in-progress workflow). */
export interface EsignonCancelBody {
  readonly comp_id: string;
  readonly biz_id: string;
  readonly memb_email: string;
  readonly workflow_id: string;
  readonly command: 'CANCEL';
}

/** `POST workflow/download` body. Our reading: a flat `{ workflow_id }` (the pages print no envelope for it). */
export interface EsignonDownloadBody {
  readonly workflow_id: string;
}

/** `POST workflow/download` answer body: URLs valid for 5 minutes. */
export interface EsignonDownloadAnswerBody {
  readonly doc_url?: string;
  readonly cert_url?: string;
  readonly workflow_name?: string;
}
