import { describe, expect, it } from 'vitest';
import {
  initialLauncherState,
  type Launch,
  type LauncherEffect,
  type LauncherMachineEvent,
  type LauncherState,
  transition,
} from '../../launcher/launcher.machine.js';
import type { IncomingMessage } from '../../launcher/launcherEnvironment.js';
import type { LauncherError, LauncherEvent, LauncherSnapshot } from '../../launcher/launcherTypes.js';
import { FakeTab } from './fakeEnvironment.js';

// The launcher's logic as tables: (state, event) → (state, effects). No browser, no clock: a
// timer is an effect here, and its firing an event.

const prix = 'https://www.prix.im';
const sandbox = 'http://127.0.0.1:4010';
const app = 'https://app.test';
const url = `${prix}/contracts/1`;
const settings = { frameTimeoutMs: 4000, closedPollMs: 500, handshakeOrigins: [sandbox] };
const tab = new FakeTab();
const frame = { name: 'the iframe window' };
const failure: LauncherError = { code: 'mint_failed', message: 'No.' };

const idle = initialLauncherState(settings);
const at = (snapshot: LauncherSnapshot, launch?: Launch): LauncherState => ({ settings, snapshot, launch });
const launch = (mode: Launch['mode'], more: Partial<Launch> = {}): Launch => ({
  id: 'launch-000000001',
  mode,
  frame: null,
  ...more,
});

const mintingTab = at({ status: 'minting', mode: 'tab' }, launch('tab'));
const mintingTabWith = (more: Partial<Launch>) => at({ status: 'minting', mode: 'tab' }, launch('tab', more));
const mintingModal = at({ status: 'minting', mode: 'modal' }, launch('modal'));
const openTab = at({ status: 'open', mode: 'tab', url }, launch('tab', { tab, pageOrigin: prix }));
const openModal = (origin = prix, state: 'loading' | 'ready' = 'loading') =>
  at({ status: 'open', mode: 'modal', url, frame: state }, launch('modal', { frame, pageOrigin: origin }));
const settled = (outcome: 'completed' | 'closed') => at({ status: 'settled', outcome });
const failed = at({ status: 'error', error: failure });

/** Ends the launch under way: its resources stopped, and its tab (if it has one) closed. */
const end = (withTab?: FakeTab): LauncherEffect => (withTab ? { type: 'end', tab: withTab } : { type: 'end' });
/** An event for the launcher's listeners: the effect is the event itself. */
const emit = (event: LauncherEvent): LauncherEffect => event;
const message = (data: unknown, more: Partial<IncomingMessage> = {}): LauncherMachineEvent => ({
  type: 'message',
  message: { origin: app, source: null, data, via: 'channel', ...more },
  appOrigin: app,
});
const complete = (launchId = 'launch-000000001') => ({ type: 'esign-kit:complete', launchId });
const ready = { type: 'esign-kit:page-ready' };

type Row = [
  name: string,
  state: LauncherState,
  event: LauncherMachineEvent,
  next: LauncherState,
  effects: LauncherEffect[],
];

function check([, state, event, next, effects]: Row) {
  const result = transition(state, event);
  expect(result.state).toEqual(next);
  expect(result.effects).toEqual(effects);
}

describe('opening', () => {
  it.each<Row>([
    [
      'a tab: listen, then open the tab inside the click (the URL comes later)',
      idle,
      { type: 'open', mode: 'tab', launchId: 'launch-000000001' },
      mintingTab,
      [end(), { type: 'listen' }, { type: 'open-tab' }],
    ],
    [
      'a modal: listen and mint at once (no tab to open)',
      idle,
      { type: 'open', mode: 'modal', launchId: 'launch-000000001' },
      mintingModal,
      [end(), { type: 'listen' }, { type: 'mint', launchId: 'launch-000000001' }],
    ],
    [
      'again after settling: a fresh launch',
      settled('closed'),
      { type: 'open', mode: 'tab', launchId: 'launch-000000002' },
      at({ status: 'minting', mode: 'tab' }, { id: 'launch-000000002', mode: 'tab', frame: null }),
      [end(), { type: 'listen' }, { type: 'open-tab' }],
    ],
    [
      'nothing while minting (a double click mints once)',
      mintingTab,
      { type: 'open', mode: 'tab', launchId: 'launch-000000002' },
      mintingTab,
      [],
    ],
    ['nothing while open', openTab, { type: 'open', mode: 'tab', launchId: 'launch-000000002' }, openTab, []],
    [
      'a tab opened after the launch ended: nothing',
      settled('closed'),
      { type: 'tab-opened', tab },
      settled('closed'),
      [],
    ],
    [
      'the opened tab is kept, then the URL minted',
      mintingTab,
      { type: 'tab-opened', tab },
      mintingTabWith({ tab }),
      [{ type: 'mint', launchId: 'launch-000000001' }],
    ],
    [
      'a blocked tab still mints (the error will carry the URL as a link)',
      mintingTab,
      { type: 'tab-opened', tab: null },
      mintingTabWith({ tab: null }),
      [{ type: 'mint', launchId: 'launch-000000001' }],
    ],
    [
      'the minted URL navigates the tab, which is then watched for closing',
      mintingTabWith({ tab }),
      { type: 'minted', launchId: 'launch-000000001', url, origin: prix },
      openTab,
      [{ type: 'show-in-tab', tab, url, pollMs: 500 }, emit({ type: 'opened', mode: 'tab', url })],
    ],
    [
      'the minted URL with no tab: popup_blocked, with the URL',
      mintingTabWith({ tab: null }),
      { type: 'minted', launchId: 'launch-000000001', url, origin: prix },
      at({
        status: 'error',
        error: { code: 'popup_blocked', message: 'The browser blocked the new tab. Use the link below.' },
        url,
      }),
      [end(), emit({ type: 'error', error: { code: 'popup_blocked', message: expect.any(String) } })],
    ],
    [
      'the minted URL in a modal: frame loading, its timer started',
      mintingModal,
      { type: 'minted', launchId: 'launch-000000001', url, origin: prix },
      at({ status: 'open', mode: 'modal', url, frame: 'loading' }, launch('modal', { pageOrigin: prix })),
      [{ type: 'start-frame-timer', ms: 4000 }, emit({ type: 'opened', mode: 'modal', url })],
    ],
    [
      'a late URL from an earlier launch is dropped',
      mintingModal,
      { type: 'minted', launchId: 'launch-000000000', url, origin: prix },
      mintingModal,
      [],
    ],
    [
      'a refused mint fails and closes the placeholder tab',
      mintingTabWith({ tab }),
      { type: 'mint-failed', launchId: 'launch-000000001', error: failure },
      failed,
      [end(tab), emit({ type: 'error', error: failure })],
    ],
  ])('%s', (...row) => check(row));
});

