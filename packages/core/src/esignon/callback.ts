import { isRecord, text } from './read.js';
import type { EsignonPerson } from './types.js';

/**
 * @module ExportAPI callbacks: what eSignon POSTs to the proxy after each step
 * (https://api.esignon.net/workflow/start/exportapi). A tolerant reader: every value is a string
 * in the examples, but numbers are accepted too; the status may be written `"{Complete}"` (the
 * docs' own examples do, and the English "Complete" example even says `"{Playing}"`); the
 * document id is `wfuid` (`wfluid`, one letter longer, is a template-type id, usually `"0"`).
 */

/** A callback, read. */
export interface EsignonCallback {
  /** `wfuid`: the workflow (= `workflow_id`). */
  readonly workflowId: string;
  /** `Playing`, `Complete`, `Canceled`, or a status eSignon adds later. */
  readonly status: 'Playing' | 'Complete' | 'Canceled' | (string & {});
  /** `CF` approved, `RT` returned (rejected); `''` when eSignon sent none. */
  readonly workType: 'CF' | 'RT' | (string & {});
  /** `actionid`: the step (`"1"`, `"2"`, …). */
  readonly actionId: string;
  readonly processId?: string | undefined;
  /** `header.request_code` (or `body.requestid`): `"embed"` in embed mode. */
  readonly requestCode?: string | undefined;
  /** Whether eSignon ran the workflow in embed mode (it then sends no mail: the URLs below are ours to hand out). */
  readonly embed: boolean;
  /** `workdatetime` as an ISO date-time (eSignon's newest docs say UTC), when it reads as one. */
  readonly at?: string | undefined;
  /** `workdatetime` as sent (`2020-01-31 04:23:28.0`). */
  readonly workedAt?: string | undefined;
  /** Who acted: `user_name` and `useremail` (an e-mail address or a mobile number). */
  readonly actor: { readonly name?: string | undefined; readonly contact?: string | undefined };
  /** What the signer wrote when approving or returning; absent when empty. */
  readonly opinion?: string | undefined;
  /** `Playing` in embed mode: who signs next (`next_user_name`, `next_play_user`). */
  readonly nextSigner?: EsignonPerson | undefined;
  /** `Playing` in embed mode: the next signer's page. */
  readonly playUrl?: string | undefined;
  /** `Complete` in embed mode: the signed document (viewer or download link). */
  readonly downloadUrl?: string | undefined;
  /** `Complete` in embed mode: the audit-trail certificate. */
  readonly certUrl?: string | undefined;
  /** `clientid`, echoed from `export_api_info.clientid`. */
  readonly clientId?: string | undefined;
  /** Every other text value of the body (one per `request_params` entry, and any key eSignon adds). */
  readonly params: Readonly<Record<string, string>>;
}

/** What {@link parseEsignonCallback} returns. */
export type EsignonCallbackParse =
  | { readonly ok: true; readonly callback: EsignonCallback }
  | { readonly ok: false; readonly reason: string };

const knownKeys = new Set([
  'wfuid',
  'wfluid',
  'workflow_id',
  'clientid',
  'processid',
  'requestid',
  'actionid',
  'workdatetime',
  'worktype',
  'useremail',
  'opinion',
  'status',
  'user_name',
  'next_play_user',
  'next_user_name',
  'play_url',
  'download_url',
  'cert_url',
]);

/**
 * Reads an ExportAPI callback body (parsed JSON, or its text). Returns the callback, or why it
 * cannot be one (then the proxy answers 400 and keeps nothing).
 *
 * - A body without the `{ header, body }` envelope is read as the body itself.
 * - Values may be strings or numbers; surrounding spaces and `{…}` around the status are dropped,
 *   and the status is matched without regard to case (`complete` → `Complete`).
 * - The workflow id is `wfuid`; `workflow_id` is accepted too. Our reading: `wfluid` is not the
 *   workflow (it is `"0"` in every example) and is used only when neither is there and it is not `"0"`.
 * - Without a `status` (non-embed payloads of the older docs), it is `Complete` when a
 *   `download_url` or `cert_url` came, else `Playing`.
 *
 * @example
 * ```ts
 * const parsed = parseEsignonCallback({
 *   header: { api_name: 'export', session_id: 'S1001', request_code: 'embed' },
 *   body: { wfuid: '12584', actionid: '1', processid: '1', worktype: 'CF', status: '{Playing}',
 *           workdatetime: '2020-01-31 04:23:28.0', useremail: 'a@example.com', user_name: '홍길동',
 *           next_play_user: '010-1234-5678', next_user_name: '김대표', play_url: 'https://docs.esignon.net/mail/sign?token=t' },
 * })
 * if (parsed.ok) parsed.callback.nextSigner // { name: '김대표', contact: '010-1234-5678' }
 * ```
 */
