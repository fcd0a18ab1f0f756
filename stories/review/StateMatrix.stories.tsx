import type { Locale } from '@esign-kit/core';
import { ContractFormButton, EsignKitProvider, type PageSettings } from '@esign-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, screen, within } from 'storybook/test';
import { openStack, type StoryStack } from '../../.storybook/live/client.js';
import { eventually, expectState, findDialog, frameOf } from '../support/play.js';

type StackName = 'base' | 'slow' | 'refused' | 'denied' | 'vendor';

interface Row {
  readonly id: string;
  readonly label: string;
  readonly stack: StackName;
  readonly mode: 'tab' | 'modal';
  /** The launcher's pages setting: `prix-only` leaves the sandbox's origin out (the URL is refused). */
  readonly pages?: 'prix-only';
  /** The trigger's `data-state` once the row is driven, and its error code if any. */
  readonly state: string;
  readonly error?: string;
  /** What the launcher reported last (its callbacks), shown under the button. */
  readonly event?: string;
}

/** Every state a page button can be in, one per row, each on a stack that produces it. */
const rows: readonly Row[] = [
  { id: 'idle', label: 'idle', stack: 'base', mode: 'tab', state: 'idle' },
  { id: 'minting', label: 'minting (loading)', stack: 'slow', mode: 'tab', state: 'minting' },
  { id: 'open', label: 'open (new tab)', stack: 'base', mode: 'tab', state: 'open' },
  { id: 'closed', label: 'settled: closed', stack: 'base', mode: 'tab', state: 'settled', event: 'onClose' },
  { id: 'completed', label: 'settled: completed', stack: 'base', mode: 'modal', state: 'settled', event: 'onComplete' },
  { id: 'popup', label: 'error: popup blocked', stack: 'base', mode: 'tab', state: 'error', error: 'popup_blocked' },
  {
    id: 'frame',
    label: 'error: frame refused',
    stack: 'refused',
    mode: 'modal',
    state: 'error',
    error: 'frame_refused',
  },
  {
    id: 'url',
    label: 'error: URL not allowed',
    stack: 'base',
    mode: 'tab',
    pages: 'prix-only',
    state: 'error',
    error: 'url_rejected',
  },
  { id: 'denied', label: 'error: unauthorized', stack: 'denied', mode: 'tab', state: 'error', error: 'mint_failed' },
  { id: 'vendor', label: 'error: Prix error code', stack: 'vendor', mode: 'tab', state: 'error', error: 'mint_failed' },
];
const locales: readonly Locale[] = ['ko', 'en'];

/** One cell: its own provider (client in that language, on that row's stack) and button. */
function Cell({ row, locale, stack }: { row: Row; locale: Locale; stack: StoryStack }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  const [event, setEvent] = useState('—');
  const pages: PageSettings =
    row.pages === 'prix-only'
      ? // Explicitly: by default a loopback app (this catalogue) also allows the sandbox's loopback pages.
        { allowedOrigins: ['https://www.prix.im'] }
      : { allowedOrigins: [stack.pagesOrigin], handshakeOrigins: [stack.pagesOrigin] };
  return (
    <td data-testid={`${row.id}-${locale}`}>
      <QueryClientProvider client={queryClient}>
        <EsignKitProvider client={stack.client(locale)} pages={pages}>
          <ContractFormButton
            mode={row.mode}
            frameTimeoutMs={800}
            input={{ input: { defaultValue: { contract: { title: `매트릭스 ${row.id} ${locale}` } } } }}
            onComplete={() => setEvent('onComplete')}
            onClose={() => setEvent('onClose')}
            onError={(error) => setEvent(`onError: ${error.code}`)}
          />
          <small data-testid={`${row.id}-${locale}-event`} style={{ display: 'block', color: '#5b6475' }}>
            {event}
          </small>
        </EsignKitProvider>
      </QueryClientProvider>
    </td>
  );
}

