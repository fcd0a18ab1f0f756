import { useCreditStatus, useCreditUsages, useUpdateBusiness } from '@esign-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useState } from 'react';
import { expect, within } from 'storybook/test';
import { useDemoFormat } from '../support/format.js';
import { eventually, stackOf } from '../support/play.js';

/** The credit balance (`useCreditStatus`) and the last uses (`useCreditUsages`). */
function Credits() {
  const status = useCreditStatus();
  const usages = useCreditUsages({ limit: 5 });
  const format = useDemoFormat();
  if (status.error) {
    return (
      <p role="alert" data-error-code={status.error.errorCode}>
        {status.error.message}
      </p>
    );
  }
  return (
    <div>
      <p data-testid="credits">
        {status.data
          ? `${format.say('남은 크레딧', 'Credits left')} ${format.count(status.data.credit.remainingCount)} (${format.say('기본', 'included')} ${format.count(status.data.credit.remainingDefaultCount)}/${format.count(status.data.credit.defaultCount)})`
          : format.say('불러오는 중…', 'Loading…')}
      </p>
      <section aria-label={format.say('크레딧 사용 내역', 'Credit usage')}>
        <h3>{format.say('크레딧 사용 내역', 'Credit usage')}</h3>
        <p className="demo-muted">
          {usages.data
            ? format.say(`${format.count(usages.data.total)}건`, `${format.count(usages.data.total)} uses`)
            : '…'}
        </p>
        <ul>
          {usages.data?.creditUsages.map((usage) => (
            <li key={usage.id}>
              {format.status('creditCase', usage.case)} · {usage.user.name}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** Renames the business (`useUpdateBusiness`). */
function BusinessProfile() {
  const update = useUpdateBusiness();
  const [name, setName] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ input: { profile: { name } } });
  };
  return (
    <form aria-label="회사 정보" onSubmit={onSubmit}>
      <label>
        회사 이름 <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>{' '}
      <button type="submit" disabled={update.isPending}>
        저장
      </button>
      {update.data ? <p role="status">저장했습니다: {update.data.profile.name}</p> : null}
      {update.error ? (
        <p role="alert" data-error-code={update.error.errorCode}>
          {update.error.message}
        </p>
      ) : null}
    </form>
  );
}

const meta = {
  title: 'Hooks/Business',
  parameters: {
    docs: {
      description: {
        component:
          '`useCreditStatus`, `useCreditUsages` and `useUpdateBusiness`. The two server-only operations (`createBusiness`, `listManagedBusinesses`) have no hooks: they return API keys, and the proxy never exposes them.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const UseCreditStatus: Story = {
  name: 'useCreditStatus + useCreditUsages',
  render: () => <Credits />,
  play: async ({ canvas }) => {
    await eventually(() => expect(canvas.getByTestId('credits')).toHaveTextContent(/^남은 크레딧 \d+/));
    const usages = canvas.getByRole('region', { name: '크레딧 사용 내역' });
    await eventually(() => expect(within(usages).getAllByRole('listitem').length).toBeGreaterThan(0));
  },
};

export const UseCreditStatusError: Story = {
  name: 'useCreditStatus: vendor error FAILED_GET_CREDIT (after two retries)',
  parameters: {
    esignKit: { stack: { failNext: [{ operationId: 'credits.status', errorCode: 'FAILED_GET_CREDIT', times: 3 }] } },
  },
  render: () => <Credits />,
  play: async (context) => {
    // A 5xx is retried twice (TanStack Query's backoff, 1 s then 2 s) before the error shows.
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 8000 });
    await expect(alert).toHaveAttribute('data-error-code', 'FAILED_GET_CREDIT');
    await expect(alert).toHaveTextContent('크레딧');
    const { requests } = await stackOf(context).control<{ requests: { path: string }[] }>('requests');
    await expect(requests.filter((request) => request.path.endsWith('/credit-usages/status'))).toHaveLength(3);
  },
};

export const UseUpdateBusiness: Story = {
  name: 'useUpdateBusiness',
  render: () => <BusinessProfile />,
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.type(canvas.getByLabelText('회사 이름'), '스토리북 주식회사');
    await userEvent.click(canvas.getByRole('button', { name: '저장' }));
    await expect(await canvas.findByRole('status', {}, { timeout: 5000 })).toHaveTextContent(
      '저장했습니다: 스토리북 주식회사',
    );
    const state = await stackOf(context).control<{ business: { profile?: { name: string }; name?: string } }>('state');
    await expect(JSON.stringify(state.business)).toContain('스토리북 주식회사');
  },
};

export const UseUpdateBusinessInvalid: Story = {
  name: 'useUpdateBusiness: invalid input, caught before any request',
  render: () => <BusinessProfile />,
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(canvas.getByRole('button', { name: '저장' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveAttribute('data-error-code', 'ESIGN_KIT_INVALID_INPUT');
    const { requests } = await stackOf(context).control<{ requests: unknown[] }>('requests');
    await expect(requests).toEqual([]);
  },
};
