import type { TemplateObject } from '@esign-kit/core';
import { useI18n } from '../i18n/LocaleContext.js';

/** The template's pre-input values: a text field or a checkbox per input object. */
export function ItemFields({
  objects,
  values,
  onChange,
}: {
  objects: readonly TemplateObject[];
  values: Readonly<Record<number, string>>;
  onChange: (id: number, value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="items">
      <legend>{t.request.items}</legend>
      {objects.length === 0 ? <p className="muted">{t.request.noItems}</p> : null}
      {objects.map((object) =>
        object.type === 'CHECKBOX' ? (
          <label key={object.id} className="checkbox">
            <input
              type="checkbox"
              checked={values[object.id] === 'true'}
              onChange={(event) => onChange(object.id, event.target.checked ? 'true' : '')}
            />
            {object.name}
          </label>
        ) : (
          <label key={object.id}>
            {object.name}
            {object.description ? <small className="muted"> {object.description}</small> : null}
            <input value={values[object.id] ?? ''} onChange={(event) => onChange(object.id, event.target.value)} />
          </label>
        ),
      )}
    </fieldset>
  );
}
