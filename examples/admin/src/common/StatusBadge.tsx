import { useI18n } from '../i18n/LocaleContext.js';

type Kind = 'contract' | 'signature' | 'participant';

/** A status in words, with the raw value kept as `data-status` (and for styling). */
export function StatusBadge({ kind, status }: { kind: Kind; status: string }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-${kind}`} data-status={status}>
      {t.status[kind][status] ?? status}
    </span>
  );
}
