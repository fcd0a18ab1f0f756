import { createEsignClient } from '@esign-kit/core';
import { EsignKitProvider, useContract, useEsignClient } from '@esign-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Component, type ReactNode, useState } from 'react';
import { expect } from 'storybook/test';
import { stackHeader } from '../../.storybook/live/protocol.js';
import { eventually, type StoryStack, stackOf } from '../support/play.js';
import { seed } from '../support/seed.js';

/** What the provider makes possible: a hook call, shown with the client it used. */
function ContractTitle() {
  const client = useEsignClient();
  const { data, error, isPending } = useContract({ uuid: seed.mou.contractUuid });
  return (
    <p data-testid="result" data-locale={client.locale}>
      {isPending ? '불러오는 중…' : error ? `${error.errorCode}: ${error.message}` : data.contract.title}
    </p>
  );
}

/** Shows a render error as text (a hook outside the provider throws). */
class ShowError extends Component<{ children: ReactNode }, { message: string | null }> {
  override state = { message: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.message ? <p role="alert">{this.state.message}</p> : this.props.children;
  }
}

/** The live stack's pages, for the provider's `pages` setting. */
const pagesOf = (stack: StoryStack) => ({ allowedOrigins: [stack.pagesOrigin], handshakeOrigins: [stack.pagesOrigin] });

const meta = {
  title: 'Components/EsignKitProvider',
  component: EsignKitProvider,
  // These stories render the provider themselves (the preview's own one is left out).
  parameters: {
    esignKit: { provider: false },
    docs: {
      description: {
        component:
          'Makes the esign-kit client available to the hooks and components below it. Give it the proxy’s path (`proxyUrl`, with `locale`) or a client of your own (`client`); it uses your app’s `QueryClient` when there is one. `pages` says where hosted pages may come from (`allowedOrigins`, default `https://www.prix.im`, plus loopback origins such as the sandbox’s while the app itself runs on one) and where they report completion (`returnUrl`, default `<proxyUrl>/return`).',
      },
    },
  },
  argTypes: { locale: { control: 'inline-radio', options: ['ko', 'en'] } },
} satisfies Meta<typeof EsignKitProvider>;

export default meta;
/** The provider's props are a union (`proxyUrl` or `client`); the stories pick their own. */
type Story = StoryObj<{ proxyUrl?: string; locale?: 'ko' | 'en' }>;

export const ProxyUrl: Story = {
  name: 'proxyUrl (the usual set-up)',
  args: { proxyUrl: '/api/esign', locale: 'ko' },
  // Without the story header, requests reach the catalogue's shared default stack (read-only here).
  parameters: { esignKit: { provider: false, stack: 'default' } },
  render: (args, { loaded }) => (
    <EsignKitProvider
      proxyUrl={args.proxyUrl ?? '/api/esign'}
      locale={args.locale}
      pages={pagesOf(loaded.stack as StoryStack)}
    >
      <ContractTitle />
    </EsignKitProvider>
  ),
  play: async ({ canvas }) => {
    await eventually(() => expect(canvas.getByTestId('result')).toHaveTextContent(seed.mou.title));
    await expect(canvas.getByTestId('result')).toHaveAttribute('data-locale', 'ko');
  },
};

export const EnglishLocale: Story = {
  name: 'locale="en": English error messages',
  args: { locale: 'en' },
  parameters: { esignKit: { provider: false, stack: { authorized: false } } },
  render: (args, context) => {
    const stack = stackOf(context);
    return (
      <EsignKitProvider
        client={createEsignClient({
          baseUrl: '/api/esign',
          locale: args.locale ?? 'en',
          headers: { [stackHeader]: stack.id },
        })}
        pages={pagesOf(stack)}
      >
        <ContractTitle />
      </EsignKitProvider>
    );
  },
  play: async ({ canvas }) => {
    await eventually(() =>
      expect(canvas.getByTestId('result')).toHaveTextContent('ESIGN_KIT_FORBIDDEN: You are not allowed to do this.'),
    );
  },
};

export const OwnClient: Story = {
  name: 'client: your own (headers, fetch, locale)',
  render: (_args, context) => {
    const stack = stackOf(context);
    // A CSRF token, a tenant header…: every request carries what the client was given.
    const client = createEsignClient({ baseUrl: '/api/esign', locale: 'ko', headers: { [stackHeader]: stack.id } });
    return (
      <EsignKitProvider client={client} pages={pagesOf(stack)}>
        <ContractTitle />
      </EsignKitProvider>
    );
  },
  play: async (context) => {
    await eventually(() => expect(context.canvas.getByTestId('result')).toHaveTextContent(seed.mou.title));
    // It reached this story's own sandbox, through its header.
    const { requests } = await stackOf(context).control<{ requests: { path: string }[] }>('requests');
    await expect(requests.map((request) => request.path)).toEqual(['/kit-api/v1/contracts/find']);
  },
};

function SharedCache({ stack }: { stack: StoryStack }) {
  const [queryClient] = useState(() => new QueryClient());
  const [keys, setKeys] = useState<string[]>([]);
  return (
    <QueryClientProvider client={queryClient}>
      <EsignKitProvider
        client={createEsignClient({ baseUrl: '/api/esign', locale: 'ko', headers: { [stackHeader]: stack.id } })}
        pages={pagesOf(stack)}
      >
        <ContractTitle />
      </EsignKitProvider>
      <button
        type="button"
        onClick={() =>
          setKeys(
            queryClient
              .getQueryCache()
              .getAll()
              .map((query) => JSON.stringify(query.queryKey)),
          )
        }
      >
        앱의 캐시 보기
      </button>
      <ul aria-label="앱의 QueryClient 캐시">
        {keys.map((key) => (
          <li key={key}>{key}</li>
        ))}
      </ul>
    </QueryClientProvider>
  );
}

export const AppQueryClient: Story = {
  name: 'Uses the app’s QueryClient',
  render: (_args, context) => <SharedCache stack={stackOf(context)} />,
  play: async ({ canvas, userEvent }) => {
    await eventually(() => expect(canvas.getByTestId('result')).toHaveTextContent(seed.mou.title));
    await userEvent.click(canvas.getByRole('button', { name: '앱의 캐시 보기' }));
    // The esign-kit query lives in the app's own cache (and devtools).
    await expect(canvas.getByRole('list', { name: '앱의 QueryClient 캐시' })).toHaveTextContent(
      '"esign-kit","contracts.find"',
    );
  },
};

export const Loading: Story = {
  parameters: { esignKit: { provider: false, stack: { latencyMs: 60_000 } } },
  render: (_args, context) => {
    const stack = stackOf(context);
    return (
      <EsignKitProvider
        client={createEsignClient({ baseUrl: '/api/esign', locale: 'ko', headers: { [stackHeader]: stack.id } })}
        pages={pagesOf(stack)}
      >
        <ContractTitle />
      </EsignKitProvider>
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByTestId('result')).toHaveTextContent('불러오는 중…');
  },
};

export const MissingProvider: Story = {
  name: 'Error: a hook outside the provider',
  render: () => (
    <ShowError>
      <ContractTitle />
    </ShowError>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      '`useEsignClient` must be used inside <EsignKitProvider>. Wrap your app: <EsignKitProvider proxyUrl="/api/esign">…</EsignKitProvider>.',
    );
  },
};
