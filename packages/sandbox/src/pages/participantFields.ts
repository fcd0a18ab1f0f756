import type { ParticipantType, SendChannel } from '@esign-kit/core';
import type { ManualParticipant } from '../domain/contractRegistration.js';
import { fieldset, readField, selectField, shownValue, textField } from './forms.js';
import { channelLabels, participantTypeLabels } from './labels.js';
import type { FormRetry } from './pageTypes.js';
import type { Html } from './render.js';

/** A participant as a page pre-fills it (`defaultValue.signature.participants[]`). */
export interface ParticipantPrefill {
  readonly name?: string | undefined;
  readonly send?: SendChannel | undefined;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
  readonly message?: string | undefined;
}

const channelOptions = (['EMAIL', 'PHONE'] as const).map((value) => ({ value, label: channelLabels[value] }));

/** The fields of one participant, named `<prefix>-name`, `-send`, `-email`, `-phone` (and `-message`). */
export function participantFields(
  prefix: string,
  legend: string,
  prefill: ParticipantPrefill | undefined,
  retry: FormRetry | undefined,
  options: { readonly message?: boolean } = {},
): Html {
  const value = (field: keyof ParticipantPrefill) => shownValue(retry, `${prefix}-${field}`, prefill?.[field]);
  return fieldset(legend, [
    textField({ name: `${prefix}-name`, label: '이름 · Name', value: value('name'), autocomplete: 'off' }),
    selectField({
      name: `${prefix}-send`,
      label: '발송 수단 · Send by',
      value: value('send') || 'EMAIL',
      options: channelOptions,
    }),
    textField({ name: `${prefix}-email`, label: '이메일 · E-mail', type: 'email', value: value('email') }),
    textField({
      name: `${prefix}-phone`,
      label: '휴대폰 번호 · Phone',
      type: 'tel',
      value: value('phone'),
      hint: '예 · e.g. 010-1234-5678',
    }),
    options.message === false
      ? null
      : textField({ name: `${prefix}-message`, label: '메시지 · Message', value: value('message') }),
  ]);
}

/**
 * The participants entered in rows `participant-0` … : rows left entirely empty are skipped
 * (the page always offers spares); a row with anything in it is a participant.
 */
export function readParticipants(form: URLSearchParams, rows: number): ManualParticipant[] {
  const participants: ManualParticipant[] = [];
  for (let index = 0; index < rows; index += 1) {
    const read = (field: string) => readField(form, `participant-${index}-${field}`);
    const [name, email, phone, message] = [read('name'), read('email'), read('phone'), read('message')];
    if (!name && !email && !phone && !message) continue;
    participants.push({
      name,
      send: read('send') === 'PHONE' ? 'PHONE' : 'EMAIL',
      email: email || undefined,
      phone: phone || undefined,
      message: message || undefined,
    });
  }
  return participants;
}

/** How many participant rows a page with these pre-fills shows: one spare, and at least two. */
export function participantRowCount(prefills: readonly ParticipantPrefill[]): number {
  return Math.max(prefills.length + 1, 2);
}

/** The participant rows of a request without a template: the pre-filled ones, then spares. */
export function participantRows(prefills: readonly ParticipantPrefill[], retry: FormRetry | undefined): Html[] {
  return Array.from({ length: participantRowCount(prefills) }, (_, index) =>
    participantFields(`participant-${index}`, `참여자 ${index + 1} · Participant ${index + 1}`, prefills[index], retry),
  );
}

/** The signing-order select (`participantType`), pre-set to `fallback`. */
export function participantTypeField(retry: FormRetry | undefined, fallback: ParticipantType = 'ORDER'): Html {
  return selectField({
    name: 'participantType',
    label: '서명 순서 · Signing order',
    value: shownValue(retry, 'participantType', fallback),
    options: (['ORDER', 'TOGETHER'] as const).map((value) => ({ value, label: participantTypeLabels[value] })),
  });
}

/** The signing order chosen on the form. */
export function readParticipantType(form: URLSearchParams): ParticipantType {
  return readField(form, 'participantType') === 'TOGETHER' ? 'TOGETHER' : 'ORDER';
}
