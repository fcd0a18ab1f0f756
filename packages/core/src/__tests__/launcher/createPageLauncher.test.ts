import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { createEsignClient } from '../../client/createEsignClient.js';
import { createPageLauncher } from '../../launcher/createPageLauncher.js';
import { newLaunchId } from '../../launcher/launcherEnvironment.js';
import { launchIdPattern } from '../../launcher/launcherMessages.js';
import { defineOperation } from '../../operation.js';
import { fakeEnvironment } from './fakeEnvironment.js';

const detailPage = defineOperation({
  id: 'contracts.detailUrl',
  method: 'GET',
  path: 'contracts/{contractUuid}/url',
  kind: 'page-url',
  summary: 'test double of the detail page operation',
  page: { name: { ko: '계약서 상세', en: 'Contract details' }, invalidates: ['contracts.get'] },
  input: z.strictObject({ contractUuid: z.string() }),
  data: z.object({ url: z.string() }),
});
const useTemplatePage = defineOperation({
  id: 'templates.useUrl',
  method: 'POST',
  path: 'signature-templates/{templateKey}/use-template-url',
  kind: 'page-url',
  summary: 'test double of the use-template page operation',
  page: {
    name: { ko: '템플릿 사용', en: 'Use template' },
    successUrlAt: ['input', 'option', 'successUrl'],
    invalidates: ['contracts.list'],
  },
  input: z.strictObject({
    templateKey: z.string(),
    input: z.optional(z.strictObject({ option: z.optional(z.strictObject({ successUrl: z.optional(z.string()) })) })),
  }),
  data: z.object({ url: z.string() }),
});

const pageOrigin = 'https://www.prix.im';
const sandboxOrigin = 'http://127.0.0.1:4010';

