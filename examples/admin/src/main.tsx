import { EsignKitProvider } from '@esign-kit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <EsignKitProvider proxyUrl="/api/esign">
      <App />
    </EsignKitProvider>
  </StrictMode>,
);
