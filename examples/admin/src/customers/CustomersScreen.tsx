import { useCreateCustomer } from '@esign-kit/react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { sessionQueryKey } from '../session/sessionApi.js';
import { useDemo } from '../shell/DemoContext.js';
import { CustomerForm } from './CustomerForm.js';
import { CustomerRow } from './CustomerRow.js';
import { customerFields, emptyCustomer } from './customerDraft.js';

/**
 * The tenant's customers. A customer created here becomes the tenant's (the server books it from
 * the proxy's answer), so the session is refetched to pick its id up.
 */
export function CustomersScreen() {
  const { t } = useI18n();
  const { user } = useDemo();
  const queryClient = useQueryClient();
  const [formKey, setFormKey] = useState(0);
  const create = useCreateCustomer({
    onSuccess: async () => {
      setFormKey((key) => key + 1);
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
  return (
    <section className="card" aria-labelledby="customers-title">
      <h2 id="customers-title">{t.customers.title}</h2>
      <p className="muted">{t.customers.intro}</p>
      <ul className="customers">
        {user.tenant.customerIds.map((id) => (
          <CustomerRow key={id} customerId={id} primary={id === user.tenant.primaryCustomerId} />
        ))}
      </ul>
      <h3>{t.customers.add}</h3>
      <CustomerForm
        key={formKey}
        initial={emptyCustomer}
        submitLabel={create.isPending ? t.customers.creating : t.customers.create}
        busy={create.isPending}
        onSubmit={(draft) => create.mutate({ input: customerFields(draft) })}
      />
      {create.isSuccess ? (
        <p role="status" className="ok">
          {t.customers.created(create.data.title)}
        </p>
      ) : null}
      {create.error ? <ErrorNotice error={create.error} /> : null}
    </section>
  );
}
