import { useCreateCustomer } from '@esign-kit/react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { formTexts } from '../forms/formTexts.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { sessionQueryKey } from '../session/sessionApi.js';
import { useDemo } from '../shell/DemoContext.js';
import { CustomerForm } from './CustomerForm.js';
import { CustomerRow } from './CustomerRow.js';
import { customerFields, emptyCustomer } from './customerDraft.js';

/** What the screen last did, said in its one status line. */
type Notice = { readonly kind: 'created' | 'deleted'; readonly title: string };

/**
 * The tenant's customers. A customer created here becomes the tenant's (the server books it from
 * the proxy's answer), so the session is refetched to pick its id up. One status line under the
 * heading says what was created or deleted: after a create, focus moves to it (the form was
 * emptied under the user); after a delete (its row is gone), to the list's heading above it.
 */
export function CustomersScreen() {
  const { t, locale } = useI18n();
  const { user } = useDemo();
  const queryClient = useQueryClient();
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const create = useCreateCustomer({
    onSuccess: async (created) => {
      setFormKey((key) => key + 1);
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      setNotice({ kind: 'created', title: created.title });
      status.current?.focus();
    },
  });
  const onDeleted = (title: string) => {
    setNotice({ kind: 'deleted', title });
    heading.current?.focus();
  };
  return (
    <section className="card" aria-labelledby="customers-title">
      <h2 id="customers-title" ref={heading} tabIndex={-1}>
        {t.customers.title}
      </h2>
      <p className="muted">{t.customers.intro}</p>
      <p role="status" ref={status} tabIndex={-1} className={notice ? 'ok' : undefined} data-notice={notice?.kind}>
        {notice?.kind === 'created' ? t.customers.created(notice.title) : null}
        {notice?.kind === 'deleted' ? formTexts[locale].removed(notice.title) : null}
      </p>
      <ul className="customers">
        {user.tenant.customerIds.map((id) => (
          <CustomerRow key={id} customerId={id} primary={id === user.tenant.primaryCustomerId} onDeleted={onDeleted} />
        ))}
      </ul>
      <h3>{t.customers.add}</h3>
      <CustomerForm
        key={formKey}
        initial={emptyCustomer}
        submitLabel={create.isPending ? t.customers.creating : t.customers.create}
        busy={create.isPending}
        error={create.error}
        onSubmit={(draft) => create.mutate({ input: customerFields(draft) })}
      />
      {create.error ? <ErrorNotice error={create.error} /> : null}
    </section>
  );
}
