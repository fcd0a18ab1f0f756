// @vitest-environment jsdom
import { participantLink } from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { examplesNow } from './examples.js';
import { alertText, mintPage, openPage, postForm, redirectOf, refusedPage, submitForm } from './pageHarness.js';

const { mou, renewal, canceled } = seedIds;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ now: () => examplesNow });
});

const mouContract = () => sandbox.state.contracts.find((contract) => contract.uuid === mou.contractUuid);
const participant = (uuid: string) =>
  mouContract()?.signature?.participants.find((candidate) => candidate.uuid === uuid);
const identity = (page: { document: Document }) => page.document.querySelector<HTMLInputElement>('[name=identity]');

async function linkOf(participantUuid: string, defaultValue?: string) {
  return mintPage(sandbox, participantLink, {
    signatureUuid: mou.signatureUuid,
    participantUuid,
    ...(defaultValue === undefined ? {} : { defaultValue }),
  });
}

describe('participant signing page', () => {
  it('pre-fills the identity input with defaultValue and signs: the next participant in order is asked', async () => {
    const page = await openPage(sandbox, await linkOf(mou.emailParticipantUuid, 'test@prix.im'));
    expect(identity(page)?.value).toBe('test@prix.im');
    expect(identity(page)?.type).toBe('email');
    expect(page.document.querySelector('label[for="field-identity"]')?.textContent).toContain('Your e-mail address');

    const location = await redirectOf(await submitForm(sandbox, page, { button: 'Sign' }));

    expect(location).toBe(page.url);
    expect(participant(mou.emailParticipantUuid)).toMatchObject({ status: 'DONE', doneAt: examplesNow.toISOString() });
    expect(participant(mou.phoneParticipantUuid)?.status).toBe('WAITING');
    expect(sandbox.state.notifications).toEqual([
      expect.objectContaining({
        reason: 'REQUEST',
        participantUuid: mou.phoneParticipantUuid,
        sendAddress: '010-1234-5678',
      }),
    ]);
    expect(sandbox.state.pageSessions.get(page.url.split('/').at(-1) as string)?.submissions).toEqual([
      { at: examplesNow.toISOString(), action: 'participant-signed', contractUuids: [mou.contractUuid] },
    ]);
    const after = await openPage(sandbox, location);
    expect(after.document.querySelector('form')).toBeNull();
    expect(after.document.querySelector('[role=status]')?.textContent).toContain('Already signed.');
  });

  it('refuses an identity that is not the participant’s, changing nothing', async () => {
    const page = await openPage(sandbox, await linkOf(mou.emailParticipantUuid));
    expect(identity(page)?.value).toBe('');

    const refused = await refusedPage(
      await submitForm(sandbox, page, { changes: { identity: 'someone@else.example' }, button: 'Sign' }),
      page.url,
    );

    expect(refused.response.status).toBe(400);
    expect(alertText(refused)).toContain('The identity check failed.');
    expect(identity(refused)?.value).toBe('someone@else.example');
    expect(participant(mou.emailParticipantUuid)?.status).toBe('WAITING');
  });

  it('has no form for a participant whose turn it is not, and refuses a forged post with 409', async () => {
    const page = await openPage(sandbox, await linkOf(mou.phoneParticipantUuid, '010-1234-5678'));
    expect(page.document.querySelector('form')).toBeNull();
    expect(page.document.querySelector('[role=status]')?.textContent).toContain('not this participant’s turn yet');

    const forged = await postForm(
      sandbox,
      page.url,
      new URLSearchParams({ identity: '010 1234 5678', action: 'sign' }),
    );

    expect(forged.status).toBe(409);
    expect(alertText(await refusedPage(forged, page.url))).toContain('SANDBOX_CONFLICT');
    expect(participant(mou.phoneParticipantUuid)?.status).toBe('CREATED');
  });

  it('concludes the contract when the last participant signs, matching a phone by its digits', async () => {
    sandbox.control.advanceParticipant(mou.emailParticipantUuid, 'sign');
    const page = await openPage(sandbox, await linkOf(mou.phoneParticipantUuid, '01012345678'));
    expect(identity(page)?.type).toBe('tel');

    await redirectOf(await submitForm(sandbox, page, { button: 'Sign' }));

    expect(mouContract()).toMatchObject({ status: 'CONCLUDED', signature: { status: 'DONE' } });
    expect(mouContract()?.contractDate.concludedDate).toBe(examplesNow.toISOString());
  });

  it('declines: the e-signature is canceled and everyone told', async () => {
    const page = await openPage(sandbox, await linkOf(mou.emailParticipantUuid, 'TEST@prix.im'));

    await redirectOf(await submitForm(sandbox, page, { button: 'Decline' }));

    expect(mouContract()?.signature?.status).toBe('CANCELED');
    expect(sandbox.state.notifications.map((notification) => notification.reason)).toEqual(['CANCEL', 'CANCEL']);
    expect(sandbox.state.pageSessions.get(page.url.split('/').at(-1) as string)?.submissions[0]?.action).toBe(
      'participant-declined',
    );
  });

  it("sends the participant to the signature's redirectUrl after signing, and allows it as a form target", async () => {
    const signature = mouContract()?.signature;
    if (!signature) throw new Error('seed changed');
    signature.redirectUrl = 'https://app.example/signed';
    const page = await openPage(sandbox, await linkOf(mou.emailParticipantUuid, 'test@prix.im'));
    expect(page.response.headers.get('content-security-policy')).toMatch(/form-action 'self' https:\/\/app\.example$/);

    expect(await redirectOf(await submitForm(sandbox, page, { button: 'Sign' }))).toBe('https://app.example/signed');
  });

  it('shows no form on a canceled e-signature', async () => {
    const page = await openPage(
      sandbox,
      await mintPage(sandbox, participantLink, {
        signatureUuid: canceled.signatureUuid,
        participantUuid: canceled.participantUuid,
      }),
    );

    expect(page.document.querySelector('form')).toBeNull();
    expect(page.document.querySelector('[data-signature-status]')?.getAttribute('data-signature-status')).toBe(
      'CANCELED',
    );
  });
});

describe('facilitator page (in-person signing)', () => {
  it('lets the facilitator sign for each participant whose turn it is, without an identity input', async () => {
    const page = await openPage(
      sandbox,
      await mintPage(sandbox, participantLink, {
        signatureUuid: renewal.signatureUuid,
        facilitatorUuid: renewal.facilitatorUuid,
      }),
    );
    expect(page.document.body.textContent).toContain('대면서명 진행 · In-person signing (대면서명 담당자)');
    expect(identity(page)).toBeNull();
    expect(page.document.querySelectorAll('form')).toHaveLength(1);

    await redirectOf(await submitForm(sandbox, page, { button: 'Sign for' }));

    const contract = sandbox.state.contracts.find((candidate) => candidate.uuid === renewal.contractUuid);
    expect(contract?.signature?.participants[0]?.status).toBe('DONE');
    expect(contract?.status).toBe('CONCLUDED');
    expect((await openPage(sandbox, page.url)).document.querySelector('form')).toBeNull();
  });
});
