import type { AnyRoute, Locale } from '@esign-kit/core';

/** Every piece of text the page components show, in Korean and English. */
export interface PageLabels {
  readonly loading: string;
  readonly close: string;
  readonly openInNewTab: string;
  readonly popupBlocked: string;
  readonly openLink: string;
  readonly frameRefused: string;
  /** Said while a modal's page is open in the tab it moved to (it was not closed). */
  readonly movedToTab: string;
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
    movedToTab: '페이지를 새 탭으로 옮겼습니다.',
    frameTitle: (pageName) => `프릭스 ${pageName}`,
  },
  en: {
    loading: 'Opening the page…',
    close: 'Close',
    openInNewTab: 'Open in a new tab',
    popupBlocked: 'The browser blocked the new tab. Use the link below.',
    openLink: 'Open the page',
    frameRefused: 'This page cannot open inside the window. Open it in a new tab.',
    movedToTab: 'The page moved to a new tab.',
    frameTitle: (pageName) => `Prix ${pageName}`,
  },
};

/**
 * The name of the page an operation opens, for titles and default button text. The name is a
 * fact of the operation (`route.page.name`), so a bundle holds the names of the pages it uses.
 */
export function pageName(operation: Pick<AnyRoute, 'page'>, locale: Locale): string {
  return operation.page?.name[locale] ?? (locale === 'ko' ? '페이지' : 'page');
}