describe('closing', () => {
  it.each<Row>([
    [
      'close while minting: abort the mint, close the tab, settle closed',
      mintingTabWith({ tab }),
      { type: 'close' },
      settled('closed'),
      [end(tab), { type: 'invalidate' }, emit({ type: 'closed' })],
    ],
    [
      'the user closed the tab',
      openTab,
      { type: 'tab-closed' },
      settled('closed'),
      [end(tab), { type: 'invalidate' }, emit({ type: 'closed' })],
    ],
    [
      'close of a modal (Escape, the close button)',
      openModal(),
      { type: 'close' },
      settled('closed'),
      [end(), { type: 'invalidate' }, emit({ type: 'closed' })],
    ],
    ['close when nothing is open: nothing', idle, { type: 'close' }, idle, []],
    ['close after an error: nothing', failed, { type: 'close' }, failed, []],
    ['destroy (unmount): stop everything, close the tab, emit nothing', openTab, { type: 'destroy' }, idle, [end(tab)]],
  ])('%s', (...row) => check(row));
});

describe('the frame', () => {
  it.each<Row>([
    [
      'its window is kept for message checks',
      openModal(prix),
      { type: 'frame-mounted', frame: null },
      at(openModal(prix).snapshot, launch('modal', { frame: null, pageOrigin: prix })),
      [],
    ],
    [
      'load makes it ready where pages send no handshake (Prix), and stops the timer',
      openModal(prix),
      { type: 'frame-loaded' },
      openModal(prix, 'ready'),
      [{ type: 'stop-frame-timer' }],
    ],
    [
      'load alone is not enough on a handshake origin',
      openModal(sandbox),
      { type: 'frame-loaded' },
      openModal(sandbox),
      [],
    ],
    [
      'the handshake from the frame, on its origin, makes it ready',
      openModal(sandbox),
      message(ready, { origin: sandbox, source: frame, via: 'window' }),
      openModal(sandbox, 'ready'),
      [{ type: 'stop-frame-timer' }],
    ],
    [
      'a handshake from another origin is ignored',
      openModal(sandbox),
      message(ready, { origin: 'https://evil.example', source: frame, via: 'window' }),
      openModal(sandbox),
      [],
    ],
    [
      'a handshake from another window is ignored',
      openModal(sandbox),
      message(ready, { origin: sandbox, source: { other: true }, via: 'window' }),
      openModal(sandbox),
      [],
    ],
    [
      'a handshake from an origin not opted in is ignored (production: Prix sends none)',
      openModal(prix),
      message(ready, { origin: prix, source: frame, via: 'window' }),
      openModal(prix),
      [],
    ],
    [
      'the timeout moves the page to a tab with a fresh launch (URLs may be single-use)',
      openModal(sandbox),
      { type: 'frame-timeout', launchId: 'launch-000000002' },
      at(
        { status: 'minting', mode: 'tab' },
        { id: 'launch-000000002', mode: 'tab', frame: null, fallback: 'frame_timeout' },
      ),
      [end(), { type: 'listen' }, { type: 'open-tab' }],
    ],
    [
      'the timeout after ready: nothing',
      openModal(prix, 'ready'),
      { type: 'frame-timeout', launchId: 'launch-000000002' },
      openModal(prix, 'ready'),
      [],
    ],
    [
      'no tab for the fallback (activation expired): frame_refused',
      mintingTabWith({ fallback: 'frame_timeout' }),
      { type: 'tab-opened', tab: null },
      at({
        status: 'error',
        error: { code: 'frame_refused', message: 'This page cannot open inside the window. Open it in a new tab.' },
      }),
      [end(), emit({ type: 'error', error: { code: 'frame_refused', message: expect.any(String) } })],
    ],
  ])('%s', (...row) => check(row));
});

