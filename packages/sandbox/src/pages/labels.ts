import type { ContractStatus, ParticipantType, SendChannel, SignatureStatus } from '@esign-kit/core';
import type { ParticipantStatus } from '../state/model.js';

// Labels of the hosted pages, "한국어 · English" like the rest of the sandbox's pages.

export const contractStatusLabels: Readonly<Record<ContractStatus, string>> = {
  CREATED: '등록됨 · Registered',
  CONCLUDED: '체결됨 · Concluded',
  DELETED: '삭제됨 · Deleted',
};

export const signatureStatusLabels: Readonly<Record<SignatureStatus, string>> = {
  CREATED: '생성됨 · Created',
  WAITING: '서명 대기 · Waiting for signatures',
  DONE: '서명 완료 · Signed by all',
  CANCELED: '취소됨 · Canceled',
};

export const participantStatusLabels: Readonly<Record<ParticipantStatus, string>> = {
  CREATED: '차례 전 · Not their turn yet',
  WAITING: '서명 대기 · Waiting to sign',
  DONE: '서명 완료 · Signed',
};

export const channelLabels: Readonly<Record<SendChannel, string>> = {
  EMAIL: '이메일 · E-mail',
  PHONE: '휴대폰 · Phone',
};

export const participantTypeLabels: Readonly<Record<ParticipantType, string>> = {
  ORDER: '순서대로 · One after another',
  TOGETHER: '동시에 · All at once',
};

/** The date part of an ISO time, for tables; `-` when there is none. */
export function shortDate(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '-';
}
