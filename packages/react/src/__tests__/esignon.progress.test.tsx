import { createEsignClient, createPageLauncher, type LauncherEvent, type PageLauncherOptions } from '@esign-kit/core';
import { esignonSigningUrlRoute } from '@esign-kit/core/esignon';
import { describe, expect, it, vi } from 'vitest';
import { readEsignonPageMessage, settledPhase } from '../esignon/index.js';
import { playingWorkflow } from './esignonProxyDouble.js';

describe('settledPhase', () => {
  const before = playingWorkflow('w1');
  it('should see no change when only unrelated fields moved (history, updatedAt)', () => {
    const after = { ...before, history: [...before.history, { code: 'VIEW' }], updatedAt: '2026-12-06 10:00:00' };
    expect(settledPhase(before, after)).toBeUndefined();
  });

  it('should call the next signer’s turn `signed`', () => {
    const after = playingWorkflow('w1', {
      currentStep: 2,
      signers: before.signers.map((signer) => ({ ...signer, turn: signer.order === 2 })),
      nextSigner: { name: '김대표', contact: 'ceo@example.com' },
      lastCallback: { status: 'Playing', workType: 'CF', actionId: '2', at: '2026-12-06 10:00:00' },
    });
    expect(settledPhase(before, after)).toBe('signed');
  });

  it('should tell a returned document (`RT`) from a signature', () => {
    const after = playingWorkflow('w1', {
      lastCallback: { status: 'Playing', workType: 'RT', actionId: '2', at: '2026-12-06 10:00:00' },
    });
    expect(settledPhase(before, after)).toBe('returned');
  });

  it('should call Complete `complete`, and Canceled, Disposal and Truncate `canceled`', () => {
    expect(settledPhase(before, { ...before, status: 'Complete' })).toBe('complete');
    for (const status of ['Canceled', 'Disposal', 'Truncate'] as const) {
      expect(settledPhase(before, { ...before, status })).toBe('canceled');
    }
  });
});

describe('readEsignonPageMessage (the payload is undocumented: any shape, never throws)', () => {
  it.each([
    [
      { source: 'esignon-sandbox', status: 'Complete', workflowId: '42' },
      { status: 'Complete', workflowId: '42' },
    ],
    [
      { workflow_status: 'Playing', workflow_id: 42 },
      { status: 'Playing', workflowId: '42' },
    ],
    [{ wfluid: '7' }, { workflowId: '7' }],
    ['{"status":"Complete","wfuid":"9"}', { status: 'Complete', workflowId: '9' }],
    ['{Complete}', { status: 'Complete' }],
    ['  complete ', { status: 'complete' }],
    ['{not json:', {}],
    ['<script>alert(1)</script>', {}],
    [null, {}],
    [undefined, {}],
    [42, {}],
    [[1, 2], {}],
    [{ status: { nested: true } }, {}],
  ])('should read %j as %j', (data, hint) => {
    expect(readEsignonPageMessage(data)).toEqual(hint);
  });
});

/** A tab handle the launcher can drive, with its opener as `window.open` would leave it. */
/** The launcher's view of a browser (core keeps the type unexported: it is read through the option). */
type LauncherEnvironment = NonNullable<PageLauncherOptions<typeof esignonSigningUrlRoute>['environment']>;
type TabHandle = NonNullable<ReturnType<LauncherEnvironment['openTab']>>;

function fakeTab(): TabHandle & { navigations: string[] } {
  const navigations: string[] = [];
  return {
    closed: false,
    opener: 'the app window',
    navigations,
    close() {
      (this as { closed: boolean }).closed = true;
    },
    location: { replace: (url: string) => void navigations.push(url) },
  };
}

/** The launcher with `keepOpener`, over an environment whose messages the test delivers by hand. */
async function openSigningTab(keepOpener: boolean) {
  const tab = fakeTab();
  let deliver: (message: { origin: string; source: unknown; data: unknown; via: 'window' | 'channel' }) => void =
    () => {};
  const fetch = vi.fn(async () =>
    Response.json({ ok: true, data: { url: 'https://docs.esignon.net/mail/sign?token=t' } }),
  );
  const launcher = createPageLauncher({
    client: createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch, locale: 'en' }),
    operation: esignonSigningUrlRoute,
    input: { workflowId: 'w1' },
    allowedOrigins: ['https://docs.esignon.net'],
    keepOpener,
    environment: {
      appOrigin: 'https://app.test',
      openTab: () => tab,
      listen: (listener) => {
        deliver = listener;
        return () => {};
      },
      launchId: () => 'launch-000000001',
      setTimeout: () => 0,
      clearTimeout: () => {},
      setInterval: () => 0,
      clearInterval: () => {},
    },
  });
  const events: LauncherEvent[] = [];
  launcher.on((event) => events.push(event));
  launcher.open();
  await vi.waitFor(() => expect(launcher.getSnapshot().status).toBe('open'));
  return { tab, events, deliver: (message: Parameters<typeof deliver>[0]) => deliver(message) };
}

describe('the launcher’s `keepOpener`', () => {
  const page = 'https://docs.esignon.net';

  it('should cut the opener and pass on no page message by default', async () => {
    const { tab, events, deliver } = await openSigningTab(false);
    expect(tab.opener).toBeNull();
    deliver({ origin: page, source: tab, data: { status: 'Complete' }, via: 'window' });
    expect(events.map((event) => event.type)).toEqual(['opened']);
  });

  it('should keep the opener and pass on messages from the page’s exact origin and window only', async () => {
    const { tab, events, deliver } = await openSigningTab(true);
    expect(tab.opener).toBe('the app window');
    deliver({ origin: page, source: tab, data: '{Complete}', via: 'window' });
    deliver({ origin: 'https://evil.example', source: tab, data: 'from another origin', via: 'window' });
    deliver({ origin: `${page}:443`, source: tab, data: 'not the exact origin string', via: 'window' });
    deliver({ origin: page, source: { another: 'window' }, data: 'another window', via: 'window' });
    deliver({ origin: page, source: null, data: 'no window', via: 'window' });
    deliver({ origin: page, source: null, data: 'broadcast', via: 'channel' });
    expect(events.filter((event) => event.type === 'page-message')).toEqual([
      { type: 'page-message', data: '{Complete}' },
    ]);
  });
});
