import { type FindContractInput, pageInfo } from '@esign-kit/core';
import { useContracts } from '@esign-kit/react';
import { useDeferredValue } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { formatDate } from '../common/formatDate.js';
import { Pager } from '../common/Pager.js';
import { Progress } from '../common/Progress.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { ContractFilters } from './ContractFilters.js';
import { type ContractFilterValues, contractListInput, pageSize } from './contractFilters.js';
import './contractList.css';

/** The CSS selector of a contract's row button, by the uuid or customKey it was opened with. */
export function rowSelector(contract: FindContractInput): string {
  return contract.uuid
    ? `[data-contract-uuid="${CSS.escape(contract.uuid)}"]`
    : `[data-contract-key="${CSS.escape(contract.customKey ?? '')}"]`;
}

/**
 * The tenant's contracts, filtered and paged with `useContracts`; the previous page stays while
 * the next loads. Filters and page are the caller's (they live in the URL). Long titles and keys
 * wrap inside their cell and are cut after two lines, with the full text in a tooltip.
 */
export function ContractList({
  selected,
  onSelect,
  filters,
  offset,
  onFilters,
  onOffset,
}: {
  selected: FindContractInput | null;
  onSelect: (contract: FindContractInput) => void;
  filters: ContractFilterValues;
  offset: number;
  onFilters: (filters: ContractFilterValues) => void;
  onOffset: (offset: number) => void;
}) {
  const { t, locale } = useI18n();
  const { user } = useDemo();
  const deferredFilters = useDeferredValue(filters);
  // `live`: a row's status changes when its participants sign elsewhere (another window, a phone).
  const list = useContracts(contractListInput(user.tenant.customerIds, deferredFilters, offset), { live: true });
  const { data } = list;
  const isSelected = (uuid: string, customKey: string | null | undefined) =>
    selected?.uuid === uuid || (selected?.customKey !== undefined && selected.customKey === customKey);
  return (
    <section className="card contract-list-card" aria-labelledby="contract-list-title">
      <h2 id="contract-list-title">{t.list.title}</h2>
      <ContractFilters values={filters} onChange={onFilters} />
      {list.isPending ? <Progress label={t.app.loading} /> : null}
      {list.error ? <ErrorNotice error={list.error} /> : null}
      {data ? (
        <>
          <table className="contract-list" aria-busy={list.isPlaceholderData}>
            <colgroup>
              <col className="contract-list-title-col" />
              <col className="contract-list-status-col" />
              <col className="contract-list-date-col" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t.list.columns.title}</th>
                <th scope="col">{t.list.columns.status}</th>
                <th scope="col">{t.list.columns.created}</th>
              </tr>
            </thead>
            <tbody>
              {data.contracts.map((contract) => {
                const key = contract.customKey ?? contract.uuid;
                return (
                  <tr
                    key={contract.uuid}
                    aria-current={isSelected(contract.uuid, contract.customKey) ? 'true' : undefined}
                  >
                    <td className="contract-list-name">
                      <button
                        type="button"
                        className="link contract-list-open"
                        aria-label={t.list.open(contract.title)}
                        title={contract.title}
                        data-contract-uuid={contract.uuid}
                        data-contract-key={contract.customKey ?? undefined}
                        onClick={() => onSelect({ uuid: contract.uuid })}
                      >
                        {contract.title}
                      </button>
                      <small className="muted contract-list-key" title={key}>
                        {key}
                      </small>
                    </td>
                    <td className="contract-list-status">
                      <StatusBadge kind="contract" status={contract.status} />{' '}
                      {contract.signature ? <StatusBadge kind="signature" status={contract.signature.status} /> : null}
                    </td>
                    <td className="contract-list-date">{formatDate(contract.createdAt, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {data.contracts.length === 0 ? <p className="muted">{t.list.empty}</p> : null}
          {list.isPlaceholderData || (list.isFetching && !list.isPending) ? <Progress label={t.list.updating} /> : null}
          <Pager
            page={pageInfo({ total: data.total, limit: pageSize, offset })}
            total={data.total}
            onOffset={onOffset}
          />
        </>
      ) : null}
    </section>
  );
}
