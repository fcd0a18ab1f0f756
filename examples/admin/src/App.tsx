import type { FindContractInput } from '@esign-kit/core';
import { useState } from 'react';
import { ContractCard } from './ContractCard.js';
import { LookupForm } from './LookupForm.js';
import { RecordedReminders } from './RecordedReminders.js';

/** The demo screen: look a contract up, then remind its participants. */
export function App() {
  const [lookup, setLookup] = useState<FindContractInput | null>(null);
  return (
    <main className="demo">
      <header>
        <h1>
          esign-kit <small>계약서 조회 · Contract lookup</small>
        </h1>
        <p>
          이 화면은 프록시(<code>/api/esign</code>)를 거쳐 샌드박스와 통신합니다. API 키는 브라우저에 없습니다.
          <br />
          This page talks to the sandbox through the proxy; the API key never reaches the browser.
        </p>
      </header>
      <LookupForm onLookup={setLookup} />
      {lookup ? <ContractCard lookup={lookup} /> : null}
      <RecordedReminders />
    </main>
  );
}
