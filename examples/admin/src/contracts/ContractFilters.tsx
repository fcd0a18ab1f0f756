import { useContractTags } from '@esign-kit/react';
import { useI18n } from '../i18n/LocaleContext.js';
import type { ContractFilterValues } from './contractFilters.js';

/** Status, e-signature, tag and title filters of the contract list. */
export function ContractFilters({
  values,
  onChange,
}: {
  values: ContractFilterValues;
  onChange: (values: ContractFilterValues) => void;
}) {
  const { t } = useI18n();
  const tags = useContractTags();
  const set = (patch: Partial<ContractFilterValues>) => onChange({ ...values, ...patch });
  return (
    <fieldset className="filters">
      <legend>{t.list.filters}</legend>
      <label>
        {t.list.status}
        <select
          value={values.status}
          onChange={(event) => set({ status: event.target.value as ContractFilterValues['status'] })}
        >
          <option value="">{t.list.all}</option>
          <option value="CREATED">{t.status.contract.CREATED}</option>
          <option value="CONCLUDED">{t.status.contract.CONCLUDED}</option>
        </select>
      </label>
      <label>
        {t.list.signature}
        <select
          value={values.signature}
          onChange={(event) => set({ signature: event.target.value as ContractFilterValues['signature'] })}
        >
          <option value="">{t.list.all}</option>
          <option value="included">{t.list.withSignature}</option>
          <option value="excluded">{t.list.withoutSignature}</option>
        </select>
      </label>
      <label>
        {t.list.tag}
        <select
          value={values.tagId}
          onChange={(event) => set({ tagId: event.target.value === '' ? '' : Number(event.target.value) })}
        >
          <option value="">{t.list.anyTag}</option>
          {tags.data?.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.list.titleSearch}
        <input type="search" value={values.title} onChange={(event) => set({ title: event.target.value })} />
      </label>
    </fieldset>
  );
}
