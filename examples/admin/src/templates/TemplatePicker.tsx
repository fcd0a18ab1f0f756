import type { Template } from '@esign-kit/core';
import { useTemplates } from '@esign-kit/react';
import { useEffect } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Progress } from '../common/Progress.js';
import { useI18n } from '../i18n/LocaleContext.js';

/** A select of the business's templates (`useTemplates`); picks the first one when none is chosen. */
export function TemplatePicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Template | null;
  onChange: (template: Template) => void;
}) {
  const { t } = useI18n();
  const templates = useTemplates({ limit: 100 });
  const first = templates.data?.templates[0];
  useEffect(() => {
    if (!value && first) onChange(first);
  }, [value, first, onChange]);
  if (templates.isPending) return <Progress label={t.app.loading} />;
  if (templates.error) return <ErrorNotice error={templates.error} />;
  return (
    <label className="picker">
      {label}
      <select
        value={value?.id ?? ''}
        onChange={(event) => {
          const picked = templates.data.templates.find((template) => template.id === Number(event.target.value));
          if (picked) onChange(picked);
        }}
      >
        {templates.data.templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name} · {t.request.roles(template.participants.length)}
          </option>
        ))}
      </select>
    </label>
  );
}
