import { useContractTags, useSetContractTags } from '@esign-kit/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { useI18n } from '../i18n/LocaleContext.js';

/** Sets a contract's tags from the business's tag list (`useContractTags` + `useSetContractTags`). */
export function TagEditor({ contractUuid }: { contractUuid: string }) {
  const { t } = useI18n();
  const tags = useContractTags();
  const save = useSetContractTags();
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ contractUuid, input: { tagIds: [...chosen] } });
  };
  if (tags.error) return <ErrorNotice error={tags.error} />;
  return (
    <form className="tags" onSubmit={submit}>
      <fieldset>
        <legend>{t.tags.title}</legend>
        <p className="muted">{t.tags.note}</p>
        {tags.data?.map((tag) => (
          <label key={tag.id} className="tag" data-color={tag.colorCode}>
            <input type="checkbox" checked={chosen.has(tag.id)} onChange={() => toggle(tag.id)} />
            {tag.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={save.isPending || !tags.data}>
        {save.isPending ? t.tags.saving : t.tags.save}
      </button>
      {save.isSuccess ? (
        <span role="status" className="ok">
          {' '}
          {t.tags.saved(save.variables.input.tagIds.length)}
        </span>
      ) : null}
      {save.error ? <ErrorNotice error={save.error} /> : null}
    </form>
  );
}