function Matrix({ stacks }: { stacks: Record<StackName, StoryStack> }) {
  return (
    <table style={{ borderSpacing: '1rem 0.6rem' }}>
      <caption>ContractFormButton: every state, in both languages</caption>
      <thead>
        <tr>
          <th scope="col">state</th>
          <th scope="col">한국어</th>
          <th scope="col">English</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
              <code>{row.label}</code>
            </th>
            {locales.map((locale) => (
              <Cell key={locale} row={row} locale={locale} stack={stacks[row.stack]} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A stand-in for the new tab, so the matrix opens no real window: the launcher only sees a handle. */
function fakeTab() {
  const tab = {
    closed: false,
    opener: null as unknown,
    url: '',
    close() {
      tab.closed = true;
    },
    location: {
      replace(url: string) {
        tab.url = url;
      },
    },
  };
  return tab;
}

/** Runs `action` while `window.open` answers `open()` (a fake tab, or `null` for a blocker). */
async function withOpen(open: () => unknown, action: () => Promise<unknown>) {
  const real = window.open;
  window.open = open as typeof window.open;
  try {
    await action();
  } finally {
    window.open = real;
  }
}

const meta = {
  title: 'Review/State matrix',
  parameters: {
    esignKit: { provider: false },
    layout: 'padded',
    docs: {
      description: {
        component:
          'Every state of a page button on one page, Korean and English side by side, each driven for real against a stack of its own (slow, framing refused, unauthorized, a Prix error). New tabs are stand-ins here, so reviewing opens no windows.',
      },
    },
  },
  loaders: [
    async () => ({
      stacks: {
        base: await openStack({}),
        slow: await openStack({ latencyMs: 120_000 }),
        refused: await openStack({ refuseFraming: true }),
        denied: await openStack({ authorized: false }),
        vendor: await openStack({
          failNext: [{ operationId: 'contracts.formUrl', errorCode: 'FAILED_CREATE_CONTRACT', times: 2 }],
        }),
      } satisfies Record<StackName, StoryStack>,
    }),
  ],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const EveryState: Story = {
  name: 'Every state',
  render: (_args, { loaded }) => <Matrix stacks={loaded.stacks as Record<StackName, StoryStack>} />,
  play: async ({ canvas, userEvent, loaded }) => {
    const stacks = loaded.stacks as Record<StackName, StoryStack>;
    const trigger = (row: string, locale: Locale) =>
      canvas
        .getByTestId(`${row}-${locale}`)
        .querySelector<HTMLElement>('[data-esign-kit-part="trigger"]') as HTMLElement;
    const click = (row: string, locale: Locale) => userEvent.click(trigger(row, locale));

    for (const locale of locales) {
      // New-tab rows: a stand-in tab, or none at all for the popup blocker.
      await withOpen(fakeTab, () => click('minting', locale));
      await withOpen(fakeTab, () => click('open', locale));
      const closing = fakeTab();
      await withOpen(
        () => closing,
        () => click('closed', locale),
      );
      await expectState(trigger('closed', locale), 'open');
      closing.close(); // the user closes the tab
      await withOpen(
        () => null,
        () => click('popup', locale),
      );
      await withOpen(fakeTab, () => click('url', locale));
      await withOpen(fakeTab, () => click('denied', locale));
      await withOpen(fakeTab, () => click('vendor', locale));

      // Modal rows, one dialog at a time: refused framing with no tab to fall back to …
      await withOpen(
        () => null,
        async () => {
          await click('frame', locale);
          await expectState(trigger('frame', locale), 'error');
        },
      );
      // … and a page completed through the proxy's return page.
      await userEvent.click(trigger('completed', locale));
      const dialog = await findDialog();
      await expectState(dialog, 'ready');
      const frame = frameOf(dialog);
      const result = await stacks.base.submitPage(frame.src);
      frame.src = result.location ?? '';
      await eventually(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    }

    for (const row of rows) {
      for (const locale of locales) {
        const cell = canvas.getByTestId(`${row.id}-${locale}`);
        await expectState(trigger(row.id, locale), row.state);
        const alert = within(cell).queryByRole('alert');
        if (row.error) await expect(alert).toHaveAttribute('data-error', row.error);
        else await expect(alert).toBeNull();
        const event = row.event ?? (row.error ? `onError: ${row.error}` : '—');
        await expect(canvas.getByTestId(`${row.id}-${locale}-event`)).toHaveTextContent(event);
      }
    }
    // With the default theme, busy does not look idle: a spinner after the label, the progress cursor.
    if (document.querySelector('style[data-esign-kit-theme="default"]')) {
      await expect(getComputedStyle(trigger('minting', 'en')).cursor).toBe('progress');
      await expect(getComputedStyle(trigger('minting', 'en'), '::after').content).not.toBe('none');
      await expect(getComputedStyle(trigger('idle', 'en'), '::after').content).toBe('none');
    }
    // Labels follow each cell's client.
    await expect(trigger('idle', 'ko')).toHaveTextContent('계약서 등록');
    await expect(trigger('idle', 'en')).toHaveTextContent('Contract registration');
    await expect(within(canvas.getByTestId('denied-en')).getByRole('alert')).toHaveTextContent(
      'You are not allowed to do this.',
    );
    // A refusal names the origin it refused and the setting to change.
    await expect(within(canvas.getByTestId('url-ko')).getByRole('alert')).toHaveTextContent(
      `${stacks.base.pagesOrigin}의 페이지는 허용되지 않아 열지 않았습니다. 맞는 주소라면 allowedOrigins(EsignKitProvider의 pages)에 추가하세요.`,
    );
  },
};
