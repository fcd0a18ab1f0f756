import type { EsignonStartWorkflowInput, EsignonWorkflow } from '@esign-kit/react/esignon';
import { useEsignonWorkflow, useStartEsignonWorkflow } from '@esign-kit/react/esignon';
import type { ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import { useDemoFormat } from '../support/format.js';
import { eventually, type StoryStack } from '../support/play.js';

/** The sandbox's template 101 (근로계약서): two signers, in this order. */
export const employmentContract: EsignonStartWorkflowInput = {
  templateId: '101',
  title: '스토리북 근로계약서',
  signers: [
    { name: '김하나', contact: 'hana@example.com' },
    { name: '이두리', contact: '010-1234-5678' },
  ],
  fields: [{ name: '근무지', value: '서울 본사' }],
};

const statusNames: Record<string, { ko: string; en: string }> = {
  Playing: { ko: '서명 진행 중', en: 'Being signed' },
  Complete: { ko: '완료', en: 'Complete' },
  Canceled: { ko: '취소됨', en: 'Canceled' },
};

/**
 * A story's own contract: a button starts one from template 101 (`useStartEsignonWorkflow`), then
 * `children` get its id. What an app's "new contract" screen does before it shows the buttons.
 */
export function StartedWorkflow({ children }: { children: (workflowId: string) => ReactNode }) {
  const start = useStartEsignonWorkflow();
  const { say } = useDemoFormat();
  if (start.data) return <div data-workflow-id={start.data.workflowId}>{children(start.data.workflowId)}</div>;
  return (
    <div>
      <button type="button" disabled={start.isPending} onClick={() => start.mutate(employmentContract)}>
        {say('이싸인온 계약 시작', 'Start an eSignon contract')}
      </button>
      {start.error ? (
        <p role="alert" data-error-code={start.error.errorCode}>
          {start.error.message}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The workflow as the proxy reads it (`useEsignonWorkflow`): status and whose turn it is. With
 * `follow` it reads it every second (a screen that follows callbacks with no page open);
 * without, only the sign button's reads update it.
 */
export function WorkflowStatus({ workflowId, follow = false }: { workflowId: string; follow?: boolean }) {
  const { data, error } = useEsignonWorkflow({ workflowId }, { refetchInterval: follow ? 1000 : false });
  const { say, locale } = useDemoFormat();
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>{say('불러오는 중…', 'Loading…')}</p>;
  return (
    <p data-testid="workflow-status" data-status={data.status}>
      {statusNames[data.status]?.[locale] ?? data.status} · {say('지금 서명할 사람', 'Signing now')}:{' '}
      {currentSigner(data) ?? say('없음', 'nobody')}
    </p>
  );
}

function currentSigner(workflow: EsignonWorkflow): string | undefined {
  return workflow.status === 'Playing' ? workflow.signers.find((signer) => signer.turn)?.name : undefined;
}

/** Plays signer `order` approving (`CF`) or returning (`RT`) on their page, through the sandbox's control surface. */
export function signAs(stack: StoryStack, workflowId: string, order: number, action: 'CF' | 'RT' = 'CF') {
  return stack.control(`esignon/workflows/${workflowId}/signers/${order}/sign`, { action });
}

/** Presses the story's start button; answers the new workflow's id once its status shows `Playing`. */
export async function startContract(
  canvasElement: HTMLElement,
  userEvent: { click: (element: Element) => Promise<void> },
) {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { name: /이싸인온 계약 시작|Start an eSignon contract/ }));
  const status = await canvas.findByTestId('workflow-status', {}, { timeout: 8000 });
  await eventually(() => expect(status).toHaveAttribute('data-status', 'Playing'));
  const workflowId = canvasElement.querySelector('[data-workflow-id]')?.getAttribute('data-workflow-id');
  if (!workflowId) throw new Error('The started contract has no workflow id.');
  return workflowId;
}
