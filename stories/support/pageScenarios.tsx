import type { PageButtonOwnProps } from '@esign-kit/react';
import type { ReactRenderer } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import type { ArgsStoryFn, PlayFunctionContext, StoryAnnotations } from 'storybook/internal/types';
import { expect, screen, within } from 'storybook/test';
import type { StackOptions } from '../../.storybook/live/protocol.js';
import {
  blockPopups,
  closeStoryTabs,
  eventually,
  expectState,
  findDialog,
  frameOf,
  pageSession,
  recordTabs,
  type StoryStack,
  sandboxRequests,
  stackOf,
} from './play.js';

/** Text the page components show, as a user reads it (independent of the package's own tables). */
export const text = {
  ko: {
    prix: '프릭스',
    close: '닫기',
    openInNewTab: '새 탭에서 열기',
    loading: '페이지를 여는 중…',
    popupBlocked: '브라우저가 새 탭을 막았습니다. 아래 링크로 여세요.',
    openLink: '페이지 열기',
    frameRefused: '이 페이지는 창 안에서 열리지 않습니다. 새 탭에서 여세요.',
    forbidden: '이 작업을 할 권한이 없습니다.',
  },
  en: {
    prix: 'Prix',
    close: 'Close',
    openInNewTab: 'Open in a new tab',
    loading: 'Opening the page…',
    popupBlocked: 'The browser blocked the new tab. Use the link below.',
    openLink: 'Open the page',
    frameRefused: 'This page cannot open inside the window. Open it in a new tab.',
    forbidden: 'You are not allowed to do this.',
  },
} as const;

/** A story of a component whose props are `TArgs` (what `StoryObj<typeof Component>` is). */
export type PageStory<TArgs> = StoryAnnotations<ReactRenderer, TArgs>;
/** What its play function receives. */
type Context<TArgs> = PlayFunctionContext<ReactRenderer, TArgs>;

/** How a page button's "completed" story finishes its page. */
export type Completion<TArgs> = {
  /** Extra args for the story (e.g. an input that pre-fills the page so it can be submitted). */
  readonly args?: Partial<TArgs>;
  /** Values typed into the page's form before submitting it. */
  readonly fields?: Record<string, string>;
  /** The value of the submit button to press, when the page has several. */
  readonly button?: string;
  /** What the page's work left in the sandbox (a contract registered, a participant signed…). */
  readonly verify?: (stack: StoryStack, context: Context<TArgs>) => Promise<void>;
  /** Shown beside the button, to see the app refetch when the page settles. */
  readonly companion?: ComponentType;
} & (
  | {
      /** The page takes a `successUrl`: submitting it reaches the proxy's return page, which reports completion. */
      readonly kind: 'return';
    }
  | {
      /** The page has no `successUrl`: the user does the work (`submit`) or just looks, then closes it. */
      readonly kind: 'close';
      readonly submit: boolean;
    }
);

export interface PageScenarioConfig<TArgs> {
  /** The component, for stories that render something beside it. */
  readonly component: ComponentType<TArgs>;
  /** The trigger's default text (the page's name) in each language. */
  readonly name: { readonly ko: string; readonly en: string };
  /** The operation that mints the page URL (`contracts.detailUrl`…), to find its sandbox requests. */
  readonly operationId: string;
  /** A Prix error this page's mint can answer, and how to provoke it. */
  readonly vendorError: {
    readonly errorCode: string;
    /** The message users see (the client's Korean text for that code). */
    readonly message: string;
    readonly args?: Partial<TArgs>;
    readonly stack?: StackOptions;
  };
  readonly completion: Completion<TArgs>;
}

export type PageScenarioName =
  | 'Default'
  | 'Modal'
  | 'Tab'
  | 'Korean'
  | 'English'
  | 'DefaultTheme'
  | 'Unstyled'
  | 'Loading'
  | 'PopupBlocked'
  | 'FrameRefused'
  | 'FrameRefusedFallsBackToTab'
  | 'Unauthorized'
  | 'VendorError'
  | 'Completed';

const mockOf = (value: unknown) => value as ReturnType<typeof import('storybook/test').fn>;

