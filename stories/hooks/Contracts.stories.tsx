import type { FindContractInput } from '@esign-kit/core';
import {
  useConcludedFiles,
  useContract,
  useContracts,
  useContractsInfinite,
  useContractTags,
  useSetContractTags,
} from '@esign-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, within } from 'storybook/test';
import { useDemoFormat } from '../support/format.js';
import { eventually, sandboxRequests, stackOf } from '../support/play.js';
import { Status } from '../support/Status.js';
import { seed } from '../support/seed.js';

/** A contract card: title, status, and the e-signature's participants. */
function ContractCard({ lookup }: { lookup: FindContractInput }) {
  const { data, error, isPending } = useContract(lookup);
  const format = useDemoFormat();
  if (isPending) return <p role="status">불러오는 중…</p>;
  if (error) {
    return (
      <p role="alert" data-error-code={error.errorCode}>
        {error.message}
      </p>
    );
  }
  const { contract } = data;
  return (
    <article aria-label={contract.title}>
      <h3>{contract.title}</h3>
      <p>
        {format.say('계약', 'Contract')} <Status kind="contract" value={contract.status} /> ·{' '}
        {format.say('전자서명', 'E-signature')} <Status kind="signature" value={contract.signature?.status} />
      </p>
      {contract.signature ? (
        <p className="demo-muted">
          {format.say('요청', 'Requested')} {format.date(contract.signature.createdAt, true)} ·{' '}
          {format.say('만료', 'Expires')} {format.date(contract.signature.expiredDate)}
        </p>
      ) : null}
      <ul aria-label={format.say('참여자', 'Participants')}>
        {contract.signature?.participants.map((participant) => (
          <li key={participant.uuid}>
            {participant.name} ({participant.send === 'EMAIL' ? participant.email : participant.phone}):{' '}
            <Status kind="participant" value={participant.status} />
          </li>
        ))}
      </ul>
    </article>
  );
}

