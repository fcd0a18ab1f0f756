import type { FindContractInput } from '@esign-kit/core';
import { ContractDetailButton, useContract } from '@esign-kit/react';
import { useId, useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { formatDate } from '../common/formatDate.js';
import { Progress } from '../common/Progress.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useContractPageHint } from '../live/useContractPageHint.js';
import { useDemo } from '../shell/DemoContext.js';
import { SignatureSection } from './SignatureSection.js';
import { TagEditor } from './TagEditor.js';
import './contractDetail.css';

/** A contract from `useContract`: its facts, its e-signature and participants, and what can be done with it. */
export function ContractCard({ lookup }: { lookup: FindContractInput }) {
  const { t, locale } = useI18n();
  const { pageMode } = useDemo();
  const titleId = useId();
  const [pageNote, setPageNote] = useState<string | null>(null);
  // `live`: the status and the participants move on when someone signs elsewhere, without a click.
  const { data, error, isPending, isFetching } = useContract(lookup, { live: true });
  const pageHint = useContractPageHint(data?.contract.uuid);
  if (isPending) return <Progress label={t.card.loading} />;
  if (error) return <ErrorNotice error={error} />;
  const { contract } = data;
  const { startDate, endDate, concludedDate } = contract.contractDate;
  return (
    <section className="card contract-card" aria-labelledby={titleId} aria-busy={isFetching}>
      <div className="card-title">
        <h2 id={titleId}>{contract.title}</h2>
        <StatusBadge kind="contract" status={contract.status} />
        {isFetching ? <span className="muted">{t.card.refreshing}</span> : null}
      </div>
      <dl>
        <dt>uuid</dt>
        <dd>
          <code>{contract.uuid}</code>
        </dd>
        <dt>customKey</dt>
        <dd className="long-text">{contract.customKey ?? '—'}</dd>
        <dt>{t.card.customers}</dt>
        <dd>{contract.customers.map((customer) => customer.title).join(', ') || '—'}</dd>
        <dt>{t.card.created}</dt>
        <dd>{formatDate(contract.createdAt, locale, true)}</dd>
        <dt>{t.card.period}</dt>
        <dd>
          {formatDate(startDate, locale)} – {formatDate(endDate, locale)}
        </dd>
        <dt>{t.card.concluded}</dt>
        <dd>
          {formatDate(concludedDate, locale)}
          {contract.concludedFile ? (
            <>
              {' · '}
              <a href={contract.concludedFile} target="_blank" rel="noopener noreferrer">
                {t.card.concludedFile}
              </a>
            </>
          ) : null}
        </dd>
      </dl>
      <p className="actions">
        <ContractDetailButton
          input={{ contractUuid: contract.uuid }}
          mode={pageMode}
          onClick={pageHint.onClick}
          onError={pageHint.onError}
          onClose={() => {
            pageHint.onClose();
            setPageNote(t.card.pageDone);
          }}
          onComplete={() => {
            pageHint.onComplete();
            setPageNote(t.card.pageDone);
          }}
        >
          {t.card.detailPage}
        </ContractDetailButton>
        {pageNote ? <span role="status">{pageNote}</span> : null}
      </p>
      {contract.signature ? (
        <SignatureSection signature={contract.signature} concludedDate={concludedDate} />
      ) : (
        <p className="muted">{t.card.noSignature}</p>
      )}
      <TagEditor key={contract.uuid} contract={contract} />
    </section>
  );
}
