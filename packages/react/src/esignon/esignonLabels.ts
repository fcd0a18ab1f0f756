import type { Locale } from '@esign-kit/core';

/** Every piece of text the eSignon buttons show, in Korean and English. */
export interface EsignonLabels {
  /** The sign button's default text. */
  readonly sign: string;
  /** The document button's default text, per document. */
  readonly document: { readonly signed: string; readonly certificate: string };
  /** Said while the signing page is open: the button waits for eSignon to record the signature. */
  readonly waiting: string;
  /** The workflow moved on to the next signer. */
  readonly signed: string;
  /** The signer returned the document (`RT`). */
  readonly returned: string;
  /** Every signer signed (`Complete`). */
  readonly complete: string;
  /** The workflow was canceled (or voided) while the page was open. */
  readonly canceled: string;
  /** The page was closed and the server shows no change (yet). */
  readonly closedUnchanged: string;
  /** Why the sign button cannot open a page now: there is no signer page to open. */
  readonly nothingToSign: string;
  /** Title of the dialog that frames the signing page (`mode="modal"`). */
  readonly frameTitle: string;
}

export const esignonLabels: Readonly<Record<Locale, EsignonLabels>> = {
  ko: {
    sign: '서명하기',
    document: { signed: '서명된 문서 받기', certificate: '감사 추적 인증서 받기' },
    waiting: '이싸인온 서명 페이지가 열려 있습니다. 서명이 반영되면 여기에 표시됩니다.',
    signed: '서명이 반영되었습니다. 다음 서명자 차례입니다.',
    returned: '서명자가 문서를 반려했습니다.',
    complete: '모든 서명이 끝났습니다.',
    canceled: '이 계약은 취소되었습니다.',
    closedUnchanged: '서명 페이지를 닫았습니다. 아직 반영된 서명이 없습니다.',
    nothingToSign: '지금 서명할 페이지가 없습니다.',
    frameTitle: '이싸인온 서명 페이지',
  },
  en: {
    sign: 'Sign',
    document: { signed: 'Download the signed document', certificate: 'Download the audit certificate' },
    waiting: 'The eSignon signing page is open. The signature shows here once eSignon records it.',
    signed: 'Signature recorded. It is the next signer’s turn.',
    returned: 'The signer returned the document.',
    complete: 'Everyone has signed.',
    canceled: 'This contract was canceled.',
    closedUnchanged: 'The signing page was closed. No signature has been recorded yet.',
    nothingToSign: 'There is no page to sign right now.',
    frameTitle: 'eSignon signing page',
  },
};
