import type { FindContractInput } from '@esign-kit/core';
import { useEffect, useRef } from 'react';
import { ContractsScreen } from '../contracts/ContractsScreen.js';
import { CreditStatusCard } from '../credits/CreditStatusCard.js';
import { CustomersScreen } from '../customers/CustomersScreen.js';
import { EsignonScreen } from '../esignon/EsignonScreen.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { LiveStatus } from '../live/LiveStatus.js';
import { type Screen, screens } from '../navigation/adminLocation.js';
import { focusWhenRendered } from '../navigation/focusWhenRendered.js';
import { useAdminLocation } from '../navigation/useAdminLocation.js';
import { RequestScreen } from '../templates/RequestScreen.js';
import { PageModeToggle } from './PageModeToggle.js';
import './layout.css';

/** The screens with buttons that open Prix's pages: only they offer the tab-or-modal switch. */
const screensWithPages: readonly Screen[] = ['contracts', 'request'];

/**
 * The screens of the admin, one at a time, chosen by the URL (see `navigation/adminLocation.ts`).
 * Switching screens adds a history entry, so Back returns to the previous one; the list's filters
 * and the contract shown survive switching.
 */
export function AdminShell() {
  const { t } = useI18n();
  const [location, navigate] = useAdminLocation();
  const { screen } = location;
  const screenRef = useRef<HTMLDivElement>(null);
  const shownScreen = useRef<Screen | null>(null);

  // Another screen puts focus on its main heading, unless the screen has already placed it (the
  // contracts screen focuses a contract it opens). After sign-in, `App` places it.
  useEffect(() => {
    const container = screenRef.current;
    const previous = shownScreen.current;
    shownScreen.current = screen;
    // `previous === screen` on React's development re-run of a mount effect: nothing moved.
    if (!container || previous === null || previous === screen || container.contains(document.activeElement)) return;
    return focusWhenRendered(container, 'h2');
  }, [screen]);

  // The tab and the browser's history menu name the screen each entry is on; signed out, the
  // page's own title comes back.
  useEffect(() => {
    const before = document.title;
    document.title = `${t.nav[screen]} · ${t.app.title}`;
    return () => {
      document.title = before;
    };
  }, [screen, t]);

  const showContract = (contract: FindContractInput) =>
    navigate({ ...location, screen: 'contracts', contract }, 'push');
  return (
    <>
      <div className="shell-bar">
        <nav aria-label={t.nav.label} className="screens">
          {screens.map((name) => (
            <button
              key={name}
              type="button"
              aria-current={screen === name ? 'page' : undefined}
              onClick={() => navigate({ ...location, screen: name }, 'push')}
            >
              {t.nav[name]}
            </button>
          ))}
        </nav>
        <LiveStatus />
        {screensWithPages.includes(screen) ? <PageModeToggle /> : null}
      </div>
      <div ref={screenRef} className="admin-screen" data-screen={screen}>
        {screen === 'contracts' ? <ContractsScreen location={location} navigate={navigate} /> : null}
        {screen === 'request' ? <RequestScreen onShowContract={showContract} /> : null}
        {screen === 'customers' ? <CustomersScreen /> : null}
        {screen === 'credits' ? <CreditStatusCard /> : null}
        {screen === 'esignon' ? <EsignonScreen /> : null}
      </div>
    </>
  );
}
