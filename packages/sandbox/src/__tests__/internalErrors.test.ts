import { describe, expect, it } from 'vitest';
import { createSandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import type { SandboxContract } from '../state/model.js';
import { callKit, readFailure } from './helpers.js';

describe('sandbox bugs surface as readable 500s', () => {
  it('refuses to serve data core would reject', async () => {
    const sandbox = createSandbox();
    const contract = sandbox.state.contracts[0] as SandboxContract;
    Object.assign(contract, { status: 42 });

    const response = await callKit(sandbox, `contracts/find?uuid=${seedIds.mou.contractUuid}`);

    expect(response.status).toBe(500);
    const failure = await readFailure(response);
    expect(failure.errorCode).toBe('SANDBOX_INTERNAL_ERROR');
    expect(failure.issues).toEqual([expect.objectContaining({ path: 'contract.status' })]);
  });

  it('turns a handler exception into SANDBOX_INTERNAL_ERROR', async () => {
    const sandbox = createSandbox();
    const participant = sandbox.state.contracts[0]?.signature?.participants[0];
    if (participant) participant.email = null;

    const response = await callKit(sandbox, `signatures/${seedIds.mou.signatureUuid}/send`, {
      method: 'POST',
      body: { participantUuid: seedIds.mou.emailParticipantUuid },
    });

    expect(response.status).toBe(500);
    const failure = await readFailure(response);
    expect(failure.errorCode).toBe('SANDBOX_INTERNAL_ERROR');
    expect(failure.message).toContain('has no EMAIL address');
  });
});
