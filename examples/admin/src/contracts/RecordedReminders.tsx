import { useQuery } from '@tanstack/react-query';
import { formatTime } from '../common/formatDate.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { getRecordedReminders, sandboxQueryKey } from './sandboxApi.js';

/** What the sandbox recorded for this tenant: shows that each click sent exactly one reminder. */
export function RecordedReminders() {
  const { t, locale } = useI18n();
  const { data } = useQuery({
    queryKey: [...sandboxQueryKey, 'reminders'],
    queryFn: getRecordedReminders,
    refetchInterval: 1500,
  });
  if (!data) return null;
  return (
    <section className="card" aria-labelledby="recorded-reminders">
      <h2 id="recorded-reminders">{t.sandbox.reminders(data.length)}</h2>
      <p className="muted">{t.sandbox.remindersNote}</p>
      {data.length === 0 ? <p className="muted">{t.sandbox.noReminders}</p> : null}
      <ol reversed>
        {[...data].reverse().map((reminder) => (
          <li key={reminder.id}>
            {/* The sandbox's raw record (type, channel, address), as it keeps it. */}
            {formatTime(reminder.at, locale)} — {reminder.type} {reminder.sendType} → {reminder.sendAddress}
          </li>
        ))}
      </ol>
    </section>
  );
}