/** A paginated table from `useContracts({ limit, offset })`. */
function ContractTable({ limit }: { limit: number }) {
  const [offset, setOffset] = useState(0);
  const format = useDemoFormat();
  const { data, isPending, isPlaceholderData } = useContracts(
    { limit, offset },
    { placeholderData: (previous) => previous },
  );
  if (isPending || !data) return <p role="status">불러오는 중…</p>;
  const last = Math.min(offset + limit, data.total);
  const { count, date, say } = format;
  return (
    <section aria-label={say('계약서 목록', 'Contract list')} aria-busy={isPlaceholderData}>
      <table>
        <caption>
          {say('계약서', 'Contracts')} {count(offset + 1)}–{count(last)} / {count(data.total)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{say('제목', 'Title')}</th>
            <th scope="col">{say('상태', 'Status')}</th>
            <th scope="col">{say('등록일', 'Created')}</th>
          </tr>
        </thead>
        <tbody>
          {data.contracts.map((contract) => (
            <tr key={contract.uuid}>
              <td>{contract.title}</td>
              <td>
                <Status kind="contract" value={contract.status} />
              </td>
              <td>{date(contract.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={offset === 0} onClick={() => setOffset(offset - limit)}>
        {say('이전', 'Previous')}
      </button>
      <button type="button" disabled={last >= data.total} onClick={() => setOffset(offset + limit)}>
        {say('다음', 'Next')}
      </button>
    </section>
  );
}

/** "Load more" from `useContractsInfinite`: pages are appended. */
function ContractFeed() {
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = useContractsInfinite({ limit: 2 });
  const contracts = data?.pages.flatMap((page) => page.contracts) ?? [];
  return (
    <section aria-label="계약서 피드">
      <ol>
        {contracts.map((contract) => (
          <li key={contract.uuid}>{contract.title}</li>
        ))}
      </ol>
      <button type="button" disabled={!hasNextPage || isFetchingNextPage} onClick={() => void fetchNextPage()}>
        {hasNextPage ? '더 보기' : '모두 불러왔습니다'}
      </button>
    </section>
  );
}

/** Download links of a concluded contract (`useConcludedFiles`). */
function ConcludedFiles({ uuid }: { uuid: string }) {
  const { data, error } = useConcludedFiles({ uuid });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p role="status">불러오는 중…</p>;
  return (
    <ul aria-label="체결 문서">
      <li>
        <a href={data.concludedFile}>체결된 계약서 (PDF)</a>
      </li>
      <li>
        <a href={data.certificate}>감사 추적 인증서</a>
      </li>
    </ul>
  );
}

/**
 * Tag editor: every tag (`useContractTags`), saved on a contract with `useSetContractTags`. The
 * kit returns no tags with a contract, so the list below filters by tag: it refetches on save.
 */
function TagEditor({ uuid, watchTag }: { uuid: string; watchTag: number }) {
  const tags = useContractTags();
  const save = useSetContractTags();
  const tagged = useContracts({ tagIds: [watchTag] });
  const [picked, setPicked] = useState<number[]>([]);
  if (!tags.data) return <p role="status">불러오는 중…</p>;
  const watched = tags.data.find((tag) => tag.id === watchTag)?.name;
  return (
    <form
      aria-label="태그"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ contractUuid: uuid, input: { tagIds: picked } });
      }}
    >
      <fieldset>
        <legend>계약서 태그</legend>
        {tags.data.map((tag) => (
          <label key={tag.id} style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={picked.includes(tag.id)}
              onChange={(event) =>
                setPicked(event.target.checked ? [...picked, tag.id] : picked.filter((id) => id !== tag.id))
              }
            />
            {tag.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={save.isPending}>
        저장
      </button>
      {save.isSuccess ? <p role="status">저장했습니다</p> : null}
      {save.error ? <p role="alert">{save.error.message}</p> : null}
      <section aria-label={`‘${watched}’ 태그 계약서`}>
        <h3>‘{watched}’ 태그 계약서</h3>
        <ul>
          {tagged.data?.contracts.map((contract) => (
            <li key={contract.uuid}>{contract.title}</li>
          ))}
        </ul>
      </section>
    </form>
  );
}

const meta = {
  title: 'Hooks/Contracts',
  parameters: {
    docs: {
      description: {
        component:
          'Contract reads and writes: `useContract` (by `uuid` or `customKey`), `useContracts` (a page), `useContractsInfinite` (load more), `useConcludedFiles`, `useContractTags` and `useSetContractTags`. Each story has its own seeded sandbox behind its own proxy.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const UseContract: Story = {
  name: 'useContract: contract card',
  render: () => <ContractCard lookup={{ uuid: seed.mou.contractUuid }} />,
  play: async ({ canvas }) => {
    const card = await canvas.findByRole('article', { name: seed.mou.title }, { timeout: 5000 });
    await expect(card).toHaveTextContent('전자서명 서명 대기');
    const participants = within(card).getAllByRole('listitem');
    await expect(participants).toHaveLength(2);
    await expect(participants[0]).toHaveTextContent('김지원 (test@prix.im): 서명 차례');
  },
};

export const UseContractByCustomKey: Story = {
  name: 'useContract: by customKey',
  render: () => <ContractCard lookup={{ customKey: seed.mou.customKey }} />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: seed.mou.title }, { timeout: 5000 })).toBeVisible();
  },
};

export const UseContractError: Story = {
  name: 'useContract: vendor error',
  render: () => <ContractCard lookup={{ uuid: seed.unknownUuid }} />,
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert.dataset.errorCode).toMatch(/^NOT_FOUND/);
  },
};

export const UseContractUnauthorized: Story = {
  name: 'useContract: unauthorized',
  parameters: { esignKit: { stack: { authorized: false } } },
  render: () => <ContractCard lookup={{ uuid: seed.mou.contractUuid }} />,
  play: async (context) => {
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveAttribute('data-error-code', 'ESIGN_KIT_FORBIDDEN');
    await expect(alert).toHaveTextContent('이 작업을 할 권한이 없습니다.');
    await expect(await sandboxRequests(stackOf(context))).toEqual([]);
  },
};

export const UseContractEnglish: Story = {
  name: 'useContract: English error message',
  globals: { locale: 'en' },
  parameters: { esignKit: { stack: { authorized: false } } },
  render: () => <ContractCard lookup={{ uuid: seed.mou.contractUuid }} />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'You are not allowed to do this.',
    );
  },
};

export const UseContractLoading: Story = {
  name: 'useContract: loading',
  parameters: { esignKit: { stack: { latencyMs: 60_000 } } },
  render: () => <ContractCard lookup={{ uuid: seed.mou.contractUuid }} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('불러오는 중…');
  },
};

