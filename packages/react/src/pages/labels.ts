import { type AnyRoute, type Locale, launchErrorTexts } from '@esign-kit/core';

/** Every piece of text the page components show, in Korean and English. */
export interface PageLabels {
  readonly loading: string;
  readonly close: string;
  readonly openInNewTab: string;
  /** The same sentence as the launcher's `popup_blocked` error (`launchErrorTexts`). */
  readonly popupBlocked: string;
  readonly openLink: string;
  /** The same sentence as the launcher's `frame_refused` error (`launchErrorTexts`). */
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
    popupBlocked: launchErrorTexts.popup_blocked.ko,
    openLink: '페이지 열기',
    frameRefused: launchErrorTexts.frame_refused.ko,
    movedToTab: '페이지를 새 탭으로 옮겼습니다.',
    frameTitle: (pageName) => `프릭스 ${pageName}`,
  },
  en: {
    loading: 'Opening the page…',
    close: 'Close',
    openInNewTab: 'Open in a new tab',
    popupBlocked: launchErrorTexts.popup_blocked.en,
    openLink: 'Open the page',
    frameRefused: launchErrorTexts.frame_refused.en,
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
