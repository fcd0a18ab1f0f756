import { EsignKitProvider } from '@esign-kit/react';
import { ContractView } from './ContractView';

// A server component: it imports `@esign-kit/react` and renders the provider around a client view.
export const dynamic = 'force-dynamic';

export default function Home() {
  const pageOrigin = process.env.SANDBOX_URL ?? '';
  return (
    // No `locale`: the default must render the same here as on the browser's first render.
    <EsignKitProvider proxyUrl="/api/esign" pages={{ allowedOrigins: [pageOrigin], handshakeOrigins: [pageOrigin] }}>
      <p>Rendered by a server component.</p>
      <ContractView uuid="ed976505-bcbd-47bd-913d-f4cde05dea7a" />
    </EsignKitProvider>
  );
}
