import type { FindContractInput } from '@esign-kit/core';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/LocaleContext.js';
import type { AdminLocation } from '../navigation/adminLocation.js';
import { focusWhenRendered } from '../navigation/focusWhenRendered.js';
import { type HistoryMode, listIsBehind } from '../navigation/useAdminLocation.js';
import { useDemo } from '../shell/DemoContext.js';
import { TemplatePagesPanel } from '../templates/TemplatePagesPanel.js';
import { ContractCard } from './ContractCard.js';
import { ContractList, rowSelector } from './ContractList.js';
import { LookupForm } from './LookupForm.js';
import { RecordedReminders } from './RecordedReminders.js';

const contractKey = (contract: FindContractInput | null) =>
  contract ? (contract.uuid ? `uuid:${contract.uuid}` : `key:${contract.customKey}`) : '';

/**
 * Browse the tenant's contracts on the left; the chosen one, and what can be done with it, on the
 * right. On phones the chosen contract is a view of its own, with a way back to the list.
 * Opening a contract moves focus to its heading; going back puts it on the row it was opened from.
 */
export function ContractsScreen({
  location,
  navigate,
}: {
  location: AdminLocation;
  navigate: (next: AdminLocation, mode: HistoryMode) => void;
}) {
  const { t } = useI18n();
  const { config } = useDemo();
  const { contract } = location;
  const listRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const shown = useRef<FindContractInput | null>(null);
  const key = contractKey(contract);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `contract`.
  useEffect(() => {
    const previous = shown.current;
    shown.current = contract;
    if (contract && cardRef.current) return focusWhenRendered(cardRef.current, 'h2, .error-notice');
    if (!contract && previous && listRef.current) return focusRow(listRef.current, previous);
    return undefined;
  }, [key]);

  const open = (next: FindContractInput) => navigate({ ...location, contract: next }, 'push');
  const backToList = () => {
    // Back to the entry the contract was opened from, so the browser's Forward reopens it.
    if (listIsBehind()) window.history.back();
    else navigate({ ...location, contract: null }, 'replace');
  };

  return (
    <div className="contracts-screen">
      <div className="contracts-layout" data-view={contract ? 'detail' : 'list'}>
        <div className="contracts-browse" ref={listRef}>
          <ContractList
            selected={contract}
            onSelect={open}
            filters={location.filters}
            offset={location.offset}
            onFilters={(filters) => navigate({ ...location, filters, offset: 0 }, 'replace')}
            onOffset={(offset) => navigate({ ...location, offset }, 'replace')}
          />
          <TemplatePagesPanel />
        </div>
        <div className="contracts-detail">
          <div className="contracts-lookup">
            <LookupForm onLookup={open} />
          </div>
          {contract ? (
            <>
              <button type="button" className="back-to-list" onClick={backToList}>
                <span aria-hidden="true">← </span>
                {t.navigation.backToList}
              </button>
              <div className="contracts-card" ref={cardRef}>
                <ContractCard key={key} lookup={contract} />
              </div>
            </>
          ) : (
            <p className="card muted contracts-placeholder">{t.card.choose}</p>
          )}
          {config.sandbox ? (
            <div className="contracts-reminders">
              <RecordedReminders />
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** Focuses the list row of a contract that was open; the list's heading when it is not on this page. */
function focusRow(list: HTMLElement, contract: FindContractInput): () => void {
  const selector = rowSelector(contract);
  if (list.querySelector(selector) || !list.querySelector('table')) return focusWhenRendered(list, selector);
  return focusWhenRendered(list, 'h2');
}
