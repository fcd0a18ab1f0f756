import { closeTabs } from 'virtual:esign-kit/test-commands';
import { expect, screen, waitFor } from 'storybook/test';
import type { StoryStack } from '../../.storybook/live/client.js';

export type { StoryStack } from '../../.storybook/live/client.js';

/** The story's own live stack (created by the preview's loader). */
export function stackOf(context: { loaded: Record<string, unknown> }): StoryStack {
  const stack = context.loaded.stack as StoryStack | undefined;
  if (!stack) throw new Error('No live stack: the preview loader did not run.');
  return stack;
}

/** Waits for `assertion`, long enough for a page to load in a frame. */
export const eventually = (assertion: () => unknown, timeout = 8000) => waitFor(assertion, { timeout });

/** The page dialog, once it is in the document (it is portalled to `<body>`, outside the canvas). */
export async function findDialog(name?: string): Promise<HTMLElement> {
  return screen.findByRole('dialog', name ? { name } : {}, { timeout: 5000 });
}

/** The framed hosted page inside the dialog. */
export function frameOf(dialog: HTMLElement): HTMLIFrameElement {
  const frame = dialog.querySelector('iframe');
  if (!frame) throw new Error('The dialog has no frame yet.');
  return frame;
}

export async function expectState(element: HTMLElement, state: string, timeout?: number): Promise<void> {
  await eventually(() => expect(element).toHaveAttribute('data-state', state), timeout);
}

/**
 * Plays a popup blocker: `window.open` answers `null`, as it does when the browser refuses a
 * tab. For a story's `beforeEach` (its return value restores the real one).
 */
export function blockPopups(): () => void {
  const real = window.open;
  window.open = () => null;
  return () => {
    window.open = real;
  };
}

/**
 * Counts the tabs the page opens (the real `window.open` still runs). Only the count is exposed:
 * a tab's `Window` turns cross-origin once it reaches the sandbox page, and Storybook's
 * instrumented `expect` throws a `SecurityError` while logging such an object.
 */
export function recordTabs(): { readonly count: number; restore(): void } {
  const real = window.open;
  let count = 0;
  window.open = (...args: Parameters<typeof window.open>) => {
    const tab = real.apply(window, args);
    if (tab) count += 1;
    return tab;
  };
  return {
    get count() {
      return count;
    },
    restore() {
      window.open = real;
    },
  };
}

interface PageSession {
  readonly token: string;
  readonly operationId: string;
  readonly openedAt?: string;
  readonly submissions: unknown[];
}

/** The sandbox's record of the page at `url`: `openedAt` is set once a browser loaded it. */
export async function pageSession(stack: StoryStack, url: string): Promise<PageSession | undefined> {
  const state = await stack.control<{ pageSessions: PageSession[] }>('state');
  return state.pageSessions.find((session) => url.endsWith(`/${session.token}`));
}

/** Every kit request the sandbox received (`GET /__sandbox/requests`), newest last. */
export async function sandboxRequests(stack: StoryStack): Promise<{ method: string; path: string }[]> {
  const { requests } = await stack.control<{ requests: { method: string; path: string }[] }>('requests');
  return requests;
}

/**
 * Closes the tabs showing this story's sandbox pages, as the user would. Only the Vitest run can
 * (through Playwright): the launcher cut the tab's `opener` (no reverse tabnabbing), so no page
 * script may close or navigate it any more. `undefined` in the Storybook UI, where you close it.
 */
export const closeStoryTabs: ((stack: StoryStack) => Promise<void>) | undefined = ((close) =>
  close ? (stack: StoryStack) => close(`${stack.pagesOrigin}/`) : undefined)(closeTabs);
