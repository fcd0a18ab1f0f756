import type { EsignonContext } from './context.js';
import type { EsignonExportApi, EsignonTemplate } from './model.js';
import { isCalendarDate, kstDate } from './time.js';
import { type EsignonMessage, isRecord, text } from './wire.js';

/** A `5005Q` body that passed every check, in the kit's words. */
export interface StartRequest {
  readonly title: string;
  readonly template: EsignonTemplate;
  readonly starterEmail: string;
  readonly language: 'ko-KR' | 'en-US' | 'ja-JP';
  readonly comment: string;
  readonly expiresOn?: string;
  readonly signers: readonly {
    readonly order: number;
    readonly name: string;
    readonly contact: string;
    readonly mobileNumber?: string;
    readonly password?: string;
    readonly passwordHint?: string;
  }[];
  readonly cc: readonly { readonly name: string; readonly contact: string }[];
  readonly fields: readonly { readonly name: string; readonly value: string }[];
  readonly exportApi?: EsignonExportApi;
  readonly preview: boolean;
}

/** The check's verdict: the request, or the `result_code` and a message naming the problem. */
export type StartCheck =
  | { readonly ok: true; readonly value: StartRequest }
  | { readonly ok: false; readonly resultCode: '-1' | '19' | '20'; readonly message: EsignonMessage };

