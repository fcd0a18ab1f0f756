import type { LaunchMode, Template } from '@esign-kit/core';
import { BulkContractButton, useTemplate } from '@esign-kit/react';
import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { BulkRecipientsEditor, emptyRecipient } from './BulkRecipientsEditor.js';
import { preInputObjects, type RecipientDraft, recipientIssues, toBulkItems } from './bulkRecipients.js';

/**
 * The bulk-contract page of a one-participant template, given its rows: the recipients typed or
 * pasted here become `input.items` (reference §3.5), so the page opens with something to send.
 * https://api-kit.prix.im/signature-template/bulk-url
 */
export function BulkContractPanel({
  template,
  callbacks,
}: {
  template: Pick<Template, 'id' | 'name'>;
  callbacks: { mode: LaunchMode; onComplete: () => void; onClose: () => void };
}) {
  const { t } = useI18n();
  const { user } = useDemo();
  const detail = useTemplate({ templateKey: template.id });
  const [rows, setRows] = useState<RecipientDraft[]>(() => [emptyRecipient(1)]);
  const [checked, setChecked] = useState(false);
  if (detail.isPending) return <Progress label={t.bulk.loading} />;
  if (detail.error) return <ErrorNotice error={detail.error} />;
  const objects = preInputObjects(detail.data.objects);
  const invalid = rows.filter((row) => Object.keys(recipientIssues(row)).length > 0).length;
  const ready = rows.length > 0 && invalid === 0;
  return (
    <div className="bulk-panel">
      <BulkRecipientsEditor rows={rows} onRows={setRows} objects={objects} showAll={checked} />
      <p className="actions">
        <BulkContractButton
          input={{
            templateKey: template.id,
            input: {
              defaultValue: { customer: { id: user.tenant.primaryCustomerId } },
              items: toBulkItems(rows, objects),
            },
          }}
          disabled={!ready}
          {...callbacks}
        >
          {t.bulk.open(rows.length)}
        </BulkContractButton>
        {ready ? null : (
          <>
            <span className="muted">{t.bulk.notReady(invalid)}</span>
            <button type="button" className="small" onClick={() => setChecked(true)}>
              {t.bulk.check}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