/** A proxy double: answers each mint with the next URL, and records the requests. */
function proxy(urls: string[] = [`${pageOrigin}/contracts/1`], locale: 'ko' | 'en' = 'en') {
  const requests: Request[] = [];
  let release: (() => void) | undefined;
  let hold = false;
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    if (hold) await new Promise<void>((resolve) => (release = resolve));
    request.signal.throwIfAborted();
    const url = urls[Math.min(requests.length - 1, urls.length - 1)];
    return new Response(JSON.stringify({ ok: true, data: { url } }));
  });
  return {
    client: createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch, locale }),
    requests,
    holdResponses: () => {
      hold = true;
    },
    release: () => release?.(),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('new tab', () => {
  it('opens the tab inside the click, then navigates it to the minted URL and cuts the opener', async () => {
    const browser = fakeEnvironment();
    const { client, requests } = proxy();
    const launcher = createPageLauncher({
      client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      environment: browser.environment,
    });
    const events: string[] = [];
    launcher.on((event) => events.push(event.type));

    launcher.open();
    expect(browser.tabs).toHaveLength(1); // synchronously, before any await
    expect(launcher.getSnapshot()).toEqual({ status: 'minting', mode: 'tab' });

    await flush();
    expect(requests[0]?.url).toBe('https://app.test/api/esign/contracts/c1/url');
    expect(browser.tabs[0]?.navigations).toEqual([`${pageOrigin}/contracts/1`]);
    expect(browser.tabs[0]?.opener).toBeNull();
    expect(launcher.getSnapshot()).toEqual({ status: 'open', mode: 'tab', url: `${pageOrigin}/contracts/1` });
    expect(events).toEqual(['opened']);
  });

  it('mints once and opens one tab for a double click', async () => {
    const browser = fakeEnvironment();
    const { client, requests } = proxy();
    const launcher = createPageLauncher({
      client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      environment: browser.environment,
    });
    launcher.open();
    launcher.open();
    await flush();
    launcher.open();
    expect(requests).toHaveLength(1);
    expect(browser.tabs).toHaveLength(1);
  });

  it('aborts the mint and closes the tab when closed before the URL arrives', async () => {
    const browser = fakeEnvironment();
    const api = proxy();
    api.holdResponses();
    const launcher = createPageLauncher({
      client: api.client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      environment: browser.environment,
    });
    launcher.open();
    await flush();
    launcher.close();
    expect(api.requests[0]?.signal.aborted).toBe(true);
    expect(browser.tabs[0]?.closed).toBe(true);
    expect(launcher.getSnapshot()).toEqual({ status: 'settled', outcome: 'closed' });
    api.release();
    await flush();
    expect(browser.tabs[0]?.navigations).toEqual([]);
    expect(launcher.getSnapshot()).toEqual({ status: 'settled', outcome: 'closed' });
  });

  it.each([
    ['en', 'The browser blocked the new tab. Use the link below.'],
    ['ko', '브라우저가 새 탭을 막았습니다. 아래 링크로 여세요.'],
  ] as const)(
    'reports popup_blocked (%s) with the URL as a link when the browser refuses the tab',
    async (locale, message) => {
      const browser = fakeEnvironment();
      browser.blockPopups();
      const launcher = createPageLauncher({
        client: proxy(undefined, locale).client,
        operation: detailPage,
        input: { contractUuid: 'c1' },
        environment: browser.environment,
      });
      launcher.open();
      await flush();
      // In the client's language, as every launch error is.
      expect(launcher.getSnapshot()).toMatchObject({
        status: 'error',
        error: { code: 'popup_blocked', message },
        url: `${pageOrigin}/contracts/1`,
      });
    },
  );

  it('settles as closed when the user closes the tab', async () => {
    const browser = fakeEnvironment();
    const launcher = createPageLauncher({
      client: proxy().client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      environment: browser.environment,
    });
    const closed = vi.fn();
    launcher.on((event) => event.type === 'closed' && closed());
    launcher.open();
    await flush();
    expect(browser.timers()).toEqual([{ ms: 500, repeat: true }]); // the tab is polled
    browser.elapse();
    expect(launcher.getSnapshot().status).toBe('open');
    browser.tabs[0]?.close();
    browser.elapse();
    expect(launcher.getSnapshot()).toEqual({ status: 'settled', outcome: 'closed' });
    expect(browser.timers()).toEqual([]);
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it('starts a fresh launch with a fresh URL after settling', async () => {
    const browser = fakeEnvironment();
    const api = proxy([`${pageOrigin}/a`, `${pageOrigin}/b`]);
    const launcher = createPageLauncher({
      client: api.client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      environment: browser.environment,
    });
    launcher.open();
    await flush();
    launcher.close();
    launcher.open();
    await flush();
    expect(api.requests).toHaveLength(2);
    expect(browser.tabs[1]?.navigations).toEqual([`${pageOrigin}/b`]);
  });
});

describe('URL checks', () => {
  it.each([
    ['javascript:alert(document.cookie)', 'protocol "javascript:"'],
    ['https://evil.example/phish', 'https://evil.example is not allowed'],
    ['http://www.prix.im/insecure', 'http://www.prix.im is not allowed'],
    ['http://127.0.0.1:4010/pages/detail', 'http://127.0.0.1:4010 is not allowed'],
  ])('never opens %s', async (url, reason) => {
    const browser = fakeEnvironment();
    const launcher = createPageLauncher({
      client: proxy([url]).client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      environment: browser.environment,
    });
    launcher.open();
    await flush();
    expect(launcher.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'url_rejected' } });
    expect((launcher.getSnapshot() as { error: { message: string } }).error.message).toContain(reason);
    expect(browser.tabs[0]?.navigations).toEqual([]);
    expect(browser.tabs[0]?.closed).toBe(true);
  });

  it('names the refused origin and the setting to change, in the client’s language', async () => {
    const refused = async (locale: 'ko' | 'en') => {
      const launcher = createPageLauncher({
        client: proxy([`${sandboxOrigin}/pages/contract-detail/t`], locale).client,
        operation: detailPage,
        input: { contractUuid: 'c1' },
        environment: fakeEnvironment().environment,
      });
      launcher.open();
      await flush();
      return (launcher.getSnapshot() as { error: { message: string; origin?: string } }).error;
    };
    expect(await refused('en')).toEqual({
      code: 'url_rejected',
      origin: sandboxOrigin,
      message: `The page was not opened: ${sandboxOrigin} is not allowed. If it is the right address, add it to allowedOrigins (EsignKitProvider's pages).`,
    });
    const korean = await refused('ko');
    expect(korean.message).toBe(
      `${sandboxOrigin}의 페이지는 허용되지 않아 열지 않았습니다. 맞는 주소라면 allowedOrigins(EsignKitProvider의 pages)에 추가하세요.`,
    );
    expect(korean.message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/); // no English sentence inside
  });

  it.each([
    ['http://localhost:5173', true],
    ['http://127.0.0.1:4000', true],
    ['https://app.example.test', false],
  ])('by default, on an app at %s, opens the sandbox’s loopback page: %s', async (appOrigin, opens) => {
    const browser = fakeEnvironment(appOrigin);
    const launcher = createPageLauncher({
      client: proxy([`${sandboxOrigin}/pages/contract-detail/t`]).client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      environment: browser.environment,
    });
    launcher.open();
    await flush();
    expect(launcher.getSnapshot().status).toBe(opens ? 'open' : 'error');
    expect(browser.tabs[0]?.navigations).toEqual(opens ? [`${sandboxOrigin}/pages/contract-detail/t`] : []);
  });

  it('keeps an explicit allowlist as it is, even on a loopback app', async () => {
    const browser = fakeEnvironment('http://localhost:5173');
    const launcher = createPageLauncher({
      client: proxy([`${sandboxOrigin}/pages/contract-detail/t`]).client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      allowedOrigins: ['https://www.prix.im'],
      environment: browser.environment,
    });
    launcher.open();
    await flush();
    expect(launcher.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'url_rejected' } });
  });

  it('reports a refused mint as mint_failed with the EsignKitError', async () => {
    const browser = fakeEnvironment();
    const client = createEsignClient({
      baseUrl: 'https://app.test/api/esign',
      locale: 'en',
      fetch: async () =>
        new Response(JSON.stringify({ ok: false, errorCode: 'FORBIDDEN_USER', message: '권한이 없는 유저입니다.' }), {
          status: 403,
        }),
    });
    const launcher = createPageLauncher({
      client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      environment: browser.environment,
    });
    launcher.open();
    await flush();
    expect(launcher.getSnapshot()).toMatchObject({
      status: 'error',
      error: { code: 'mint_failed', cause: { errorCode: 'FORBIDDEN_USER', status: 403 } },
    });
    expect(browser.tabs[0]?.closed).toBe(true);
  });
});

