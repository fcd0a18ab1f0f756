import type { FindContractInput } from '@esign-kit/core';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { TemplatePagesPanel } from '../templates/TemplatePagesPanel.js';
import { ContractCard } from './ContractCard.js';
import { ContractList } from './ContractList.js';
import { LookupForm } from './LookupForm.js';
import { RecordedReminders } from './RecordedReminders.js';

/** Browse the tenant's contracts on the left; the chosen one, and what can be done with it, on the right. */
export function ContractsScreen({
  selected,
  onSelect,
}: {
  selected: FindContractInput | null;
  onSelect: (input: FindContractInput) => void;
}) {
  const { t } = useI18n();
  const { config } = useDemo();
  return (
    <div className="contracts-layout">
      <div>
        <ContractList selectedUuid={selected?.uuid} onSelect={(uuid) => onSelect({ uuid })} />
        <TemplatePagesPanel />
      </div>
      <div>
        <LookupForm onLookup={onSelect} />
        {selected ? (
          <ContractCard key={selected.uuid ?? selected.customKey} lookup={selected} />
        ) : (
          <p className="card muted">{t.card.choose}</p>
        )}
        {config.sandbox ? <RecordedReminders /> : null}
      </div>
    </div>
  );
}