/** The trigger, by its accessible name. */
function triggerOf(canvas: Context<PageButtonOwnProps>['canvas'], name: string): HTMLElement {
  return canvas.getByRole('button', { name });
}

/** Opens the modal and waits until the framed page said it is ready (the sandbox's handshake). */
async function openModal<TArgs extends PageButtonOwnProps>(
  context: Context<TArgs>,
  name: string,
  locale: 'ko' | 'en' = 'ko',
) {
  const trigger = triggerOf(context.canvas, name);
  await context.userEvent.click(trigger);
  const dialog = await findDialog(`${text[locale].prix} ${name}`);
  await expectState(dialog, 'ready');
  const frame = frameOf(dialog);
  return { trigger, dialog, frame };
}

/** Closes the dialog with its close button and checks that the launch settled as closed. */
async function closeModal<TArgs extends PageButtonOwnProps>(
  context: Context<TArgs>,
  trigger: HTMLElement,
  locale: 'ko' | 'en' = 'ko',
) {
  await context.userEvent.click(screen.getByRole('button', { name: text[locale].close }));
  await eventually(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  await expectState(trigger, 'settled');
  await expect(mockOf(context.args.onClose)).toHaveBeenCalledTimes(1);
  // The dialog gives focus back to what opened it.
  await eventually(() => expect(trigger).toHaveFocus());
}

/**
 * The named scenarios every page button has, on the story's own live stack: default, each mode,
 * each language, each theme, loading, each error, and completed. Spread them into named exports.
 */
export function pageScenarios<TArgs extends PageButtonOwnProps>(
  config: PageScenarioConfig<TArgs>,
): Record<PageScenarioName, PageStory<TArgs>> {
  const { name, operationId } = config;
  const mintRequests = async (stack: StoryStack) =>
    (await sandboxRequests(stack)).filter((request) => request.path.includes(mintPathHint(operationId)));

  const scenarios: Record<PageScenarioName, PageStory<TArgs>> = {
    Default: {
      name: 'Default (new tab)',
      play: async ({ canvas }) => {
        const trigger = triggerOf(canvas, name.ko);
        await expect(trigger).toHaveAttribute('data-state', 'idle');
        await expect(trigger).toHaveAttribute('data-esign-kit-part', 'trigger');
        await expect(trigger).toHaveClass('esign-kit-trigger');
        await expect(trigger).toHaveAttribute('type', 'button');
      },
    },

    Modal: {
      name: 'Mode: modal',
      args: { mode: 'modal' } as Partial<TArgs>,
      play: async (context) => {
        const stack = stackOf(context);
        const { trigger, dialog, frame } = await openModal(context, name.ko);
        await expect(dialog).toHaveAttribute('aria-modal', 'true');
        await expect(frame.src.startsWith(`${stack.pagesOrigin}/pages/`)).toBe(true);
        await expect(frame).toHaveAttribute('sandbox', expect.stringContaining('allow-scripts'));
        // The browser really loaded the sandbox's page (its session says so).
        await eventually(async () =>
          expect((await pageSession(stack, frame.src))?.openedAt).toEqual(expect.any(String)),
        );
        await expect(trigger).toHaveAttribute('data-state', 'open');
        await closeModal(context, trigger);
        await expect(mockOf(context.args.onComplete)).not.toHaveBeenCalled();
      },
    },

    Tab: {
      name: 'Mode: new tab',
      args: { mode: 'tab' } as Partial<TArgs>,
      play: async (context) => {
        const stack = stackOf(context);
        const trigger = triggerOf(context.canvas, name.ko);
        await expect(trigger).toHaveAttribute('data-state', 'idle');
        // In the Storybook UI, click it yourself: the page opens in a real tab; close it to settle.
        if (!closeStoryTabs) return;
        const recorder = recordTabs();
        try {
          await context.userEvent.click(trigger);
          await expectState(trigger, 'open');
          await expect(recorder.count).toBe(1);
          await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
          // The tab reached the freshly minted sandbox page.
          await eventually(async () => {
            const state = await stack.control<{ pageSessions: { operationId: string; openedAt?: string }[] }>('state');
            expect(
              state.pageSessions.filter((session) => session.operationId === operationId && session.openedAt),
            ).toHaveLength(1);
          });
          // The user closes the tab: the launcher notices and settles.
          await closeStoryTabs(stack);
          await expectState(trigger, 'settled');
          await expect(mockOf(context.args.onClose)).toHaveBeenCalledTimes(1);
        } finally {
          recorder.restore();
        }
      },
    },

    Korean: {
      name: 'Labels: 한국어',
      args: { mode: 'modal' } as Partial<TArgs>,
      globals: { locale: 'ko' },
      play: async (context) => {
        const { trigger, dialog } = await openModal(context, name.ko, 'ko');
        await expect(within(dialog).getByRole('heading', { name: `프릭스 ${name.ko}` })).toBeVisible();
        await expect(within(dialog).getByRole('button', { name: text.ko.openInNewTab })).toBeVisible();
        await expect(within(dialog).getByRole('button', { name: text.ko.close })).toBeVisible();
        // Escape closes the dialog too.
        await context.userEvent.keyboard('{Escape}');
        await eventually(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
        await expectState(trigger, 'settled');
      },
    },

    English: {
      name: 'Labels: English',
      args: { mode: 'modal' } as Partial<TArgs>,
      globals: { locale: 'en' },
      play: async (context) => {
        const { trigger, dialog } = await openModal(context, name.en, 'en');
        await expect(within(dialog).getByRole('heading', { name: `Prix ${name.en}` })).toBeVisible();
        await expect(within(dialog).getByRole('button', { name: text.en.openInNewTab })).toBeVisible();
        await closeModal(context, trigger, 'en');
      },
    },

    DefaultTheme: {
      name: 'Theme: default (styles.css)',
      args: { mode: 'modal' } as Partial<TArgs>,
      globals: { theme: 'default' },
      play: async (context) => {
        const { trigger, dialog } = await openModal(context, name.ko);
        const overlay = dialog.parentElement as HTMLElement;
        await expect(getComputedStyle(overlay).position).toBe('fixed');
        await expect(getComputedStyle(dialog).borderTopLeftRadius).toBe('10px');
        await closeModal(context, trigger);
      },
    },

    Unstyled: {
      name: 'Theme: unstyled',
      args: { mode: 'modal' } as Partial<TArgs>,
      globals: { theme: 'unstyled' },
      play: async (context) => {
        const { trigger, dialog } = await openModal(context, name.ko);
        const overlay = dialog.parentElement as HTMLElement;
        // No styles at all, only hooks for yours: class names and data-esign-kit-part.
        await expect(overlay).toHaveClass('esign-kit-overlay');
        await expect(overlay).toHaveAttribute('data-esign-kit-part', 'overlay');
        await expect(getComputedStyle(overlay).position).toBe('static');
        await closeModal(context, trigger);
      },
    },

    Loading: {
      name: 'Loading (minting the URL)',
      args: { mode: 'modal' } as Partial<TArgs>,
      parameters: { esignKit: { stack: { latencyMs: 60_000 } } },
      play: async (context) => {
        const stack = stackOf(context);
        const trigger = triggerOf(context.canvas, name.ko);
        await context.userEvent.click(trigger);
        await expectState(trigger, 'minting');
        await expect(trigger).toHaveAttribute('aria-busy', 'true');
        await expect(trigger).toHaveAttribute('aria-disabled', 'true');
        const dialog = await findDialog(`프릭스 ${name.ko}`);
        await expect(dialog).toHaveAttribute('aria-busy', 'true');
        await expect(within(dialog).getByRole('status')).toHaveTextContent(text.ko.loading);
        await expect(dialog.querySelector('iframe')).toBeNull();
        // Closing while the URL is on its way gives up the mint: nothing reaches Prix.
        await closeModal(context, trigger);
        await expect(await mintRequests(stack)).toEqual([]);
      },
    },

    PopupBlocked: {
      name: 'Error: popup blocked',
      args: { mode: 'tab' } as Partial<TArgs>,
      beforeEach: () => blockPopups(),
      play: async (context) => {
        const stack = stackOf(context);
        const trigger = triggerOf(context.canvas, name.ko);
        await context.userEvent.click(trigger);
        const alert = await context.canvas.findByRole('alert', {}, { timeout: 5000 });
        await expect(alert).toHaveTextContent(text.ko.popupBlocked);
        await expect(alert).toHaveAttribute('data-error', 'popup_blocked');
        await expect(trigger).toHaveAttribute('data-state', 'error');
        // A plain link to the URL that was minted, to open it by hand.
        const link = within(alert).getByRole('link', { name: text.ko.openLink }) as HTMLAnchorElement;
        await expect(link.href.startsWith(`${stack.pagesOrigin}/pages/`)).toBe(true);
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
        await expect(mockOf(context.args.onError)).toHaveBeenCalledWith(
          expect.objectContaining({ code: 'popup_blocked' }),
        );
      },
    },

    FrameRefused: {
      name: 'Error: frame refused',
      args: { mode: 'modal', frameTimeoutMs: 1000 } as Partial<TArgs>,
      parameters: { esignKit: { stack: { refuseFraming: true } } },
      // The fallback tab cannot open either (its click's activation has gone, or a blocker says no).
      beforeEach: () => blockPopups(),
      play: async (context) => {
        const stack = stackOf(context);
        const trigger = triggerOf(context.canvas, name.ko);
        await context.userEvent.click(trigger);
        const dialog = await findDialog(`프릭스 ${name.ko}`);
        const src = (await eventually(() => frameOf(dialog).src)) as string;
        // The page never says it is ready: the sandbox sent it with X-Frame-Options: DENY.
        await expect(dialog).toHaveAttribute('data-state', 'loading');
        const alert = await context.canvas.findByRole('alert', {}, { timeout: 5000 });
        await expect(alert).toHaveTextContent(text.ko.frameRefused);
        await expect(alert).toHaveAttribute('data-error', 'frame_refused');
        await expect(within(alert).getByRole('button', { name: text.ko.openInNewTab })).toBeVisible();
        await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
        await expect(mockOf(context.args.onError)).toHaveBeenCalledWith(
          expect.objectContaining({ code: 'frame_refused' }),
        );
        // The browser did fetch the page, and was told not to frame it.
        await expect((await pageSession(stack, src))?.openedAt).toEqual(expect.any(String));
      },
    },

    FrameRefusedFallsBackToTab: {
      name: 'Frame refused → new tab',
      args: { mode: 'modal', frameTimeoutMs: 1000 } as Partial<TArgs>,
      parameters: { esignKit: { stack: { refuseFraming: true } } },
      play: async (context) => {
        const stack = stackOf(context);
        const trigger = triggerOf(context.canvas, name.ko);
        await expect(trigger).toHaveAttribute('data-state', 'idle');
        // In the Storybook UI, click it yourself: after a second the page moves to a real tab.
        if (!closeStoryTabs) return;
        const recorder = recordTabs();
        try {
          await context.userEvent.click(trigger);
          await findDialog(`프릭스 ${name.ko}`);
          // Within the click's user activation, the launcher gives up on the frame and opens a tab.
          await eventually(() => expect(recorder.count).toBe(1), 5000);
          await eventually(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
          await expectState(trigger, 'open');
          await expect(mockOf(context.args.onError)).not.toHaveBeenCalled();
          await closeStoryTabs(stack);
          await expectState(trigger, 'settled');
          await expect(mockOf(context.args.onClose)).toHaveBeenCalledTimes(1);
        } finally {
          recorder.restore();
        }
      },
    },

    Unauthorized: {
      name: 'Error: unauthorized (authorize → false)',
      args: { mode: 'modal' } as Partial<TArgs>,
      parameters: { esignKit: { stack: { authorized: false } } },
      play: async (context) => {
        const stack = stackOf(context);
        const trigger = triggerOf(context.canvas, name.ko);
        await context.userEvent.click(trigger);
        const alert = await context.canvas.findByRole('alert', {}, { timeout: 5000 });
        await expect(alert).toHaveTextContent(text.ko.forbidden);
        await expect(alert).toHaveAttribute('data-error', 'mint_failed');
        await expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
        const [error] = mockOf(context.args.onError).mock.calls[0] ?? [];
        await expect(error).toMatchObject({
          code: 'mint_failed',
          cause: { errorCode: 'ESIGN_KIT_FORBIDDEN', status: 403 },
        });
        // The proxy said no before anything reached Prix.
        await expect(await mintRequests(stack)).toEqual([]);
      },
    },

    VendorError: {
      name: `Error: ${config.vendorError.errorCode}`,
      args: { mode: 'modal', ...config.vendorError.args } as Partial<TArgs>,
      parameters: { esignKit: { stack: config.vendorError.stack ?? {} } },
      play: async (context) => {
        const stack = stackOf(context);
        const trigger = triggerOf(context.canvas, name.ko);
        await context.userEvent.click(trigger);
        const alert = await context.canvas.findByRole('alert', {}, { timeout: 5000 });
        await expect(alert).toHaveTextContent(config.vendorError.message);
        const [error] = mockOf(context.args.onError).mock.calls[0] ?? [];
        await expect(error).toMatchObject({ code: 'mint_failed', cause: { errorCode: config.vendorError.errorCode } });
        // This one came from Prix (the sandbox), through the proxy.
        await expect((await mintRequests(stack)).length).toBeGreaterThan(0);
      },
    },

    Completed: {
      name: config.completion.kind === 'return' ? 'Completed (return page)' : 'Completed (closed after use)',
      args: { mode: 'modal', ...config.completion.args } as Partial<TArgs>,
      play: async (context) => {
        const stack = stackOf(context);
        const completion = config.completion;
        const { trigger, frame } = await openModal(context, name.ko);
        const submit = completion.kind === 'return' || completion.submit;
        if (submit) {
          // The user fills the page in and presses its button; the frame follows the page's redirect.
          const result = await stack.submitPage(frame.src, {
            ...(completion.fields ? { fields: completion.fields } : {}),
            ...(completion.button ? { button: completion.button } : {}),
          });
          await expect(result.status).toBe(303);
          if (completion.kind === 'return') {
            await expect(result.location?.startsWith(`${location.origin}/api/esign/return?`)).toBe(true);
          }
          frame.src = result.location ?? '';
        }
        if (completion.kind === 'return') {
          // The return page told the launcher: the dialog closes by itself.
          await eventually(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
          await expectState(trigger, 'settled');
          await expect(mockOf(context.args.onComplete)).toHaveBeenCalledTimes(1);
          await expect(mockOf(context.args.onClose)).not.toHaveBeenCalled();
        } else {
          await closeModal(context, trigger);
        }
        await completion.verify?.(stack, context);
      },
    },
  };
  const { companion } = config.completion;
  if (companion) scenarios.Completed.render = withCompanion(config.component, companion);
  // The sidebar and the tests name a story after its export (Storybook reads names statically);
  // the label above becomes the story's line in the docs page instead.
  for (const story of Object.values(scenarios)) {
    const label = story.name;
    delete story.name;
    story.parameters = { ...story.parameters, docs: { description: { story: label } } };
  }
  return scenarios;
}

/** Renders the button with something beside it that shows the app's data. */
function withCompanion<TArgs extends object>(
  Component: ComponentType<TArgs>,
  Companion: ComponentType,
): ArgsStoryFn<ReactRenderer, TArgs> {
  return (args) => (
    <div style={{ display: 'grid', gap: '0.75rem', justifyItems: 'start' }}>
      <Component {...args} />
      <Companion />
    </div>
  );
}

/** A fragment of the kit path each page operation calls, to find its requests in the sandbox log. */
function mintPathHint(operationId: string): string {
  const hints: Record<string, string> = {
    'contracts.formUrl': '/contracts/form-url',
    'contracts.formUrlLegacy': '/contracts/form-url',
    'contracts.detailUrl': '/url',
    'contracts.listUrl': '/contracts/url',
    'contracts.signatureUrl': '/signature-url',
    'signatures.link': '/link',
    'templates.formUrl': '/signature-templates/form-url',
    'templates.bulkUrl': '/bulk-url',
    'templates.useUrl': '/use-template-url',
  };
  return hints[operationId] ?? operationId;
}
