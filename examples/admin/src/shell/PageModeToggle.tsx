import type { LaunchMode } from '@esign-kit/core';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from './DemoContext.js';

const modes: readonly LaunchMode[] = ['tab', 'modal'];

/** Whether Prix's pages open in a new tab (as Prix documents them) or in a modal. */
export function PageModeToggle() {
  const { t } = useI18n();
  const { pageMode, setPageMode } = useDemo();
  return (
    <fieldset className="toggle">
      <legend>{t.pageMode.label}</legend>
      {modes.map((mode) => (
        <label key={mode}>
          <input
            type="radio"
            name="page-mode"
            value={mode}
            checked={pageMode === mode}
            onChange={() => setPageMode(mode)}
          />
          {t.pageMode[mode]}
        </label>
      ))}
    </fieldset>
  );
}
