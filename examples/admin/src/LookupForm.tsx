import type { FindContractInput } from '@esign-kit/core';
import { type FormEvent, useState } from 'react';

const examples = [
  { label: 'uuid ed976505…', value: 'ed976505-bcbd-47bd-913d-f4cde05dea7a' },
  { label: 'customKey a4-k1234', value: 'a4-k1234' },
  { label: 'customKey CN-2025-001', value: 'CN-2025-001' },
];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One field for a uuid or a customKey: the form tells which it is. */
export function LookupForm({ onLookup }: { onLookup: (input: FindContractInput) => void }) {
  const [value, setValue] = useState(examples[0]?.value ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = value.trim();
    onLookup(uuidPattern.test(key) ? { uuid: key } : { customKey: key });
  };
  return (
    <form className="lookup" onSubmit={submit}>
      <label htmlFor="lookup-key">계약서 uuid 또는 customKey · Contract uuid or customKey</label>
      <div className="lookup-row">
        <input id="lookup-key" value={value} onChange={(event) => setValue(event.target.value)} required />
        <button type="submit">조회 · Look up</button>
      </div>
      <p className="examples">
        예시 · Examples:{' '}
        {examples.map((example) => (
          <button key={example.value} type="button" className="link" onClick={() => setValue(example.value)}>
            {example.label}
          </button>
        ))}
      </p>
    </form>
  );
}