describe('modal', () => {
  const frame = { name: 'the iframe window' };

  it('is ready on load for pages that cannot say so', async () => {
    const browser = fakeEnvironment();
    const launcher = createPageLauncher({
      client: proxy().client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      mode: 'modal',
      environment: browser.environment,
    });
    launcher.open();
    expect(browser.tabs).toHaveLength(0);
    await flush();
    expect(launcher.getSnapshot()).toEqual({
      status: 'open',
      mode: 'modal',
      url: `${pageOrigin}/contracts/1`,
      frame: 'loading',
    });
    launcher.setFrame(frame);
    launcher.frameLoaded();
    expect(launcher.getSnapshot()).toMatchObject({ frame: 'ready' });
  });

  it('waits for the handshake on origins that send one, from the frame and its origin only', async () => {
    const browser = fakeEnvironment();
    const launcher = createPageLauncher({
      client: proxy([`${sandboxOrigin}/pages/detail`]).client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      mode: 'modal',
      allowedOrigins: [sandboxOrigin],
      handshakeOrigins: [sandboxOrigin],
      environment: browser.environment,
    });
    launcher.open();
    await flush();
    launcher.setFrame(frame);
    launcher.frameLoaded();
    expect(launcher.getSnapshot()).toMatchObject({ frame: 'loading' });

    const ready = { type: 'esign-kit:page-ready' };
    browser.deliver({ origin: 'https://evil.example', source: frame, data: ready, via: 'window' });
    browser.deliver({ origin: sandboxOrigin, source: { other: true }, data: ready, via: 'window' });
    expect(launcher.getSnapshot()).toMatchObject({ frame: 'loading' });
    browser.deliver({ origin: sandboxOrigin, source: frame, data: ready, via: 'window' });
    expect(launcher.getSnapshot()).toMatchObject({ frame: 'ready' });
  });

  it('falls back to a new tab, with a fresh URL, when the frame does not load in time', async () => {
    const browser = fakeEnvironment();
    const api = proxy([`${pageOrigin}/first`, `${pageOrigin}/second`]);
    const launcher = createPageLauncher({
      client: api.client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      mode: 'modal',
      frameTimeoutMs: 3000,
      environment: browser.environment,
    });
    const events: string[] = [];
    launcher.on((event) => events.push(event.type));
    launcher.open();
    await flush();
    expect(browser.timers()).toEqual([{ ms: 3000, repeat: false }]);
    browser.elapse();
    await flush();
    expect(browser.tabs).toHaveLength(1);
    expect(browser.tabs[0]?.navigations).toEqual([`${pageOrigin}/second`]);
    expect(launcher.getSnapshot()).toEqual({
      status: 'open',
      mode: 'tab',
      url: `${pageOrigin}/second`,
      fallback: 'frame_timeout',
    });
    expect(events).toEqual(['opened', 'opened', 'moved-to-tab']);
  });

  it('reports frame_refused when the fallback tab is blocked too', async () => {
    const browser = fakeEnvironment();
    browser.blockPopups();
    const launcher = createPageLauncher({
      client: proxy().client,
      operation: detailPage,
      input: { contractUuid: 'c1' },
      mode: 'modal',
      frameTimeoutMs: 3000,
      environment: browser.environment,
    });
    launcher.open();
    await flush();
    browser.elapse();
    expect(launcher.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'frame_refused' } });
    expect(browser.timers()).toEqual([]);
  });
});

