import type { FindContractInput } from '@esign-kit/core';
import { useContract } from '@esign-kit/react';
import { ParticipantRow } from './ParticipantRow.js';

/** A contract, its e-signature and its participants, straight from `useContract`. */
export function ContractCard({ lookup }: { lookup: FindContractInput }) {
  const { data, error, isPending, isFetching } = useContract(lookup);
  if (isPending) return <p aria-busy="true">불러오는 중… · Loading…</p>;
  if (error) {
    return (
      <p role="alert" className="error">
        <strong>{error.errorCode}</strong> {error.message}
        {error.vendorMessage ? <em> ({error.vendorMessage})</em> : null}
      </p>
    );
  }
  const { contract } = data;
  return (
    <section className="card" aria-label={contract.title} aria-busy={isFetching}>
      <h2>{contract.title}</h2>
      <dl>
        <dt>uuid</dt>
        <dd>
          <code>{contract.uuid}</code>
        </dd>
        <dt>customKey</dt>
        <dd>{contract.customKey ?? '—'}</dd>
        <dt>계약 상태 · Status</dt>
        <dd>{contract.status}</dd>
        <dt>고객 · Customers</dt>
        <dd>{contract.customers.map((customer) => customer.title).join(', ') || '—'}</dd>
      </dl>
      {contract.signature ? (
        <>
          <h3>
            {contract.signature.title} <span className="badge">{contract.signature.status}</span>
          </h3>
          <table>
            <thead>
              <tr>
                <th>참여자 · Participant</th>
                <th>상태 · Status</th>
                <th>연락처 · Contact</th>
                <th>알림 · Reminder</th>
              </tr>
            </thead>
            <tbody>
              {contract.signature.participants.map((participant) => (
                <ParticipantRow
                  key={participant.uuid}
                  signatureUuid={contract.signature?.uuid ?? ''}
                  participant={participant}
                />
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>전자서명이 아직 요청되지 않았습니다. · No e-signature has been requested yet.</p>
      )}
    </section>
  );
}