export const UseContracts: Story = {
  name: 'useContracts: paginated table',
  render: () => <ContractTable limit={2} />,
  play: async ({ canvas, userEvent }) => {
    const table = await canvas.findByRole('table', {}, { timeout: 5000 });
    await expect(table).toHaveTextContent('계약서 1–2 / 5');
    await expect(within(table).getAllByRole('row')).toHaveLength(3);
    const first = within(table).getAllByRole('row')[1]?.textContent;
    await expect(canvas.getByRole('button', { name: '이전' })).toBeDisabled();
    await userEvent.click(canvas.getByRole('button', { name: '다음' }));
    await eventually(() => expect(canvas.getByRole('table')).toHaveTextContent('계약서 3–4 / 5'));
    // The second page came from the sandbox (`offset=2`): other rows.
    await eventually(() =>
      expect(within(canvas.getByRole('table')).getAllByRole('row')[1]?.textContent).not.toBe(first),
    );
    await eventually(() =>
      expect(canvas.getByRole('region', { name: '계약서 목록' })).toHaveAttribute('aria-busy', 'false'),
    );
    await userEvent.click(canvas.getByRole('button', { name: '다음' }));
    await eventually(() => expect(canvas.getByRole('table')).toHaveTextContent('계약서 5–5 / 5'));
    await expect(canvas.getByRole('button', { name: '다음' })).toBeDisabled();
  },
};

export const UseContractsInfinite: Story = {
  name: 'useContractsInfinite: load more',
  render: () => <ContractFeed />,
  play: async ({ canvas, userEvent }) => {
    const feed = await canvas.findByRole('region', { name: '계약서 피드' });
    await eventually(() => expect(within(feed).getAllByRole('listitem')).toHaveLength(2));
    await userEvent.click(canvas.getByRole('button', { name: '더 보기' }));
    await eventually(() => expect(within(feed).getAllByRole('listitem')).toHaveLength(4));
    await userEvent.click(canvas.getByRole('button', { name: '더 보기' }));
    await eventually(() => expect(within(feed).getAllByRole('listitem')).toHaveLength(5));
    await expect(canvas.getByRole('button', { name: '모두 불러왔습니다' })).toBeDisabled();
  },
};

export const UseConcludedFiles: Story = {
  name: 'useConcludedFiles: download links',
  render: () => <ConcludedFiles uuid={seed.concluded.contractUuid} />,
  play: async ({ canvas }) => {
    const pdf = (await canvas.findByRole(
      'link',
      { name: '체결된 계약서 (PDF)' },
      { timeout: 5000 },
    )) as HTMLAnchorElement;
    await expect(pdf.href).toMatch(/^https:\/\//);
    await expect(canvas.getByRole('link', { name: '감사 추적 인증서' })).toBeVisible();
  },
};

export const UseSetContractTags: Story = {
  name: 'useContractTags + useSetContractTags',
  render: () => <TagEditor uuid={seed.mou.contractUuid} watchTag={seed.tags.renewalDue} />,
  play: async (context) => {
    const { canvas, userEvent } = context;
    const form = await canvas.findByRole('form', { name: '태그' }, { timeout: 5000 });
    await expect(within(form).getAllByRole('checkbox')).toHaveLength(5);
    const tagged = within(form).getByRole('region', { name: '‘갱신 예정’ 태그 계약서' });
    await eventually(() =>
      expect(
        within(tagged)
          .queryAllByRole('listitem')
          .map((item) => item.textContent),
      ).not.toContain(seed.mou.title),
    );
    await userEvent.click(within(form).getByRole('checkbox', { name: '갱신 예정' }));
    await userEvent.click(within(form).getByRole('button', { name: '저장' }));
    await expect(await within(form).findByRole('status')).toHaveTextContent('저장했습니다');
    // Saved in the sandbox, and the filtered list refetched: the contract is in it now.
    await eventually(() =>
      expect(
        within(tagged)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toContain(seed.mou.title),
    );
    const state = await stackOf(context).control<{ contracts: { uuid: string; tagIds: number[] }[] }>('state');
    await expect(state.contracts.find((contract) => contract.uuid === seed.mou.contractUuid)?.tagIds).toEqual([
      seed.tags.renewalDue,
    ]);
  },
};
