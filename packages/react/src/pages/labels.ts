import type { Locale } from '@esign-kit/core';

/** Every piece of text the page components show, in Korean and English. */
export interface PageLabels {
  readonly loading: string;
  readonly close: string;
  readonly openInNewTab: string;
  readonly popupBlocked: string;
  readonly openLink: string;
  readonly frameRefused: string;
  readonly frameTitle: (pageName: string) => string;
}

export const pageLabels: Readonly<Record<Locale, PageLabels>> = {
  ko: {
    loading: '페이지를 여는 중…',
    close: '닫기',
    openInNewTab: '새 탭에서 열기',
    popupBlocked: '브라우저가 새 탭을 막았습니다. 아래 링크로 여세요.',
    openLink: '페이지 열기',
    frameRefused: '이 페이지는 창 안에서 열리지 않습니다. 새 탭에서 여세요.',
    frameTitle: (pageName) => `프릭스 ${pageName}`,
  },
  en: {
    loading: 'Opening the page…',
    close: 'Close',
    openInNewTab: 'Open in a new tab',
    popupBlocked: 'The browser blocked the new tab. Use the link below.',
    openLink: 'Open the page',
    frameRefused: 'This page cannot open inside the window. Open it in a new tab.',
    frameTitle: (pageName) => `Prix ${pageName}`,
  },
};

/** Names of the hosted pages, for titles and default button text. */
export const pageNames: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  'contracts.formUrl': { ko: '계약서 등록', en: 'Contract registration' },
  'contracts.formUrlLegacy': { ko: '계약서 등록', en: 'Contract registration' },
  'contracts.detailUrl': { ko: '계약서 상세', en: 'Contract details' },
  'contracts.listUrl': { ko: '계약서 목록', en: 'Contract list' },
  'contracts.signatureUrl': { ko: '전자서명 요청', en: 'Request e-signature' },
  'signatures.link': { ko: '전자서명 참여', en: 'Signing page' },
  'templates.formUrl': { ko: '템플릿 등록/편집', en: 'Template editor' },
  'templates.bulkUrl': { ko: '대량계약', en: 'Bulk contract' },
  'templates.useUrl': { ko: '템플릿 사용', en: 'Use template' },
};

export function pageName(operationId: string, locale: Locale): string {
  return pageNames[operationId]?.[locale] ?? (locale === 'ko' ? '페이지' : 'page');
}
