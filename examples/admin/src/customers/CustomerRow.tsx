import { useCustomer, useDeleteCustomer, useUpdateCustomer } from '@esign-kit/react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { sessionQueryKey } from '../session/sessionApi.js';
import { CustomerForm } from './CustomerForm.js';
import { customerFields, draftOf } from './customerDraft.js';

/** One of the tenant's customers: shown with `useCustomer`, edited and deleted with the hooks. */
export function CustomerRow({ customerId, primary }: { customerId: number; primary: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const customer = useCustomer({ customerId });
  const update = useUpdateCustomer({ onSuccess: () => setEditing(false) });
  // A deleted customer leaves the tenant: the session (its customer ids) is read again.
  const remove = useDeleteCustomer({ onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }) });
  if (customer.isPending) return <Progress label={t.customers.loading} />;
  if (customer.error) return <ErrorNotice error={customer.error} />;
  const { data } = customer;
  return (
    <li className="customer" aria-label={data.title}>
      <p>
        <strong>{data.title}</strong> {primary ? <span className="badge">{t.customers.primary}</span> : null}
        <br />
        <small className="muted">{[data.customKey, data.ceo, data.address].filter(Boolean).join(' · ') || '—'}</small>
      </p>
      {editing ? (
        <CustomerForm
          initial={draftOf(data)}
          submitLabel={update.isPending ? t.customers.saving : t.customers.save}
          busy={update.isPending}
          onSubmit={(draft) => update.mutate({ customerId, input: customerFields(draft) })}
        >
          <button type="button" onClick={() => setEditing(false)}>
            {t.customers.cancel}
          </button>
        </CustomerForm>
      ) : (
        <p className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t.customers.edit}
          </button>
          {primary ? null : (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t.customers.remove}
            </button>
          )}
        </p>
      )}
      {confirming ? (
        <p className="confirm">
          {t.customers.removeConfirm(data.title)}{' '}
          <button
            type="button"
            className="danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ customerId })}
          >
            {remove.isPending ? t.customers.removing : t.customers.remove}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t.customers.cancel}
          </button>
        </p>
      ) : null}
      {update.isSuccess && !editing ? (
        <p role="status" className="ok">
          {t.customers.saved}
        </p>
      ) : null}
      {update.error ? <ErrorNotice error={update.error} /> : null}
      {remove.error ? <ErrorNotice error={remove.error} /> : null}
    </li>
  );
}
