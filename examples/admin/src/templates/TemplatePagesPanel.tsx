import type { Template } from '@esign-kit/core';
import { useState } from 'react';
import { useI18n } from '../i18n/LocaleContext.js';
import { TemplatePageButtons } from './TemplatePageButtons.js';
import { TemplatePicker } from './TemplatePicker.js';

/** Beside the contract list: start a new contract on one of Prix's pages. */
export function TemplatePagesPanel() {
  const { t } = useI18n();
  const [template, setTemplate] = useState<Template | null>(null);
  return (
    <section className="card" aria-labelledby="template-pages-title">
      <h2 id="template-pages-title">{t.templatePages.title}</h2>
      <TemplatePicker label={t.templatePages.template} value={template} onChange={setTemplate} />
      {template ? <TemplatePageButtons template={template} /> : null}
    </section>
  );
}
