import type { FindContractInput } from '@esign-kit/core';
import { useState } from 'react';
import { ContractsScreen } from '../contracts/ContractsScreen.js';
import { CreditStatusCard } from '../credits/CreditStatusCard.js';
import { CustomersScreen } from '../customers/CustomersScreen.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { RequestScreen } from '../templates/RequestScreen.js';
import { PageModeToggle } from './PageModeToggle.js';

type Screen = 'contracts' | 'request' | 'customers' | 'credits';
const screens: readonly Screen[] = ['contracts', 'request', 'customers', 'credits'];

/** The screens of the admin, one at a time; the contract being shown survives switching. */
export function AdminShell() {
  const { t } = useI18n();
  const [screen, setScreen] = useState<Screen>('contracts');
  const [selected, setSelected] = useState<FindContractInput | null>(null);
  const showContract = (input: FindContractInput) => {
    setSelected(input);
    setScreen('contracts');
  };
  return (
    <>
      <div className="shell-bar">
        <nav aria-label={t.nav.label} className="screens">
          {screens.map((name) => (
            <button
              key={name}
              type="button"
              aria-current={screen === name ? 'page' : undefined}
              onClick={() => setScreen(name)}
            >
              {t.nav[name]}
            </button>
          ))}
        </nav>
        <PageModeToggle />
      </div>
      {screen === 'contracts' ? <ContractsScreen selected={selected} onSelect={setSelected} /> : null}
      {screen === 'request' ? <RequestScreen onShowContract={showContract} /> : null}
      {screen === 'customers' ? <CustomersScreen /> : null}
      {screen === 'credits' ? <CreditStatusCard /> : null}
    </>
  );
}