const forbiddenTitleCharacters = /['"\\/:|<>.?]/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const mobilePattern = /^01[016789]-?\d{3,4}-?\d{4}$/;
const languages = ['ko-KR', 'en-US', 'ja-JP'] as const;

const invalid = (ko: string, en: string): StartCheck => ({ ok: false, resultCode: '-1', message: { ko, en } });

/** An e-mail address or a Korean mobile number (a number means KakaoTalk delivery). */
function isContact(value: string): boolean {
  return emailPattern.test(value) || mobilePattern.test(value);
}

/**
 * Checks a `5005Q` body the way https://api.esignon.net/workflow/start/nonfacestart lists its
 * `-1` causes (the message names the problem), then the expiry date (`19` format, `20` past).
 */
export function checkStartRequest(body: Record<string, unknown>, context: EsignonContext): StartCheck {
  const title = text(body, 'workflow_name') ?? '';
  const titleLength = [...title].length;
  if (titleLength < 1 || titleLength > 128) {
    return invalid('문서 제목은 1~128자여야 합니다.', 'workflow_name must be 1–128 characters.');
  }
  if (forbiddenTitleCharacters.test(title)) {
    return invalid(
      '문서 제목에 \' " \\ / : | < > . ? 문자를 쓸 수 없습니다.',
      'workflow_name must not contain \' " \\ / : | < > . ?',
    );
  }
  const template = context.options.templates.find((candidate) => candidate.id === text(body, 'doc_id'));
  if (!template) return invalid('서식을 찾을 수 없습니다.', 'Unknown template (doc_id).');
  const starterEmail = text(body, 'memb_email') ?? '';
  if (starterEmail.toLowerCase() !== context.options.email.toLowerCase()) {
    return invalid('시작자가 회사 멤버가 아닙니다.', 'The starter (memb_email) is not a member of the company.');
  }
  const language = text(body, 'language') ?? 'ko-KR';
  if (!languages.includes(language as (typeof languages)[number])) {
    // Our reading: the docs list three languages and no code for another; the sandbox refuses it with -1.
    return invalid('language는 ko-KR, en-US, ja-JP 중 하나여야 합니다.', 'language must be ko-KR, en-US or ja-JP.');
  }
  const comment = text(body, 'comment') ?? '';
  if ([...comment].length > 250)
    return invalid('메시지는 250자 이하여야 합니다.', 'comment must be 250 characters or fewer.');
  const expiresOn = text(body, 'expireddate');
  if (expiresOn !== undefined && expiresOn !== '') {
    if (!isCalendarDate(expiresOn)) {
      return { ok: false, resultCode: '19', message: { ko: '만료일 형식 오류', en: 'Bad expiry date format' } };
    }
    if (expiresOn < kstDate(context.now())) {
      return { ok: false, resultCode: '20', message: { ko: '만료일이 과거입니다.', en: 'Expiry date in the past.' } };
    }
  }
  const signers = checkSigners(body.player_list, template);
  if (!signers.ok) return signers;
  const fields = checkFields(body.field_list, template);
  if (!fields.ok) return fields;
  const cc = checkCc(body.customer_list);
  if (!cc.ok) return cc;
  const exportApi = checkExportApi(body.export_api_info);
  if (!exportApi.ok) return exportApi;
  return {
    ok: true,
    value: {
      title,
      template,
      starterEmail,
      language: language as StartRequest['language'],
      comment,
      ...(expiresOn ? { expiresOn } : {}),
      signers: signers.value,
      cc: cc.value,
      fields: fields.value,
      ...(exportApi.value ? { exportApi: exportApi.value } : {}),
      preview: text(body, 'preview') === 'preview',
    },
  };
}

type Checked<T> = { ok: true; value: T } | Extract<StartCheck, { ok: false }>;

function checkSigners(list: unknown, template: EsignonTemplate): Checked<StartRequest['signers']> {
  if (!Array.isArray(list) || list.length === 0) {
    return invalid('서명자 목록(player_list)이 없습니다.', 'player_list is missing.') as Checked<never>;
  }
  if (list.length !== template.signerCount) {
    return invalid(
      `서명자 수(${list.length})가 서식의 서명자 수(${template.signerCount})와 다릅니다.`,
      `player_list has ${list.length} signers; the template has ${template.signerCount}.`,
    ) as Checked<never>;
  }
  const signers: StartRequest['signers'][number][] = [];
  for (const entry of list) {
    if (!isRecord(entry))
      return invalid('서명자 항목이 올바르지 않습니다.', 'A player_list entry is not an object.') as Checked<never>;
    const name = (text(entry, 'name') ?? '').trim();
    if (!name)
      return invalid('서명자 이름(player_list.name)이 없습니다.', 'player_list.name is missing.') as Checked<never>;
    const contact = (text(entry, 'email') ?? '').trim();
    if (!isContact(contact)) {
      return invalid(
        `이메일 또는 휴대폰 번호 형식이 올바르지 않습니다: ${name}`,
        `Bad e-mail or mobile number format for ${name}.`,
      ) as Checked<never>;
    }
    const mobileNumber = text(entry, 'mobile_number');
    if (mobileNumber && !mobilePattern.test(mobileNumber)) {
      return invalid('본인인증 휴대폰 번호 형식이 올바르지 않습니다.', 'Bad mobile_number format.') as Checked<never>;
    }
    const password = text(entry, 'password');
    if (password && (!/^[^'"]{4,15}$/.test(password) || /[\u3131-\uD79D]/.test(password))) {
      return invalid(
        '문서 비밀번호는 4~15자이며 한글과 따옴표를 쓸 수 없습니다.',
        'password must be 4–15 characters, without Korean or quotes.',
      ) as Checked<never>;
    }
    const passwordHint = text(entry, 'password_hint');
    if (passwordHint && [...passwordHint].length > 50) {
      return invalid(
        '비밀번호 힌트는 50자 이하여야 합니다.',
        'password_hint must be 50 characters or fewer.',
      ) as Checked<never>;
    }
    signers.push({
      order: Number(text(entry, 'field_owner') ?? Number.NaN),
      name,
      contact,
      ...(mobileNumber ? { mobileNumber } : {}),
      ...(password ? { password } : {}),
      ...(passwordHint ? { passwordHint } : {}),
    });
  }
  // Our reading: field_owner must name each step 1..n exactly once; entries may come in any order.
  const orders = signers.map((signer) => signer.order).sort((a, b) => a - b);
  if (orders.some((order, index) => order !== index + 1)) {
    return invalid(
      'field_owner는 "1"부터 서명자 수까지 한 번씩 있어야 합니다.',
      'field_owner must be "1" … "n", each once.',
    ) as Checked<never>;
  }
  return { ok: true, value: signers.sort((a, b) => a.order - b.order) };
}

function checkFields(list: unknown, template: EsignonTemplate): Checked<StartRequest['fields']> {
  if (list === undefined) return { ok: true, value: [] };
  if (!Array.isArray(list))
    return invalid('field_list가 배열이 아닙니다.', 'field_list must be an array.') as Checked<never>;
  const fields: { name: string; value: string }[] = [];
  for (const entry of list) {
    const name = isRecord(entry) ? text(entry, 'field_name') : undefined;
    const value = isRecord(entry) ? text(entry, 'field_value') : undefined;
    // Our reading: the docs say nothing of unknown field names; the sandbox refuses them, naming the field.
    if (name === undefined || value === undefined || !template.fields.some((field) => field.name === name)) {
      return invalid(
        `서식에 없는 필드입니다: ${name ?? '-'}`,
        `The template has no field ${name ?? '-'}.`,
      ) as Checked<never>;
    }
    fields.push({ name, value });
  }
  return { ok: true, value: fields };
}

function checkCc(list: unknown): Checked<StartRequest['cc']> {
  if (list === undefined) return { ok: true, value: [] };
  if (!Array.isArray(list))
    return invalid('customer_list가 배열이 아닙니다.', 'customer_list must be an array.') as Checked<never>;
  const cc: { name: string; contact: string }[] = [];
  for (const entry of list) {
    const name = isRecord(entry) ? (text(entry, 'name') ?? '').trim() : '';
    const contact = isRecord(entry) ? (text(entry, 'email') ?? '').trim() : '';
    if (!name || !isContact(contact)) {
      return invalid(
        '참조자의 이름 또는 연락처가 올바르지 않습니다.',
        'A customer_list entry has a bad name or contact.',
      ) as Checked<never>;
    }
    cc.push({ name, contact });
  }
  return { ok: true, value: cc };
}

function checkExportApi(info: unknown): Checked<EsignonExportApi | undefined> {
  if (info === undefined) return { ok: true, value: undefined };
  // Our reading: documented as "Array" but sent as one object in every example; the sandbox takes the object.
  if (!isRecord(info))
    return invalid('export_api_info가 올바르지 않습니다.', 'export_api_info must be an object.') as Checked<never>;
  const apiType = text(info, 'api_type');
  if (apiType !== 'ALL' && apiType !== 'StartAndEnd') {
    return invalid(
      'api_type은 ALL 또는 StartAndEnd여야 합니다.',
      'api_type must be ALL or StartAndEnd.',
    ) as Checked<never>;
  }
  const url = text(info, 'url') ?? '';
  if (!/^https?:\/\//.test(url) || !URL.canParse(url)) {
    return invalid('콜백 URL이 올바르지 않습니다.', 'export_api_info.url must be an http(s) URL.') as Checked<never>;
  }
  const authorization = text(info, 'authorization');
  const linkType = text(info, 'link_type');
  const clientId = text(info, 'clientid');
  const params = Array.isArray(info.request_params) ? info.request_params : [];
  const requestParams = params.filter(isRecord).map((param) => ({
    paramId: text(param, 'param_id') ?? '',
    paramValue: text(param, 'param_value') ?? '',
    fieldNames: (Array.isArray(param.fields) ? param.fields : [])
      .filter(isRecord)
      .map((field) => text(field, 'field_name') ?? ''),
  }));
  return {
    ok: true,
    value: {
      apiType,
      url,
      requestCode: text(info, 'request_code') ?? '',
      ...(authorization ? { authorization } : {}),
      ...(linkType === 'download' ? { linkType } : {}),
      ...(clientId ? { clientId } : {}),
      requestParams: requestParams.filter((param) => param.paramId !== ''),
    },
  };
}
