import { pageInfo } from '@esign-kit/core';
import { useContracts } from '@esign-kit/react';
import { useDeferredValue, useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { formatDate } from '../common/formatDate.js';
import { Pager } from '../common/Pager.js';
import { Progress } from '../common/Progress.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { ContractFilters } from './ContractFilters.js';
import { contractListInput, noFilters, pageSize } from './contractFilters.js';

/** The tenant's contracts, filtered and paged with `useContracts`; the previous page stays while the next loads. */
export function ContractList({
  selectedUuid,
  onSelect,
}: {
  selectedUuid: string | undefined;
  onSelect: (uuid: string) => void;
}) {
  const { t, locale } = useI18n();
  const { user } = useDemo();
  const [filters, setFilters] = useState(noFilters);
  const [offset, setOffset] = useState(0);
  const deferredFilters = useDeferredValue(filters);
  const list = useContracts(contractListInput(user.tenant.customerIds, deferredFilters, offset));
  const { data } = list;
  return (
    <section className="card" aria-labelledby="contract-list-title">
      <h2 id="contract-list-title">{t.list.title}</h2>
      <ContractFilters
        values={filters}
        onChange={(next) => {
          setFilters(next);
          setOffset(0);
        }}
      />
      {list.isPending ? <Progress label={t.app.loading} /> : null}
      {list.error ? <ErrorNotice error={list.error} /> : null}
      {data ? (
        <>
          <table className="contract-list" aria-busy={list.isPlaceholderData}>
            <thead>
              <tr>
                <th>{t.list.columns.title}</th>
                <th>{t.list.columns.status}</th>
                <th>{t.list.columns.created}</th>
              </tr>
            </thead>
            <tbody>
              {data.contracts.map((contract) => (
                <tr key={contract.uuid} aria-current={contract.uuid === selectedUuid ? 'true' : undefined}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-label={t.list.open(contract.title)}
                      onClick={() => onSelect(contract.uuid)}
                    >
                      {contract.title}
                    </button>
                    <br />
                    <small className="muted">{contract.customKey ?? contract.uuid}</small>
                  </td>
                  <td>
                    <StatusBadge kind="contract" status={contract.status} />{' '}
                    {contract.signature ? <StatusBadge kind="signature" status={contract.signature.status} /> : null}
                  </td>
                  <td>{formatDate(contract.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.contracts.length === 0 ? <p className="muted">{t.list.empty}</p> : null}
          {list.isPlaceholderData || (list.isFetching && !list.isPending) ? <Progress label={t.list.updating} /> : null}
          <Pager
            page={pageInfo({ total: data.total, limit: pageSize, offset })}
            total={data.total}
            onOffset={setOffset}
          />
        </>
      ) : null}
    </section>
  );
}
