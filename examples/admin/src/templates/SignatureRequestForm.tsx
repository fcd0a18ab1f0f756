import type { FindContractInput, TemplateDetail } from '@esign-kit/core';
import { useCreateSignatureFromTemplate } from '@esign-kit/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Progress } from '../common/Progress.js';
import { ErrorSummary, focusFirstProblem, type SummaryField } from '../forms/ErrorSummary.js';
import { FieldError, fieldAria } from '../forms/FieldError.js';
import { fieldLimits, seoulToday } from '../forms/fieldRules.js';
import { serverProblems, unchangedSince } from '../forms/serverProblems.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { CustomerOptions } from './CustomerOptions.js';
import { ItemFields } from './ItemFields.js';
import { RoleFields } from './RoleFields.js';
import {
  checkDraft,
  emptyDraft,
  fieldOfPath,
  fieldOfVendorCode,
  fieldValue,
  orderedRoles,
  type RequestDraft,
  requesterItems,
  toRequestInput,
} from './requestDraft.js';

/**
 * A form built from a template (its roles and input items) that requests signatures through
 * `useCreateSignatureFromTemplate`, linked to one of the tenant's customers. It checks the limits
 * Prix documents before sending: each problem is shown under its field, listed at the top, and
 * the first field with one gets focus; the server's issues land on their fields the same way.
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
  // Problems show once a send was tried, then follow the fields as they are fixed.
  const [tried, setTried] = useState(false);
  // What was sent last: the server's problems stay on the fields the user has not changed since.
  const [sent, setSent] = useState<RequestDraft>(draft);
  const set = (patch: Partial<RequestDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const roles = orderedRoles(template);
  const items = requesterItems(template);
  const today = seoulToday();
  const problems = {
    ...unchangedSince(
      serverProblems(create.error, (path) => fieldOfPath(template, path), fieldOfVendorCode),
      (field) => fieldValue(template, draft, field),
      (field) => fieldValue(template, sent, field),
    ),
    ...(tried ? checkDraft(template, draft, today) : {}),
  };
  const inputId = (key: string) => `${id}-${key.replaceAll('.', '-')}`;
  const fields: SummaryField[] = [
    { key: 'title', inputId: inputId('title'), label: t.request.contractTitle },
    { key: 'customKey', inputId: inputId('customKey'), label: t.request.customKey },
    { key: 'expires', inputId: inputId('expires'), label: t.request.expires },
    ...roles.flatMap(({ role, order }, index) => [
      {
        key: `role.${index}.name`,
        inputId: inputId(`role.${index}.name`),
        label: `${t.request.role(role, order)} · ${t.request.name}`,
      },
      {
        key: `role.${index}.address`,
        inputId: inputId(`role.${index}.address`),
        label: `${t.request.role(role, order)} · ${draft.roles[role]?.send === 'PHONE' ? t.request.phone : t.request.email}`,
      },
    ]),
    ...items.map((object) => ({ key: `item.${object.id}`, inputId: inputId(`item.${object.id}`), label: object.name })),
  ];

  // The server refused the input: focus its first field with a problem (the notice says the rest).
  const lastError = useRef(create.error);
  useEffect(() => {
    if (create.error && create.error !== lastError.current) focusFirstProblem(fields, problems);
    lastError.current = create.error;
  });
  // Sent: focus the message that says so, with its link to the new contract.
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (create.data) done.current?.focus();
  }, [create.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const found = checkDraft(template, draft, today);
    if (focusFirstProblem(fields, found)) return;
    setSent(draft);
    create.mutate(toRequestInput(template, draft));
  };
  return (
    <form className="request-form" onSubmit={submit} aria-busy={create.isPending} noValidate>
      <ErrorSummary fields={fields} problems={problems} />
      <div className="grid">
        <label htmlFor={inputId('title')}>{t.request.contractTitle}</label>
        <div className="field-control">
          <input
            id={inputId('title')}
            value={draft.title}
            required
            {...fieldAria(inputId('title'), problems.title)}
            onChange={(event) => set({ title: event.target.value })}
          />
          <FieldError inputId={inputId('title')} problem={problems.title} />
        </div>
        <label htmlFor={`${id}-customer`}>{t.request.customer}</label>
        <select
          id={`${id}-customer`}
          value={draft.customerId}
          onChange={(event) => set({ customerId: Number(event.target.value) })}
        >
          <CustomerOptions customerIds={user.tenant.customerIds} />
        </select>
        <label htmlFor={inputId('customKey')}>{t.request.customKey}</label>
        <div className="field-control">
          <input
            id={inputId('customKey')}
            value={draft.customKey}
            maxLength={fieldLimits.contractKey}
            {...fieldAria(inputId('customKey'), problems.customKey)}
            onChange={(event) => set({ customKey: event.target.value })}
          />
          <FieldError inputId={inputId('customKey')} problem={problems.customKey} />
        </div>
        <label htmlFor={inputId('expires')}>{t.request.expires}</label>
        <div className="field-control">
          <input
            id={inputId('expires')}
            type="date"
            min={today}
            value={draft.expires}
            {...fieldAria(inputId('expires'), problems.expires)}
            onChange={(event) => set({ expires: event.target.value })}
          />
          <FieldError inputId={inputId('expires')} problem={problems.expires} />
        </div>
      </div>
      {roles.map(({ role, order }, index) => (
        <RoleFields
          key={role}
          legend={t.request.role(role, order)}
          nameId={inputId(`role.${index}.name`)}
          addressId={inputId(`role.${index}.address`)}
          problems={{ name: problems[`role.${index}.name`], address: problems[`role.${index}.address`] }}
          value={draft.roles[role] ?? { name: '', send: 'EMAIL', email: '', phone: '' }}
          onChange={(value) => set({ roles: { ...draft.roles, [role]: value } })}
        />
      ))}
      <ItemFields
        objects={items}
        values={draft.items}
        inputIdOf={(objectId) => inputId(`item.${objectId}`)}
        problems={problems}
        onChange={(objectId, value) => set({ items: { ...draft.items, [objectId]: value } })}
      />
      <button type="submit" className="primary" disabled={create.isPending}>
        {t.request.submit}
      </button>
      {create.isPending ? <Progress label={t.request.working} /> : null}
      {create.isSuccess ? (
        <p role="status" className="ok" ref={done} tabIndex={-1}>
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
