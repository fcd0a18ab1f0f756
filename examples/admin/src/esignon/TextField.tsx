import type { HTMLAttributes } from 'react';

/**
 * A labelled text input with an optional hint and problem, tied to it by `aria-describedby`
 * (the problem first, so a screen reader reads it on focus), in the admin's form style.
 */
export function TextField({
  id,
  label,
  hint,
  value,
  problem,
  onChange,
  autoComplete,
  inputMode,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  problem?: string | undefined;
  onChange: (value: string) => void;
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
}) {
  const describedBy = [problem ? `${id}-error` : undefined, hint ? `${id}-hint` : undefined].filter(Boolean).join(' ');
  return (
    <div className="esignon-field">
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        <input
          id={id}
          value={value}
          autoComplete={autoComplete}
          inputMode={inputMode}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {hint ? (
          <span id={`${id}-hint`} className="field-limit">
            {hint}
          </span>
        ) : null}
        {problem ? (
          <span id={`${id}-error`} className="field-error">
            {problem}
          </span>
        ) : null}
      </div>
    </div>
  );
}
