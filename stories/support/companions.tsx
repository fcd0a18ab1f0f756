import { useContract, useContracts, useTemplates } from '@esign-kit/react';

/**
 * Small views of the app's data, shown beside a page button in its "completed" story: what a
 * real screen refetches when a hosted page settles.
 */

export function ContractStatus({ uuid }: { uuid: string }) {
  const { data, error, dataUpdatedAt } = useContract({ uuid });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>불러오는 중…</p>;
  const { contract } = data;
  return (
    <p data-testid="contract-status" data-updated={dataUpdatedAt}>
      {contract.title}: 계약 {contract.status}, 전자서명 {contract.signature?.status ?? '없음'} ·{' '}
      {contract.signature?.participants.map((participant) => `${participant.name} ${participant.status}`).join(', ')}
    </p>
  );
}

export function ContractCount() {
  const { data } = useContracts({});
  return <p data-testid="contract-count">{data ? `계약서 ${data.total}건` : '불러오는 중…'}</p>;
}

export function TemplateCount() {
  const { data } = useTemplates({});
  return <p data-testid="template-count">{data ? `템플릿 ${data.total}개` : '불러오는 중…'}</p>;
}
