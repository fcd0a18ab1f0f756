import { useCustomer, useDeleteCustomer, useUpdateCustomer } from '@esign-kit/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { sessionQueryKey } from '../session/sessionApi.js';
import { CustomerForm } from './CustomerForm.js';
import { customerFields, draftOf } from './customerDraft.js';

/**
 * One of the tenant's customers: shown with `useCustomer`, edited and deleted with the hooks.
 * Focus follows the user: into the form when editing opens, to the confirm button when a delete
 * is asked, back to the button that opened either when it closes; after a delete the screen
 * moves it (`onDeleted`), since this row is gone.
 */
export function CustomerRow({
  customerId,
  primary,
  onDeleted,
}: {
  customerId: number;
  primary: boolean;
  onDeleted: (title: string) => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Which button gets focus back once the form or the question has closed (and it is rendered again).
  const returnFocus = useRef<'edit' | 'remove' | null>(null);
  const customer = useCustomer({ customerId });
  const update = useUpdateCustomer({
    onSuccess: () => {
      returnFocus.current = 'edit';
      setEditing(false);
    },
  });
  // A deleted customer leaves the tenant: the session (its customer ids) is read again.
  const remove = useDeleteCustomer({
    onSuccess: async () => {
      onDeleted(customer.data?.title ?? `#${customerId}`);
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (editing || confirming || !returnFocus.current) return;
    (returnFocus.current === 'edit' ? editButton : removeButton).current?.focus();
    returnFocus.current = null;
  });
  if (customer.isPending) return <Progress label={t.customers.loading} />;
  if (customer.error) return <ErrorNotice error={customer.error} />;
  const { data } = customer;
  const closeEditing = () => {
    returnFocus.current = 'edit';
    setEditing(false);
  };
  const closeConfirm = () => {
    returnFocus.current = 'remove';
    setConfirming(false);
  };
  return (
    <li className="customer" aria-label={data.title} data-customer-id={customerId}>
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
          error={update.error}
          autoFocus
          onSubmit={(draft) => update.mutate({ customerId, input: customerFields(draft) })}
        >
          <button type="button" onClick={closeEditing}>
            {t.customers.cancel}
          </button>
        </CustomerForm>
      ) : (
        <p className="actions">
          <button type="button" ref={editButton} onClick={() => setEditing(true)}>
            {t.customers.edit}
          </button>
          {primary ? null : (
            <button type="button" ref={removeButton} className="danger" onClick={() => setConfirming(true)}>
              {t.customers.remove}
            </button>
          )}
        </p>
      )}
      {confirming ? (
        <p
          className="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') closeConfirm();
          }}
        >
          {t.customers.removeConfirm(data.title)}{' '}
          <button
            type="button"
            ref={confirmButton}
            className="danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ customerId })}
          >
            {remove.isPending ? t.customers.removing : t.customers.remove}
          </button>
          <button type="button" onClick={closeConfirm}>
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
