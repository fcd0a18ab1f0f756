import { useQuery } from '@tanstack/react-query';

interface RecordedReminder {
  id: string;
  participantUuid: string;
  type: string;
  sendType: string;
  sendAddress: string;
  at: string;
}

/**
 * What the sandbox recorded. This reads the sandbox's own control surface (`/__sandbox`, which
 * the dev server forwards), not a Prix API: it exists to show that each click sent one reminder.
 */
export function RecordedReminders() {
  const { data } = useQuery({
    queryKey: ['sandbox', 'reminders'],
    queryFn: async (): Promise<RecordedReminder[]> => {
      const response = await fetch('/__sandbox/reminders');
      const body = (await response.json()) as { data: { reminders: RecordedReminder[] } };
      return body.data.reminders;
    },
    refetchInterval: 1000,
  });
  if (!data) return null;
  return (
    <section className="card">
      <h2>샌드박스가 기록한 알림 · Reminders the sandbox recorded ({data.length})</h2>
      <ol>
        {data.map((reminder) => (
          <li key={reminder.id}>
            {new Date(reminder.at).toLocaleTimeString()} — {reminder.type} {reminder.sendType} → {reminder.sendAddress}
          </li>
        ))}
      </ol>
    </section>
  );
}
