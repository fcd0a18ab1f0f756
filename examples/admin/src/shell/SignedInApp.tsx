import { createEsignClient, type LaunchMode } from '@esign-kit/core';
import { EsignKitProvider, type PageSettings } from '@esign-kit/react';
import { EsignEventsProvider } from '@esign-kit/react/events';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/LocaleContext.js';
import { livePollSeconds } from '../live/liveSettings.js';
import type { DemoConfig, SessionUser } from '../session/sessionApi.js';
import { AdminShell } from './AdminShell.js';
import { DemoContext } from './DemoContext.js';

/**
 * The esign-kit provider for a signed-in user: one client per language (error messages and page
 * button labels follow it), hosted pages allowed from the sandbox's origin or Prix's, and one
 * live status stream for every screen (the list, the open contract, the eSignon workflow).
 */
export function SignedInApp({ user, config }: { user: SessionUser; config: DemoConfig }) {
  const { locale } = useI18n();
  const [pageMode, setPageMode] = useState<LaunchMode>('tab');
  const client = useMemo(() => createEsignClient({ baseUrl: '/api/esign', locale }), [locale]);
  const pages = useMemo<PageSettings>(
    () => ({
      allowedOrigins: [config.pageOrigin],
      // The sandbox's pages say when they are ready in a frame; Prix's do not.
      handshakeOrigins: config.sandbox ? [config.pageOrigin] : [],
    }),
    [config],
  );
  const demo = useMemo(() => ({ user, config, pageMode, setPageMode }), [user, config, pageMode]);
  return (
    <EsignKitProvider client={client} pages={pages}>
      <EsignEventsProvider pollInterval={livePollSeconds * 1000}>
        <DemoContext.Provider value={demo}>
          <AdminShell />
        </DemoContext.Provider>
      </EsignEventsProvider>
    </EsignKitProvider>
  );
}
