import type { FindContractInput } from '@esign-kit/core';
import { type FormEvent, useState } from 'react';
import { FieldError, fieldAria } from '../forms/FieldError.js';
import type { FieldProblem } from '../forms/fieldRules.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { lookupExamples } from './lookupExamples.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One field for a uuid or a customKey: the form tells which it is. An empty field says so under it. */
export function LookupForm({ onLookup }: { onLookup: (input: FindContractInput) => void }) {
  const { t } = useI18n();
  const { user } = useDemo();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<FieldProblem | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = value.trim();
    if (!key) {
      setProblem({ kind: 'required' });
      document.getElementById('lookup-key')?.focus();
      return;
    }
    setProblem(undefined);
    onLookup(uuidPattern.test(key) ? { uuid: key.toLowerCase() } : { customKey: key });
  };
  return (
    <form className="card lookup" onSubmit={submit} noValidate>
      <label htmlFor="lookup-key">{t.lookup.label}</label>
      <div className="lookup-row">
        <input
          id="lookup-key"
          value={value}
          required
          autoComplete="off"
          spellCheck={false}
          {...fieldAria('lookup-key', problem)}
          onChange={(event) => {
            setValue(event.target.value);
            if (event.target.value.trim()) setProblem(undefined);
          }}
        />
        <button type="submit" className="primary">
          {t.lookup.submit}
        </button>
      </div>
      <FieldError inputId="lookup-key" problem={problem} />
      <p className="muted">
        {t.lookup.hint} {t.lookup.examples}:{' '}
        {(lookupExamples[user.tenant.id] ?? []).map((example) => (
          <button key={example.key} type="button" className="link" onClick={() => setValue(example.key)}>
            {example.key.length > 20 ? `${example.key.slice(0, 8)}…` : example.key}
            {example.own ? '' : ' ✕'}
          </button>
        ))}
      </p>
    </form>
  );
}
