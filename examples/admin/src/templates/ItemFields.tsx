import type { TemplateObject } from '@esign-kit/core';
import { FieldError, fieldAria } from '../forms/FieldError.js';
import type { FieldProblems } from '../forms/fieldRules.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { isRequiredItem } from './requestDraft.js';

/**
 * The template's pre-input values: a text field or a checkbox per input object, each with its
 * problem (field key `item.<object id>`) under it.
 */
export function ItemFields({
  objects,
  values,
  inputIdOf,
  problems,
  onChange,
}: {
  objects: readonly TemplateObject[];
  values: Readonly<Record<number, string>>;
  inputIdOf: (objectId: number) => string;
  problems: FieldProblems;
  onChange: (id: number, value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="items">
      <legend>{t.request.items}</legend>
      {objects.length === 0 ? <p className="muted">{t.request.noItems}</p> : null}
      {objects.map((object) => {
        const inputId = inputIdOf(object.id);
        const problem = problems[`item.${object.id}`];
        return object.type === 'CHECKBOX' ? (
          <label key={object.id} className="checkbox">
            <input
              id={inputId}
              type="checkbox"
              checked={values[object.id] === 'true'}
              {...fieldAria(inputId, problem)}
              onChange={(event) => onChange(object.id, event.target.checked ? 'true' : '')}
            />
            {object.name}
            <FieldError inputId={inputId} problem={problem} />
          </label>
        ) : (
          <div key={object.id} className="field-control">
            <label htmlFor={inputId}>
              {object.name}
              {object.description ? <small className="muted"> {object.description}</small> : null}
            </label>
            <input
              id={inputId}
              value={values[object.id] ?? ''}
              required={isRequiredItem(object)}
              {...fieldAria(inputId, problem)}
              onChange={(event) => onChange(object.id, event.target.value)}
            />
            <FieldError inputId={inputId} problem={problem} />
          </div>
        );
      })}
    </fieldset>
  );
}
