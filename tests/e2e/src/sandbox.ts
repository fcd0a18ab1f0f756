import { inject } from 'vitest';

/** A reminder as the sandbox's control surface lists it. */
export interface RecordedReminder {
  readonly participantUuid: string;
  readonly sendType: string;
  readonly sendAddress: string;
}

interface StateParticipant {
  readonly uuid: string;
  readonly name: string;
  readonly role: string | null;
}

interface StateContract {
  readonly uuid: string;
  readonly customKey: string | null;
  readonly title: string;
  readonly customerIds: number[];
  readonly signature: { readonly uuid: string; readonly participants: StateParticipant[] } | null;
}

async function control<T>(path: string): Promise<T> {
  const response = await fetch(`${inject('sandboxUrl')}/__sandbox/${path}`);
  if (!response.ok) throw new Error(`GET /__sandbox/${path} answered ${response.status}`);
  return ((await response.json()) as { data: T }).data;
}

/** Every reminder the sandbox recorded for one participant. */
export async function remindersFor(participantUuid: string): Promise<RecordedReminder[]> {
  const { reminders } = await control<{ reminders: RecordedReminder[] }>('reminders');
  return reminders.filter((reminder) => reminder.participantUuid === participantUuid);
}

/** Every contract the sandbox holds, straight from its state (not through the proxy). */
export async function sandboxContracts(): Promise<StateContract[]> {
  return (await control<{ contracts: StateContract[] }>('state')).contracts;
}

/** The page sessions the sandbox handed out (each minted page URL), oldest first. */
export async function pageSessions(): Promise<{ token: string; operationId: string; input: unknown }[]> {
  return (await control<{ pageSessions: { token: string; operationId: string; input: unknown }[] }>('state'))
    .pageSessions;
}

/** A contract of the sandbox by customKey, with its participants. */
export async function sandboxContract(customKey: string): Promise<StateContract> {
  const contract = (await sandboxContracts()).find((candidate) => candidate.customKey === customKey);
  if (!contract) throw new Error(`The sandbox has no contract with customKey ${customKey}.`);
  return contract;
}
