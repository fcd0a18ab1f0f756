import { describe, expect, it } from 'vitest';
import type { LauncherCommand } from '../../launcher/createPageLauncher.js';
import { connectPageDialog, connectPageLauncher, pageFrameSandbox } from '../../launcher/launcher.connect.js';
import type { LauncherSnapshot } from '../../launcher/launcherTypes.js';

const url = 'https://www.prix.im/contracts/1';

/** Connects `snapshot` with a `send` that records the commands. */
function connect(snapshot: LauncherSnapshot) {
  const sent: LauncherCommand[] = [];
  return { api: connectPageLauncher(snapshot, (command) => sent.push(command)), sent };
}

describe('connectPageLauncher', () => {
  it.each<[LauncherSnapshot, boolean]>([
    [{ status: 'idle' }, false],
    [{ status: 'minting', mode: 'tab' }, true],
    [{ status: 'minting', mode: 'modal' }, true],
    [{ status: 'open', mode: 'tab', url }, false],
    [{ status: 'settled', outcome: 'closed' }, false],
  ])('marks the trigger with the state (%o): busy %s', (snapshot, busy) => {
    const { trigger } = connect(snapshot).api;
    expect(trigger['data-esign-kit-part']).toBe('trigger');
    expect(trigger['data-state']).toBe(snapshot.status);
    expect(trigger['aria-busy']).toBe(busy);
    // Busy is aria-disabled, never disabled: a disabled button would lose focus.
    expect(trigger['aria-disabled']).toBe(busy ? true : undefined);
    expect('disabled' in trigger).toBe(false);
  });

  it('opens on click, unless a handler before it prevented the default', () => {
    const { api, sent } = connect({ status: 'idle' });
    api.trigger.onClick({ defaultPrevented: true });
    expect(sent).toEqual([]);
    api.trigger.onClick({ defaultPrevented: false });
    api.trigger.onClick();
    expect(sent).toEqual([{ type: 'open' }, { type: 'open' }]);
  });

  it.each<[LauncherSnapshot, object | undefined]>([
    [
      { status: 'minting', mode: 'modal' },
      { url: undefined, frameState: 'loading' },
    ],
    [
      { status: 'open', mode: 'modal', url, frame: 'ready' },
      { url, frameState: 'ready' },
    ],
    [{ status: 'minting', mode: 'tab' }, undefined],
    [{ status: 'open', mode: 'tab', url, fallback: 'open_in_tab' }, undefined],
    [{ status: 'idle' }, undefined],
  ])('shows the dialog only for a modal launch under way (%o)', (snapshot, dialog) => {
    const { api } = connect(snapshot);
    if (dialog === undefined) expect(api.dialog).toBeUndefined();
    else expect(api.dialog).toMatchObject(dialog);
  });

  it('wires the dialog to the launcher’s commands', () => {
    const { api, sent } = connect({ status: 'open', mode: 'modal', url, frame: 'loading' });
    const frame = { name: 'the iframe window' };
    api.dialog?.onFrame(frame);
    api.dialog?.onFrameLoad();
    api.dialog?.onOpenInTab();
    api.dialog?.onClose();
    expect(sent).toEqual([
      { type: 'frame-mounted', frame },
      { type: 'frame-loaded' },
      { type: 'open-in-tab' },
      { type: 'close' },
    ]);
  });

  it('says the page moved to a tab while it is open there, and only then', () => {
    const moved = { role: 'status', 'data-esign-kit-part': 'status', 'data-status': 'moved-to-tab' };
    expect(connect({ status: 'open', mode: 'tab', url, fallback: 'open_in_tab' }).api.moved).toEqual(moved);
    expect(connect({ status: 'open', mode: 'tab', url, fallback: 'frame_timeout' }).api.moved).toEqual(moved);
    expect(connect({ status: 'open', mode: 'tab', url }).api.moved).toBeUndefined();
    expect(connect({ status: 'settled', outcome: 'closed' }).api.moved).toBeUndefined();
  });

  it('gives a failed launch an alert with its code, message and link', () => {
    const error = { code: 'popup_blocked' as const, message: 'Blocked.' };
    expect(connect({ status: 'error', error, url }).api.error).toEqual({
      props: { role: 'alert', 'data-esign-kit-part': 'error', 'data-error': 'popup_blocked' },
      message: 'Blocked.',
      url,
    });
    expect(connect({ status: 'open', mode: 'tab', url }).api.error).toBeUndefined();
  });
});

describe('connectPageDialog', () => {
  function dialogOf(frameState: 'loading' | 'ready', pageUrl: string | undefined) {
    const calls: string[] = [];
    const parts = connectPageDialog(
      { url: pageUrl, frameState, onClose: () => calls.push('close'), onFrameLoad: () => calls.push('load') },
      { titleId: 'title-1', title: 'Prix Contract details' },
    );
    return { parts, calls };
  }

  it('is a labelled modal dialog, busy while the frame loads', () => {
    const { dialog } = dialogOf('loading', undefined).parts;
    expect(dialog).toMatchObject({
      role: 'dialog',
      'aria-modal': true,
      'aria-labelledby': 'title-1',
      'aria-busy': true,
      tabIndex: -1,
      'data-esign-kit-part': 'dialog',
      'data-state': 'loading',
    });
    expect(dialogOf('ready', url).parts.dialog).toMatchObject({ 'aria-busy': false, 'data-state': 'ready' });
  });

  it('closes on Escape, unless a handler before it took the key', () => {
    const { parts, calls } = dialogOf('ready', url);
    const key = (name: string, defaultPrevented = false) => {
      let prevented = defaultPrevented;
      parts.dialog.onKeyDown({
        key: name,
        defaultPrevented,
        preventDefault: () => {
          prevented = true;
        },
      });
      return prevented;
    };
    expect(key('Enter')).toBe(false);
    expect(key('Escape', true)).toBe(true);
    expect(calls).toEqual([]);
    expect(key('Escape')).toBe(true);
    expect(calls).toEqual(['close']);
  });

  it('frames the page with its title, the sandbox and the permissions it gets, once there is a URL', () => {
    expect(dialogOf('loading', undefined).parts.frame).toBeUndefined();
    const { parts, calls } = dialogOf('loading', url);
    expect(parts.frame).toEqual({
      'data-esign-kit-part': 'frame',
      src: url,
      title: 'Prix Contract details',
      sandbox: pageFrameSandbox,
      allow: 'clipboard-write',
      referrerPolicy: 'strict-origin-when-cross-origin',
      onLoad: expect.any(Function),
    });
    expect(pageFrameSandbox.split(' ')).not.toContain('allow-top-navigation');
    parts.frame?.onLoad();
    expect(calls).toEqual(['load']);
  });
});
