import '@esign-kit/react/styles.css';
import { EsignKitProvider } from '@esign-kit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ContractView } from './ContractView.js';

interface AppConfig {
  /** Where the sandbox serves its hosted pages (its own origin, as Prix's are on theirs). */
  readonly pageOrigin: string;
  readonly contractUuid: string;
}

// The server tells the page where the sandbox runs: its port is picked at start.
const config = (await (await fetch('/app-config.json')).json()) as AppConfig;
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <EsignKitProvider
      proxyUrl="/api/esign"
      locale="en"
      pages={{ allowedOrigins: [config.pageOrigin], handshakeOrigins: [config.pageOrigin] }}
    >
      <ContractView uuid={config.contractUuid} />
    </EsignKitProvider>
  </StrictMode>,
);
