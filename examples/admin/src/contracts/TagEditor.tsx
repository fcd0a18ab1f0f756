import type { Contract, EsignKitError } from '@esign-kit/core';
import { useContractTags, useSetContractTags } from '@esign-kit/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useCurrentTags } from './useCurrentTags.js';

/**
 * A contract's tags (`useContractTags` + `useSetContractTags`): the boxes start from the tags the
 * contract has now (found through the list's tag filter, `useCurrentTags`), so saving keeps what
 * was not touched; saving with none ticked asks first, as it removes every tag.
 */
export function TagEditor({ contract }: { contract: Pick<Contract, 'uuid' | 'title'> }) {
  const { t } = useI18n();
  const tags = useContractTags();
  const current = useCurrentTags(
    contract,
    tags.data?.map((tag) => tag.id),
  );
  const save = useSetContractTags();
  // `null` until the user ticks something: the boxes show the current tags.
  const [edited, setEdited] = useState<ReadonlySet<number> | null>(null);
  const [confirming, setConfirming] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const confirmId = useId();
  // Focus moves to the question's answer, so it is heard and Enter does not save by surprise.
  useEffect(() => {
    if (confirming) clearButton.current?.focus();
  }, [confirming]);
  const chosen = edited ?? current.tagIds ?? new Set<number>();
  const ready = tags.data !== undefined && current.tagIds !== undefined;
  const toggle = (id: number) => {
    setConfirming(false);
    setEdited(() => {
      const next = new Set(chosen);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  };
  const send = () => {
    setConfirming(false);
    save.mutate({ contractUuid: contract.uuid, input: { tagIds: [...chosen] } });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.size === 0) setConfirming(true);
    else send();
  };
  const stopConfirming = () => {
    setConfirming(false);
    saveButton.current?.focus();
  };
  if (tags.error) return <ErrorNotice error={tags.error} />;
  return (
    <form className="tags" onSubmit={submit} aria-busy={!ready}>
      <fieldset disabled={!ready || save.isPending}>
        <legend>{t.tags.title}</legend>
        <p className="muted">{t.tags.note}</p>
        {tags.data?.map((tag) => (
          <label key={tag.id} className="tag" data-color={tag.colorCode}>
            <input type="checkbox" checked={chosen.has(tag.id)} onChange={() => toggle(tag.id)} />
            {tag.name}
          </label>
        ))}
        {tags.data?.length === 0 ? <p className="muted">{t.detail.tags.none}</p> : null}
      </fieldset>
      {!ready && !current.error ? <Progress label={t.detail.tags.finding} /> : null}
      {current.error ? <ErrorNotice error={current.error as EsignKitError} /> : null}
      <button ref={saveButton} type="submit" disabled={save.isPending || !ready || confirming}>
        {save.isPending ? t.tags.saving : t.tags.save}
      </button>
      {confirming ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby={confirmId}
          onKeyDown={(event) => {
            if (event.key === 'Escape') stopConfirming();
          }}
        >
          <p id={confirmId}>{t.detail.tags.confirmClear}</p>
          <button type="button" className="danger" ref={clearButton} onClick={send}>
            {t.detail.tags.clearYes}
          </button>{' '}
          <button type="button" onClick={stopConfirming}>
            {t.detail.tags.clearNo}
          </button>
        </div>
      ) : null}
      {save.isSuccess && !confirming ? (
        <span role="status" className="ok">
          {' '}
          {t.tags.saved(save.variables.input.tagIds.length)}
        </span>
      ) : null}
      {save.error ? <ErrorNotice error={save.error} /> : null}
    </form>
  );
}
