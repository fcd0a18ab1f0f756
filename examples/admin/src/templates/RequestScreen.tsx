import type { FindContractInput, Template } from '@esign-kit/core';
import { useTemplate } from '@esign-kit/react';
import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { SignatureRequestForm } from './SignatureRequestForm.js';
import { TemplatePageButtons } from './TemplatePageButtons.js';
import { TemplatePicker } from './TemplatePicker.js';

/** Pick a template, then request signatures with a form built from it, or on Prix's own pages. */
export function RequestScreen({ onShowContract }: { onShowContract: (input: FindContractInput) => void }) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<Template | null>(null);
  const detail = useTemplate(picked ? { templateKey: picked.id } : null);
  return (
    <section className="card" aria-labelledby="request-title">
      <h2 id="request-title">{t.request.title}</h2>
      <p className="muted">{t.request.intro}</p>
      <TemplatePicker label={t.request.templates} value={picked} onChange={setPicked} />
      {picked ? <TemplatePageButtons template={picked} /> : null}
      {picked && detail.isPending ? <Progress label={t.request.loadingTemplate} /> : null}
      {detail.error ? <ErrorNotice error={detail.error} /> : null}
      {detail.data ? (
        <SignatureRequestForm key={detail.data.id} template={detail.data} onShowContract={onShowContract} />
      ) : null}
    </section>
  );
}
