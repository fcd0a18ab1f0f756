import { useCreateCustomer, useCustomer, useCustomers, useDeleteCustomer, useUpdateCustomer } from '@esign-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useState } from 'react';
import { expect, within } from 'storybook/test';
import { eventually } from '../support/play.js';

/** Customers: the list (`useCustomers`), one in detail (`useCustomer`), create, rename and delete. */
function CustomerAdmin() {
  const list = useCustomers({ limit: 20 });
  const [selected, setSelected] = useState<number | null>(null);
  const detail = useCustomer(selected === null ? null : { customerId: selected });
  const create = useCreateCustomer({ onSuccess: (customer) => setSelected(customer.id) });
  const update = useUpdateCustomer();
  const remove = useDeleteCustomer({ onSuccess: () => setSelected(null) });
  const error = create.error ?? update.error ?? remove.error;

  const onCreate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      input: { title: String(form.get('title')), customKey: String(form.get('customKey')) || undefined },
    });
  };
  const onRename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (selected === null) return;
    update.mutate({ customerId: selected, input: { title: String(new FormData(event.currentTarget).get('title')) } });
  };

  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <section aria-label="고객 목록">
        <p>고객 {list.data?.total ?? '…'}곳</p>
        <ul>
          {list.data?.customers.map((customer) => (
            <li key={customer.id}>
              <button type="button" aria-pressed={selected === customer.id} onClick={() => setSelected(customer.id)}>
                {customer.title}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <form aria-label="고객 등록" onSubmit={onCreate}>
        <label>
          이름 <input name="title" required />
        </label>{' '}
        <label>
          customKey <input name="customKey" />
        </label>{' '}
        <button type="submit" disabled={create.isPending}>
          등록
        </button>
      </form>
      <section aria-label="고객 상세">
        {detail.data ? (
          <>
            <h3>{detail.data.title}</h3>
            <p>customKey: {detail.data.customKey ?? '없음'}</p>
            <form aria-label="이름 바꾸기" onSubmit={onRename}>
              <label>
                새 이름 <input name="title" defaultValue={detail.data.title} key={detail.data.title} />
              </label>{' '}
              <button type="submit">바꾸기</button>
            </form>
            <button type="button" onClick={() => remove.mutate({ customerId: detail.data.id })}>
              삭제
            </button>
          </>
        ) : (
          <p>고객을 고르세요</p>
        )}
      </section>
      {error ? (
        <p role="alert" data-error-code={error.errorCode}>
          {error.message}
        </p>
      ) : null}
    </div>
  );
}

const meta = {
  title: 'Hooks/Customers',
  parameters: {
    docs: {
      description: {
        component:
          '`useCustomers`, `useCustomer`, `useCreateCustomer`, `useUpdateCustomer` and `useDeleteCustomer`: each mutation refetches the customer queries it changed.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const CustomerCrud: Story = {
  name: 'Create, read, update, delete',
  render: () => <CustomerAdmin />,
  play: async ({ canvas, userEvent }) => {
    const list = canvas.getByRole('region', { name: '고객 목록' });
    await eventually(() => expect(list).toHaveTextContent('고객 5곳'));
    const create = canvas.getByRole('form', { name: '고객 등록' });
    await userEvent.type(within(create).getByLabelText('이름'), '스토리북 상사');
    await userEvent.type(within(create).getByLabelText('customKey'), 'storybook-01');
    await userEvent.click(within(create).getByRole('button', { name: '등록' }));
    // Created, listed after the refetch, and shown in detail.
    await eventually(() => expect(list).toHaveTextContent('고객 6곳'));
    const detail = canvas.getByRole('region', { name: '고객 상세' });
    await eventually(() => expect(within(detail).getByRole('heading')).toHaveTextContent('스토리북 상사'));
    await expect(detail).toHaveTextContent('customKey: storybook-01');

    const rename = within(detail).getByLabelText('새 이름');
    await userEvent.clear(rename);
    await userEvent.type(rename, '스토리북 상사 (주)');
    await userEvent.click(within(detail).getByRole('button', { name: '바꾸기' }));
    await eventually(() => expect(within(detail).getByRole('heading')).toHaveTextContent('스토리북 상사 (주)'));
    await eventually(() => expect(within(list).getByRole('button', { name: '스토리북 상사 (주)' })).toBeVisible());

    await userEvent.click(within(detail).getByRole('button', { name: '삭제' }));
    await eventually(() => expect(list).toHaveTextContent('고객 5곳'));
    await expect(detail).toHaveTextContent('고객을 고르세요');
  },
};

export const DuplicateCustomer: Story = {
  name: 'Vendor error: ALREADY_CUSTOMER_EXISTS',
  render: () => <CustomerAdmin />,
  play: async ({ canvas, userEvent }) => {
    await eventually(() => expect(canvas.getByRole('region', { name: '고객 목록' })).toHaveTextContent('고객 5곳'));
    const create = canvas.getByRole('form', { name: '고객 등록' });
    await userEvent.type(within(create).getByLabelText('이름'), '파트너 고객사');
    await userEvent.click(within(create).getByRole('button', { name: '등록' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveAttribute('data-error-code', 'ALREADY_CUSTOMER_EXISTS');
    await expect(alert).toHaveTextContent('같은 이름이나 customKey를 가진 고객이 이미 있습니다.');
  },
};
