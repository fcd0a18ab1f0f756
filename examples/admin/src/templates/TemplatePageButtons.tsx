import type { Template } from '@esign-kit/core';
import { BulkContractButton, UseTemplateButton } from '@esign-kit/react';
import { useState } from 'react';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { BulkContractPanel } from './BulkContractPanel.js';

/**
 * Prix's own pages for a template: "use template" (one contract) and, for a one-participant
 * template, "bulk contract" with the recipients typed or pasted beside it. Both are pre-set to the tenant's customer, which the proxy insists
 * on. When a page reports completion, the contract lists refetch by themselves.
 */
export function TemplatePageButtons({ template }: { template: Pick<Template, 'id' | 'name' | 'participants'> }) {
  const { t } = useI18n();
  const { user, pageMode } = useDemo();
  const [note, setNote] = useState<string | null>(null);
  const customer = { id: user.tenant.primaryCustomerId };
  const callbacks = {
    mode: pageMode,
    onComplete: () => setNote(t.templatePages.completed),
    onClose: () => setNote(t.templatePages.closed),
  };
  const bulkAllowed = template.participants.length === 1;
  return (
    <div className="page-buttons">
      <UseTemplateButton
        input={{ templateKey: template.id, input: { defaultValue: { customer, contract: { title: template.name } } } }}
        {...callbacks}
      >
        {t.templatePages.useTemplate}
      </UseTemplateButton>
      {bulkAllowed ? null : (
        <>
          <BulkContractButton disabled input={{ templateKey: template.id }} {...callbacks}>
            {t.templatePages.bulk}
          </BulkContractButton>
          <small className="muted">{t.templatePages.bulkOnlyOne}</small>
        </>
      )}
      {bulkAllowed ? <BulkContractPanel key={template.id} template={template} callbacks={callbacks} /> : null}
      {note ? (
        <p role="status" className="ok">
          {note}
        </p>
      ) : null}
    </div>
  );
}
