/** A reminder the sandbox recorded (`GET /demo/sandbox/reminders`, the tenant's only). */
export interface RecordedReminder {
  readonly id: number;
  readonly participantUuid: string;
  readonly type: string;
  readonly sendType: string;
  readonly sendAddress: string;
  readonly at: string;
}

export const sandboxQueryKey = ['demo', 'sandbox'] as const;

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`/demo/sandbox/${path}`, { ...init, credentials: 'same-origin' });
  const body = (await response.json()) as { ok: boolean; data?: T; message?: string };
  if (!response.ok || !body.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body.data as T;
}

export const getRecordedReminders = () =>
  call<{ reminders: RecordedReminder[] }>('reminders').then((data) => data.reminders);

/** Plays the participant signing on the sandbox (what Prix's signing page would do). */
export const signAsParticipant = (participantUuid: string) =>
  call<unknown>(`participants/${participantUuid}/sign`, { method: 'POST' });
