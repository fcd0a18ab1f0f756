import type { SendChannel } from '@esign-kit/core';
import { useId } from 'react';
import { FieldError, fieldAria } from '../forms/FieldError.js';
import { type FieldProblem, phonePattern } from '../forms/fieldRules.js';
import { useI18n } from '../i18n/LocaleContext.js';
import type { RoleDraft } from './requestDraft.js';

/**
 * The participant for one role of the template: name, and how Prix reaches them. The form owns the
 * ids of the name and address fields, so its error summary can lead to them.
 */
export function RoleFields({
  legend,
  nameId,
  addressId,
  problems,
  value,
  onChange,
}: {
  legend: string;
  nameId: string;
  addressId: string;
  problems: { readonly name?: FieldProblem | undefined; readonly address?: FieldProblem | undefined };
  value: RoleDraft;
  onChange: (value: RoleDraft) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const set = (patch: Partial<RoleDraft>) => onChange({ ...value, ...patch });
  const byEmail = value.send === 'EMAIL';
  return (
    <fieldset className="role">
      <legend>{legend}</legend>
      <label htmlFor={nameId}>{t.request.name}</label>
      <div className="field-control">
        <input
          id={nameId}
          value={value.name}
          required
          autoComplete="off"
          {...fieldAria(nameId, problems.name)}
          onChange={(event) => set({ name: event.target.value })}
        />
        <FieldError inputId={nameId} problem={problems.name} />
      </div>
      <label htmlFor={`${id}-send`}>{t.request.send}</label>
      <select
        id={`${id}-send`}
        value={value.send}
        onChange={(event) => set({ send: event.target.value as SendChannel })}
      >
        <option value="EMAIL">{t.request.email}</option>
        <option value="PHONE">{t.request.phone}</option>
      </select>
      <label htmlFor={addressId}>{byEmail ? t.request.email : t.request.phone}</label>
      <div className="field-control">
        <input
          id={addressId}
          type={byEmail ? 'email' : 'tel'}
          inputMode={byEmail ? 'email' : 'tel'}
          pattern={byEmail ? undefined : phonePattern}
          required
          placeholder={byEmail ? 'name@example.com' : '010-1234-5678'}
          value={byEmail ? value.email : value.phone}
          {...fieldAria(addressId, problems.address)}
          onChange={(event) => set(byEmail ? { email: event.target.value } : { phone: event.target.value })}
        />
        <FieldError inputId={addressId} problem={problems.address} />
      </div>
    </fieldset>
  );
}
