import { ContractDetailButton, useContract, useSendReminder } from '@esign-kit/react';

/** The README's example, plus the contract's detail page in a modal and in a tab (DOM props on the buttons). */
export function ContractView({ uuid }: { uuid: string }) {
  const { data, error, isPending } = useContract({ uuid });
  const remind = useSendReminder();
  if (isPending) return <p>Loading…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  const { contract } = data;
  const signature = contract.signature;
  return (
    <main>
      <h1>{contract.title}</h1>
      <ul aria-label="Participants">
        {signature?.participants.map((participant) => (
          <li key={participant.uuid}>
            {participant.name}
            <button
              type="button"
              disabled={remind.isPending}
              onClick={() => remind.mutate({ signatureUuid: signature.uuid, participantUuid: participant.uuid })}
            >
              Send a reminder to {participant.name}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" aria-label="Reminder">
        {remind.isSuccess ? 'Reminder sent.' : null}
        {remind.error ? `Reminder failed: ${remind.error.errorCode} ${remind.error.message}` : null}
      </p>
      <ContractDetailButton input={{ contractUuid: contract.uuid }} mode="modal" data-testid="detail-modal">
        Details in a modal
      </ContractDetailButton>
      <ContractDetailButton input={{ contractUuid: contract.uuid }} mode="tab" data-testid="detail-tab">
        Details in a tab
      </ContractDetailButton>
    </main>
  );
}
