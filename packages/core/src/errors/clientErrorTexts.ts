import type { Locale } from './locale.js';

/** One sentence in each language esign-kit writes. */
export type ErrorTexts = Readonly<Record<Locale, string>>;

/**
 * The sentences of the codes a browser client raises on its own, when no readable answer came
 * back. Every other code's sentences arrive with the proxy's error envelope (`texts`), so the
 * catalogue of ~90 codes stays on the server instead of in every browser bundle.
 */
export const clientErrorTexts = {
  ESIGN_KIT_INVALID_INPUT: {
    ko: '입력값이 올바르지 않습니다.',
    en: 'The input is not valid.',
  },
  ESIGN_KIT_SERVER_ONLY_OPERATION: {
    ko: '이 API는 서버에서만 호출할 수 있습니다 (createEsignServerClient를 사용하세요).',
    en: 'This API can only be called from a server (use createEsignServerClient).',
  },
  ESIGN_KIT_NETWORK_ERROR: {
    ko: '서버에 연결하지 못했습니다. 네트워크 상태를 확인하세요.',
    en: 'The server could not be reached. Check the network connection.',
  },
  ESIGN_KIT_INVALID_RESPONSE: {
    ko: '서버가 예상하지 못한 응답을 보냈습니다.',
    en: 'The server sent an unexpected response.',
  },
} as const satisfies Record<string, ErrorTexts>;

/** The client's own sentences for `code`, if it is one of the codes the client raises itself. */
export function clientTextsFor(code: string): ErrorTexts | undefined {
  return Object.hasOwn(clientErrorTexts, code) ? clientErrorTexts[code as keyof typeof clientErrorTexts] : undefined;
}

/**
 * The page launcher's own failures, in each language (`LauncherError.message` in the client's
 * locale). The page buttons show the same sentences, with the blocked page's link after the first.
 */
export const launchErrorTexts = {
  popup_blocked: {
    ko: '브라우저가 새 탭을 막았습니다. 아래 링크로 여세요.',
    en: 'The browser blocked the new tab. Use the link below.',
  },
  frame_refused: {
    ko: '이 페이지는 창 안에서 열리지 않습니다. 새 탭에서 여세요.',
    en: 'This page cannot open inside the window. Open it in a new tab.',
  },
} as const satisfies Record<string, ErrorTexts>;

/**
 * The page launcher's refusal of a page URL, in the client's language: names the refused origin
 * and the setting that would allow it, or (for `javascript:`, credentials…) just refuses.
 */
export function refusedPageText(locale: Locale, origin: string | undefined, reason: string): string {
  if (origin === undefined) {
    return locale === 'ko' ? '페이지 주소가 올바르지 않아 열지 않았습니다.' : `The page was not opened: ${reason}.`;
  }
  return locale === 'ko'
    ? `${origin}의 페이지는 허용되지 않아 열지 않았습니다. 맞는 주소라면 allowedOrigins(EsignKitProvider의 pages)에 추가하세요.`
    : `The page was not opened: ${origin} is not allowed. If it is the right address, add it to allowedOrigins (EsignKitProvider's pages).`;
}