describe('completion', () => {
  const frame = { name: 'the iframe window' };
  const returnUrl = 'https://app.test/api/esign/return';

  function launch(mode: 'modal' | 'tab') {
    const browser = fakeEnvironment();
    const api = proxy();
    const launcher = createPageLauncher({
      client: api.client,
      operation: useTemplatePage,
      input: { templateKey: 'lease', input: { option: { successUrl: 'https://elsewhere.example' } } },
      mode,
      returnUrl,
      environment: browser.environment,
    });
    return { browser, api, launcher };
  }

  async function launchIdOf(request: Request | undefined) {
    const body = (await request?.json()) as { input: { option: { successUrl: string } } };
    const successUrl = new URL(body.input.option.successUrl);
    expect(`${successUrl.origin}${successUrl.pathname}`).toBe(returnUrl);
    return successUrl.searchParams.get('esign-kit-launch') ?? '';
  }

  it('points successUrl at the return page and settles on its message from the frame', async () => {
    const { browser, api, launcher } = launch('modal');
    launcher.open();
    await flush();
    launcher.setFrame(frame);
    const launchId = await launchIdOf(api.requests[0]);
    expect(launchId).toBe('launch-000000001'); // drawn from the environment

    browser.deliver({
      origin: 'https://app.test',
      source: frame,
      data: { type: 'esign-kit:complete', launchId },
      via: 'window',
    });
    expect(launcher.getSnapshot()).toEqual({ status: 'settled', outcome: 'completed' });
  });

  it('settles a tab on the BroadcastChannel message and closes the tab', async () => {
    const { browser, api, launcher } = launch('tab');
    launcher.open();
    await flush();
    const launchId = await launchIdOf(api.requests[0]);
    browser.deliver({
      origin: 'https://app.test',
      source: null,
      data: { type: 'esign-kit:complete', launchId },
      via: 'channel',
    });
    expect(launcher.getSnapshot()).toEqual({ status: 'settled', outcome: 'completed' });
    expect(browser.tabs[0]?.closed).toBe(true);
  });

  it('ignores forged or stray messages', async () => {
    const { browser, api, launcher } = launch('modal');
    launcher.open();
    await flush();
    launcher.setFrame(frame);
    const launchId = await launchIdOf(api.requests[0]);
    const complete = { type: 'esign-kit:complete', launchId };
    browser.deliver({ origin: 'https://evil.example', source: frame, data: complete, via: 'window' });
    browser.deliver({ origin: 'https://app.test', source: { other: 'window' }, data: complete, via: 'window' });
    browser.deliver({
      origin: 'https://app.test',
      source: frame,
      data: { ...complete, launchId: 'f'.repeat(32) },
      via: 'window',
    });
    browser.deliver({ origin: 'https://app.test', source: frame, data: { ...complete, extra: 1 }, via: 'window' });
    browser.deliver({ origin: 'https://app.test', source: frame, data: JSON.stringify(complete), via: 'window' });
    expect(launcher.getSnapshot()).toMatchObject({ status: 'open' });
  });

  it('stops listening and clears its timers on destroy', async () => {
    const { browser, launcher } = launch('tab');
    launcher.open();
    await flush();
    expect(browser.listenerCount()).toBe(1);
    launcher.destroy();
    expect(browser.listenerCount()).toBe(0);
    expect(browser.tabs[0]?.closed).toBe(true);
    expect(browser.timers()).toEqual([]);
  });

  it('draws launch ids in the browser from crypto: 32 hex digits, never twice the same', () => {
    const ids = new Set(Array.from({ length: 50 }, newLaunchId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    for (const id of ids) expect(id).toMatch(launchIdPattern);
  });
});

describe('moved to a tab', () => {
  const frame = { name: 'the iframe window' };

  it('is not "closed": the modal’s page moves to a tab, and completion still comes from it', async () => {
    const browser = fakeEnvironment();
    const api = proxy([`${pageOrigin}/framed`, `${pageOrigin}/tab`]);
    const invalidated: string[] = [];
    const launcher = createPageLauncher({
      client: api.client,
      operation: useTemplatePage,
      input: { templateKey: 'lease' },
      mode: 'modal',
      returnUrl: 'https://app.test/api/esign/return',
      environment: browser.environment,
      invalidate: (isStale) =>
        invalidated.push(
          ...['contracts.list', 'contracts.get'].filter((id) =>
            isStale({ queryKey: ['esign-kit', id], state: { data: undefined } }),
          ),
        ),
    });
    const events: string[] = [];
    launcher.on((event) => events.push(event.type === 'moved-to-tab' ? `moved-to-tab:${event.reason}` : event.type));
    launcher.open();
    await flush();
    launcher.setFrame(frame);
    launcher.frameLoaded();

    launcher.openInTab();
    await flush();

    expect(launcher.getSnapshot()).toEqual({
      status: 'open',
      mode: 'tab',
      url: `${pageOrigin}/tab`,
      fallback: 'open_in_tab',
    });
    expect(events).toEqual(['opened', 'opened', 'moved-to-tab:open_in_tab']);
    const body = (await api.requests[1]?.json()) as { input: { option: { successUrl: string } } };
    const launchId = new URL(body.input.option.successUrl).searchParams.get('esign-kit-launch');
    expect(launchId).toBe('launch-000000002'); // the tab's own launch
    // The framed launch's id no longer counts.
    const complete = (id: string) => ({ type: 'esign-kit:complete', launchId: id });
    browser.deliver({ origin: 'https://app.test', source: null, data: complete('launch-000000001'), via: 'channel' });
    expect(launcher.getSnapshot().status).toBe('open');
    browser.deliver({ origin: 'https://app.test', source: null, data: complete(launchId ?? ''), via: 'channel' });
    expect(launcher.getSnapshot()).toEqual({ status: 'settled', outcome: 'completed' });
    expect(events.at(-1)).toBe('completed');
    expect(invalidated).toEqual(['contracts.list']);
  });
});