describe('moved to a tab', () => {
  const movedLaunch = (more: Partial<Launch>) =>
    launch('tab', { id: 'launch-000000002', fallback: 'open_in_tab', ...more });
  it.each<Row>([
    [
      '"open in a new tab" in the dialog: a tab launch of its own, marked as moved',
      openModal(prix, 'ready'),
      { type: 'open-in-tab', launchId: 'launch-000000002' },
      at({ status: 'minting', mode: 'tab' }, movedLaunch({})),
      [end(), { type: 'listen' }, { type: 'open-tab' }],
    ],
    [
      'from the dialog while the URL is still minted',
      mintingModal,
      { type: 'open-in-tab', launchId: 'launch-000000002' },
      at({ status: 'minting', mode: 'tab' }, movedLaunch({})),
      [end(), { type: 'listen' }, { type: 'open-tab' }],
    ],
    [
      'from the frame_refused error',
      failed,
      { type: 'open-in-tab', launchId: 'launch-000000002' },
      at({ status: 'minting', mode: 'tab' }, movedLaunch({})),
      [end(), { type: 'listen' }, { type: 'open-tab' }],
    ],
    [
      'not a move when nothing was open',
      idle,
      { type: 'open-in-tab', launchId: 'launch-000000002' },
      at({ status: 'minting', mode: 'tab' }, { id: 'launch-000000002', mode: 'tab', frame: null }),
      [end(), { type: 'listen' }, { type: 'open-tab' }],
    ],
    [
      'open in the tab, it says it moved (not closed)',
      at({ status: 'minting', mode: 'tab' }, movedLaunch({ tab })),
      { type: 'minted', launchId: 'launch-000000002', url, origin: prix },
      at({ status: 'open', mode: 'tab', url, fallback: 'open_in_tab' }, movedLaunch({ tab, pageOrigin: prix })),
      [
        { type: 'show-in-tab', tab, url, pollMs: 500 },
        emit({ type: 'opened', mode: 'tab', url }),
        emit({ type: 'moved-to-tab', reason: 'open_in_tab' }),
      ],
    ],
    [
      'completion from the moved tab’s return page settles completed',
      at({ status: 'open', mode: 'tab', url, fallback: 'open_in_tab' }, movedLaunch({ tab, pageOrigin: prix })),
      message(complete('launch-000000002')),
      settled('completed'),
      [end(tab), { type: 'invalidate' }, emit({ type: 'completed' })],
    ],
  ])('%s', (...row) => check(row));
});

describe('completion', () => {
  it.each<Row>([
    [
      'a tab: the return page’s BroadcastChannel message, with this launch’s id',
      openTab,
      message(complete()),
      settled('completed'),
      [end(tab), { type: 'invalidate' }, emit({ type: 'completed' })],
    ],
    [
      'a modal: the return page inside the frame posts it',
      openModal(),
      message(complete(), { source: frame, via: 'window' }),
      settled('completed'),
      [end(), { type: 'invalidate' }, emit({ type: 'completed' })],
    ],
  ])('%s', (...row) => check(row));

  it.each<[string, LauncherMachineEvent]>([
    ['another origin', message(complete(), { origin: 'https://evil.example' })],
    ['another window', message(complete(), { source: { other: 'window' }, via: 'window' })],
    ['another launch', message(complete('f'.repeat(32)))],
    ['an extra field', message({ ...complete(), extra: 1 })],
    ['a string', message(JSON.stringify(complete()))],
  ])('ignores a completion from %s', (_name, event) => {
    check(['', openModal(), event, openModal(), []]);
  });

  it('ignores messages when nothing is open', () => {
    check(['', settled('closed'), message(complete()), settled('closed'), []]);
  });
});

describe('the launcher’s own errors', () => {
  const inKorean = (state: LauncherState): LauncherState => ({ ...state, settings: { ...settings, locale: 'ko' } });

  it('are in the settings’ language: a blocked tab', () => {
    const minted = { type: 'minted', launchId: 'launch-000000001', url, origin: prix } as const;
    const { state } = transition(inKorean(mintingTabWith({ tab: null })), minted);
    expect(state.snapshot).toEqual({
      status: 'error',
      error: { code: 'popup_blocked', message: '브라우저가 새 탭을 막았습니다. 아래 링크로 여세요.' },
      url,
    });
  });

  it('are in the settings’ language: a refused frame with no tab to move to', () => {
    const { state } = transition(inKorean(mintingTabWith({ fallback: 'frame_timeout' })), {
      type: 'tab-opened',
      tab: null,
    });
    expect(state.snapshot).toEqual({
      status: 'error',
      error: { code: 'frame_refused', message: '이 페이지는 창 안에서 열리지 않습니다. 새 탭에서 여세요.' },
    });
  });
});
