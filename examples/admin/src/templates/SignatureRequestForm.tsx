import type { FindContractInput, TemplateDetail } from '@esign-kit/core';
import { useCreateSignatureFromTemplate } from '@esign-kit/react';
import { type FormEvent, useId, useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { CustomerOptions } from './CustomerOptions.js';
import { ItemFields } from './ItemFields.js';
import { RoleFields } from './RoleFields.js';
import { emptyDraft, type RequestDraft, requesterItems, toRequestInput } from './requestDraft.js';

/**
 * A form built from a template (its roles and input items) that requests signatures through
 * `useCreateSignatureFromTemplate`, linked to one of the tenant's customers.
 */
export function SignatureRequestForm({
  template,
  onShowContract,
}: {
  template: TemplateDetail;
  onShowContract: (input: FindContractInput) => void;
}) {
  const { t } = useI18n();
  const { user } = useDemo();
  const id = useId();
  const create = useCreateSignatureFromTemplate();
  const [draft, setDraft] = useState<RequestDraft>(() => emptyDraft(template, user.tenant.primaryCustomerId));
  const set = (patch: Partial<RequestDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toRequestInput(template, draft));
  };
  const roles = [...template.participants].sort((a, b) => a.order - b.order);
  return (
    <form className="request-form" onSubmit={submit} aria-busy={create.isPending}>
      <div className="grid">
        <label htmlFor={`${id}-title`}>{t.request.contractTitle}</label>
        <input
          id={`${id}-title`}
          value={draft.title}
          required
          onChange={(event) => set({ title: event.target.value })}
        />
        <label htmlFor={`${id}-customer`}>{t.request.customer}</label>
        <select
          id={`${id}-customer`}
          value={draft.customerId}
          onChange={(event) => set({ customerId: Number(event.target.value) })}
        >
          <CustomerOptions customerIds={user.tenant.customerIds} />
        </select>
        <label htmlFor={`${id}-key`}>{t.request.customKey}</label>
        <input id={`${id}-key`} value={draft.customKey} onChange={(event) => set({ customKey: event.target.value })} />
        <label htmlFor={`${id}-expires`}>{t.request.expires}</label>
        <input
          id={`${id}-expires`}
          type="date"
          value={draft.expires}
          onChange={(event) => set({ expires: event.target.value })}
        />
      </div>
      {roles.map(({ role, order }) => (
        <RoleFields
          key={role}
          legend={t.request.role(role, order)}
          value={draft.roles[role] ?? { name: '', send: 'EMAIL', email: '', phone: '' }}
          onChange={(value) => set({ roles: { ...draft.roles, [role]: value } })}
        />
      ))}
      <ItemFields
        objects={requesterItems(template)}
        values={draft.items}
        onChange={(objectId, value) => set({ items: { ...draft.items, [objectId]: value } })}
      />
      <button type="submit" className="primary" disabled={create.isPending}>
        {t.request.submit}
      </button>
      {create.isPending ? <Progress label={t.request.working} /> : null}
      {create.isSuccess ? (
        <p role="status" className="ok">
          {t.request.done(create.variables.input.title)}{' '}
          <button type="button" className="link" onClick={() => onShowContract({ uuid: create.data.contract.uuid })}>
            {t.request.showContract}
          </button>
        </p>
      ) : null}
      {create.error ? <ErrorNotice error={create.error} /> : null}
    </form>
  );
}
