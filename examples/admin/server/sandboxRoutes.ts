import { type RunningSandbox, SandboxControlError, type SandboxReminder } from '@esign-kit/sandbox';
import { failure, isSameOrigin, json } from './http.js';
import type { SessionStore } from './sessions.js';
import type { Tenant, TenantRegistry } from './tenants.js';

/**
 * `/demo/sandbox/…`, only when the demo runs on the sandbox: things Prix does not offer but a
 * demo wants, read from and done to the sandbox in this process, for the signed-in tenant only.
 *
 * - `GET reminders`: the reminders the sandbox recorded for the tenant's participants;
 * - `POST participants/<uuid>/sign`: plays that participant signing (Prix's signing page would).
 */
export function createSandboxRoutes(
  running: RunningSandbox,
  sessions: SessionStore,
  tenants: TenantRegistry,
): (request: Request) => Promise<Response> {
  const { sandbox } = running;
  const participantsOf = (tenant: Tenant) =>
    new Set(
      sandbox.state.contracts
        .filter((contract) => contract.customerIds.some((id) => tenant.customerIds.has(id)))
        .flatMap((contract) => contract.signature?.participants.map((participant) => participant.uuid) ?? []),
    );
  return async (request) => {
    const user = sessions.userOf(request);
    if (!user) return failure(401, 'DEMO_SIGNED_OUT', 'Sign in first.');
    const tenant = tenants.of(user);
    const path = new URL(request.url).pathname.replace(/^\/demo\/sandbox\//, '');
    if (request.method === 'GET' && path === 'reminders') {
      const own = participantsOf(tenant);
      const reminders: SandboxReminder[] = sandbox.state.reminders.filter((reminder) =>
        own.has(reminder.participantUuid),
      );
      return json({ ok: true, data: { reminders } });
    }
    const sign = /^participants\/([0-9a-f-]{36})\/sign$/i.exec(path);
    if (request.method === 'POST' && sign) {
      if (!isSameOrigin(request)) return failure(403, 'DEMO_CROSS_SITE', 'Only the demo itself may do this.');
      const participantUuid = (sign[1] as string).toLowerCase();
      if (!participantsOf(tenant).has(participantUuid)) {
        return failure(403, 'ESIGN_KIT_FORBIDDEN', 'Not a participant of your contracts.');
      }
      try {
        return json({ ok: true, data: sandbox.control.advanceParticipant(participantUuid, 'sign') });
      } catch (error) {
        if (error instanceof SandboxControlError) return failure(error.status, error.errorCode, error.message);
        throw error;
      }
    }
    return failure(404, 'DEMO_NOT_FOUND', 'No such demo route.');
  };
}
