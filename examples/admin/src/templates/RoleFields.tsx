import type { SendChannel } from '@esign-kit/core';
import { useId } from 'react';
import { useI18n } from '../i18n/LocaleContext.js';
import type { RoleDraft } from './requestDraft.js';

/** The participant for one role of the template: name, and how Prix reaches them. */
export function RoleFields({
  legend,
  value,
  onChange,
}: {
  legend: string;
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
      <label htmlFor={`${id}-name`}>{t.request.name}</label>
      <input id={`${id}-name`} value={value.name} required onChange={(event) => set({ name: event.target.value })} />
      <label htmlFor={`${id}-send`}>{t.request.send}</label>
      <select
        id={`${id}-send`}
        value={value.send}
        onChange={(event) => set({ send: event.target.value as SendChannel })}
      >
        <option value="EMAIL">{t.request.email}</option>
        <option value="PHONE">{t.request.phone}</option>
      </select>
      <label htmlFor={`${id}-address`}>{byEmail ? t.request.email : t.request.phone}</label>
      <input
        id={`${id}-address`}
        type={byEmail ? 'email' : 'tel'}
        required
        placeholder={byEmail ? 'name@example.com' : '010-1234-5678'}
        value={byEmail ? value.email : value.phone}
        onChange={(event) => set(byEmail ? { email: event.target.value } : { phone: event.target.value })}
      />
    </fieldset>
  );
}
