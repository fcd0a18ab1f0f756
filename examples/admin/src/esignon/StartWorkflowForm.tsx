import { useStartEsignonWorkflow } from '@esign-kit/react/esignon';
import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../i18n/LocaleContext.js';
import { EsignonErrorNotice } from './EsignonErrorNotice.js';
import { checkStartDraft, emptyStartDraft, type StartDraft, type StartProblems, startInputOf } from './startDraft.js';
import { TextField } from './TextField.js';
import '../forms/forms.css';

/**
 * Starts a contract from template 101 for two signers in embed mode (`useStartEsignonWorkflow`):
 * one start per press (the hook sends one idempotency key per action). Problems are found before
 * sending, shown under their fields and counted at the top; the first one gets focus.
 */
export function StartWorkflowForm({ onStarted }: { onStarted: (workflowId: string) => void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const start = useStartEsignonWorkflow();
  const [draft, setDraft] = useState<StartDraft>(emptyStartDraft);
  const [tried, setTried] = useState(false);
  const problems: StartProblems = tried ? checkStartDraft(draft) : {};
  const count = Object.keys(problems).length;
  const inputId = (key: string) => `${id}-${key.replaceAll(':', '-')}`;
  const problemOf = (key: string) => {
    const problem = problems[key];
    return problem ? t.esignon.start.problems[problem] : undefined;
  };
  const setSigner = (index: number, patch: Partial<StartDraft['signers'][number]>) =>
    setDraft((current) => ({
      ...current,
      signers: current.signers.map((signer, at) => (at === index ? { ...signer, ...patch } : signer)),
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const found = Object.keys(checkStartDraft(draft));
    if (found[0]) {
      document.getElementById(inputId(found[0]))?.focus();
      return;
    }
    start.mutate(startInputOf(draft, locale === 'ko' ? 'ko-KR' : 'en-US'), {
      onSuccess: (data) => {
        setDraft(emptyStartDraft);
        setTried(false);
        onStarted(data.workflowId);
      },
    });
  };

  return (
    <form className="esignon-start" onSubmit={submit} aria-busy={start.isPending} noValidate>
      <h3>{t.esignon.start.title}</h3>
      {count > 0 ? (
        <p className="error-summary" data-error-summary>
          <strong>{t.esignon.start.problems.summary(count)}</strong>
        </p>
      ) : null}
      <p className="esignon-template">
        <span className="muted">{t.esignon.start.template}</span> {t.esignon.start.templateName}
      </p>
      <TextField
        id={inputId('title')}
        label={t.esignon.start.contractTitle}
        hint={t.esignon.start.titleHint}
        value={draft.title}
        problem={problemOf('title')}
        onChange={(title) => setDraft((current) => ({ ...current, title }))}
      />
      {draft.signers.map((signer, index) => (
        // Two fixed rows, in signing order: the index is the signer's identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: the rows never move
        <fieldset key={index} className="esignon-signer">
          <legend>{t.esignon.start.signer(index + 1)}</legend>
          <TextField
            id={inputId(`signer:${index}:name`)}
            label={t.esignon.start.name}
            value={signer.name}
            autoComplete="off"
            problem={problemOf(`signer:${index}:name`)}
            onChange={(name) => setSigner(index, { name })}
          />
          <TextField
            id={inputId(`signer:${index}:contact`)}
            label={t.esignon.start.contact}
            hint={index === 0 ? t.esignon.start.contactHint : undefined}
            value={signer.contact}
            autoComplete="off"
            problem={problemOf(`signer:${index}:contact`)}
            onChange={(contact) => setSigner(index, { contact })}
          />
        </fieldset>
      ))}
      <fieldset className="esignon-signer">
        <legend>{t.esignon.start.fields}</legend>
        <TextField
          id={inputId('workplace')}
          label={t.esignon.start.workplace}
          value={draft.workplace}
          onChange={(workplace) => setDraft((current) => ({ ...current, workplace }))}
        />
        <TextField
          id={inputId('wage')}
          label={t.esignon.start.wage}
          value={draft.wage}
          inputMode="numeric"
          onChange={(wage) => setDraft((current) => ({ ...current, wage }))}
        />
      </fieldset>
      {start.error ? <EsignonErrorNotice error={start.error} /> : null}
      <button type="submit" disabled={start.isPending}>
        {start.isPending ? t.esignon.start.working : t.esignon.start.submit}
      </button>
    </form>
  );
}