export function parseEsignonCallback(payload: unknown): EsignonCallbackParse {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { ok: false, reason: 'The body is not JSON.' };
    }
  }
  if (!isRecord(value)) return { ok: false, reason: 'The body is not a JSON object.' };
  const header = isRecord(value.header) ? value.header : {};
  const body = isRecord(value.body) ? value.body : value;

  const wfluid = text(body.wfluid);
  const workflowId = text(body.wfuid) ?? text(body.workflow_id) ?? (wfluid !== '0' ? wfluid : undefined);
  if (!workflowId) return { ok: false, reason: 'The body names no workflow (wfuid).' };
  const actionId = text(body.actionid) ?? text(body.processid);
  if (!actionId) return { ok: false, reason: 'The body names no step (actionid).' };

  const downloadUrl = text(body.download_url);
  const certUrl = text(body.cert_url);
  const status = readStatus(text(body.status)) ?? (downloadUrl || certUrl ? 'Complete' : 'Playing');
  const requestCode = text(header.request_code) ?? text(body.requestid);
  const workedAt = text(body.workdatetime);
  const nextName = text(body.next_user_name);
  const nextContact = text(body.next_play_user);

  const params: Record<string, string> = {};
  for (const [key, raw] of Object.entries(body)) {
    const valueText = knownKeys.has(key) ? undefined : text(raw);
    if (valueText !== undefined) params[key] = valueText;
  }

  return {
    ok: true,
    callback: {
      workflowId,
      status,
      workType: (text(body.worktype) ?? '').toUpperCase(),
      actionId,
      processId: text(body.processid),
      requestCode,
      embed: requestCode === 'embed',
      at: workedAt && isoFromWorkDateTime(workedAt),
      workedAt,
      actor: { name: text(body.user_name), contact: text(body.useremail) },
      opinion: text(body.opinion),
      nextSigner:
        nextName !== undefined && nextContact !== undefined ? { name: nextName, contact: nextContact } : undefined,
      playUrl: text(body.play_url),
      downloadUrl,
      certUrl,
      clientId: text(body.clientid),
      params,
    },
  };
}

/**
 * The key that makes two deliveries of one callback the same: workflow, step, work type and
 * status (eSignon sends no event id). The proxy keeps it for 7 days and drops a repeat.
 *
 * @example
 * ```ts
 * esignonCallbackKey(callback) // '12584|1|CF|Playing'
 * ```
 */
export function esignonCallbackKey(
  callback: Pick<EsignonCallback, 'workflowId' | 'actionId' | 'workType' | 'status'>,
): string {
  return [callback.workflowId, callback.actionId, callback.workType, callback.status].join('|');
}

const statusByLowerCase: Readonly<Record<string, string>> = {
  playing: 'Playing',
  complete: 'Complete',
  canceled: 'Canceled',
  cancelled: 'Canceled',
};

function readStatus(raw: string | undefined): string | undefined {
  const bare = raw?.replace(/^\{\s*|\s*\}$/g, '').trim();
  if (!bare) return undefined;
  return statusByLowerCase[bare.toLowerCase()] ?? bare;
}

/** `2020-01-31 04:23:28.0` (UTC per the newest Korean docs) → `2020-01-31T04:23:28.000Z`. */
function isoFromWorkDateTime(raw: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,3}))?$/.exec(raw);
  if (!match) return undefined;
  const iso = `${match[1]}T${match[2]}.${(match[3] ?? '0').padEnd(3, '0')}Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}
