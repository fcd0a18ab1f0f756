import { text, unwrapBody } from '../read.js';
import type { EsignonWorkflowState } from '../state.js';
import type { EsignonStartWorkflowData, EsignonStartWorkflowInput } from '../types.js';
import type { EsignonRequest, EsignonStartSimpleBody } from '../wire.js';

/** What the proxy adds to every start: the starting member and the callback it listens on. */
export interface EsignonStartOptions {
  /** The member that starts workflows (`memb_email`): the one the proxy signs in as. */
  readonly memberEmail: string;
  /** Where eSignon POSTs the ExportAPI callbacks, and the `Authorization` value it sends with them. */
  readonly callback: { readonly url: string; readonly authorization: string };
  /** The department (`biz_id`). @default '0' (the whole company) */
  readonly businessId?: string;
}

/**
 * The `5005Q` request for a start input, in embed mode: `export_api_info` with `api_type: 'ALL'`
 * (a callback after every step) and `request_code: 'embed'` (eSignon sends no mail).
 * https://api.esignon.net/workflow/start/nonfacestart
 *
 * @example
 * ```ts
 * const request = toStartSimpleBody(input, {
 *   memberEmail: 'admin@esignkit.example',
 *   callback: { url: 'https://admin.example.com/api/esign/esignon/callback', authorization: secret },
 * })
 * request.body.player_list[0].field_owner // '1'
 * ```
 */
export function toStartSimpleBody(
  input: EsignonStartWorkflowInput,
  options: EsignonStartOptions,
): EsignonRequest<EsignonStartSimpleBody> {
  return {
    header: { request_code: '5005Q', version: '9.9.99' },
    body: {
      biz_id: options.businessId ?? '0',
      workflow_name: input.title,
      doc_id: input.templateId,
      memb_email: options.memberEmail,
      ...(input.language ? { language: input.language } : {}),
      ...(input.comment ? { comment: input.comment } : {}),
      ...(input.expiresOn ? { expireddate: input.expiresOn } : {}),
      player_list: input.signers.map((signer, index) => ({
        field_owner: String(index + 1),
        email: signer.contact,
        name: signer.name,
        ...(signer.mobileNumber ? { mobile_number: signer.mobileNumber } : {}),
        ...(signer.password ? { password: signer.password } : {}),
        ...(signer.passwordHint ? { password_hint: signer.passwordHint } : {}),
      })),
      ...(input.fields?.length
        ? { field_list: input.fields.map((field) => ({ field_name: field.name, field_value: field.value })) }
        : {}),
      ...(input.cc?.length ? { customer_list: input.cc.map((cc) => ({ email: cc.contact, name: cc.name })) } : {}),
      export_api_info: {
        api_type: 'ALL',
        url: options.callback.url,
        request_code: 'embed',
        authorization: options.callback.authorization,
      },
    },
  };
}

/** A start answer, read: the browser's data, and what the proxy keeps. */
export interface EsignonStartAnswer {
  readonly data: EsignonStartWorkflowData;
  /** The first state to keep (`Playing`, step `'0'`, the first signer's page when eSignon sent one). */
  readonly state: EsignonWorkflowState;
}

/**
 * Reads a `5005A` answer (its `body`, or the whole `{ header, body }`). `play_url`,
 * `next_play_user` and `next_play_user_name` are observed in embed mode, not documented: used
 * when present. `undefined` when there is no `workflow_id` (the proxy reports an invalid answer).
 *
 * @example
 * ```ts
 * fromStartAnswer({ workflow_id: '12584', workflow_name: '근로계약서', play_url: 'https://…' })?.data
 * // { workflowId: '12584', title: '근로계약서' }
 * ```
 */
export function fromStartAnswer(answer: unknown, fallbackTitle = ''): EsignonStartAnswer | undefined {
  const body = unwrapBody(answer);
  const workflowId = text(body?.workflow_id);
  if (!body || !workflowId) return undefined;
  const name = text(body.next_play_user_name);
  const contact = text(body.next_play_user);
  const nextSigner = name !== undefined && contact !== undefined ? { name, contact } : undefined;
  const playUrl = text(body.play_url);
  return {
    data: { workflowId, title: text(body.workflow_name) ?? fallbackTitle, ...(nextSigner ? { nextSigner } : {}) },
    state: { workflowId, status: 'Playing', actionId: '0', nextSigner, playUrl },
  };
}
