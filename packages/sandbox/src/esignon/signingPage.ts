import { type Html, html } from '../pages/render.js';
import type { EsignonContext } from './context.js';
import type { EsignonSigner, EsignonSignerState, EsignonWorkflow, EsignonWorkflowStatus } from './model.js';
import type { EsignonPage } from './pageDocument.js';

const statusLabels: Record<EsignonWorkflowStatus, string> = {
  Playing: '진행 중 · In progress',
  Complete: '완료 · Complete',
  Canceled: '취소됨 · Canceled',
  Disposal: '폐기됨 · Voided',
  Truncate: '삭제됨 · Deleted',
};

const signerLabels: Record<EsignonSignerState, string> = {
  waiting: '대기 · Waiting',
  current: '서명 차례 · Their turn',
  approved: '서명 완료 · Signed',
  returned: '반려 · Returned',
};

export const signTitle = '전자서명 · Sign';

/** Who opened the page: a signer's token, or the starter's (a view of the document). */
export type PageViewer = { readonly kind: 'signer'; readonly signer: EsignonSigner } | { readonly kind: 'starter' };

/** What the page shows above its form: the document's facts, fields and signers. */
function summary(workflow: EsignonWorkflow, context: EsignonContext): Html {
  const template = context.options.templates.find((candidate) => candidate.id === workflow.templateId);
  return html`<h2>${workflow.title}</h2>
<dl>
<dt>서식 · Template</dt><dd>${template?.name ?? workflow.templateId}</dd>
<dt>문서 번호 · Document</dt><dd>${workflow.workflowId}</dd>
<dt>상태 · Status</dt><dd data-status="${workflow.status}">${statusLabels[workflow.status]}</dd>
${workflow.expiresOn ? html`<dt>만료일 · Expires</dt><dd>${workflow.expiresOn}</dd>` : null}
${workflow.comment ? html`<dt>메시지 · Message</dt><dd>${workflow.comment}</dd>` : null}
${workflow.fields.map((field) => html`<dt>${field.name}</dt><dd>${field.value}</dd>`)}
</dl>
<h2>서명자 · Signers</h2>
<ol class="esignon-signers">
${workflow.signers.map(
  (signer) => html`<li data-state="${signer.state}">${signer.name} — ${signerLabels[signer.state]}</li>`,
)}
</ol>`;
}

/** The page a signer or the starter sees: the form when it is that signer's turn, else a note. */
export function signingView(
  workflow: EsignonWorkflow,
  viewer: PageViewer,
  context: EsignonContext,
  options: { readonly token: string; readonly callbackFn: boolean; readonly error?: string; readonly status?: number },
): EsignonPage {
  const signer = viewer.kind === 'signer' ? viewer.signer : undefined;
  let actions: Html;
  if (!signer) {
    actions = note(
      '문서 시작자의 보기입니다. 서명은 각 서명자의 링크에서 합니다 · The starter’s view: signers sign from their own links.',
    );
  } else if (workflow.status !== 'Playing') {
    actions = note(`문서가 진행 중이 아닙니다 · The document is ${workflow.status}.`);
  } else if (signer.state === 'approved' || signer.state === 'returned') {
    actions = note('이미 처리했습니다 · You already acted on this document.');
  } else if (signer.state === 'waiting') {
    actions = note('아직 서명 차례가 아닙니다 · It is not your turn yet.');
  } else {
    actions = signForm(signer, options);
  }
  return {
    status: options.status,
    title: signTitle,
    body: html`${options.error ? html`<div role="alert" id="esignon-error"><p>${options.error}</p></div>` : null}
${summary(workflow, context)}
${signer ? html`<h2>${signer.name} (${signer.order})</h2>` : null}
${actions}`,
  };
}

function note(message: string): Html {
  return html`<div role="status"><p>${message}</p></div>`;
}

function signForm(
  signer: EsignonSigner,
  options: { readonly token: string; readonly callbackFn: boolean; readonly error?: string },
): Html {
  const described = options.error ? 'esignon-error' : undefined;
  return html`<form method="post" action="/esignon/mail/sign" class="esignon-form" data-part="sign-form">
<input type="hidden" name="token" value="${options.token}">
${options.callbackFn ? html`<input type="hidden" name="callback_fn" value="true">` : null}
${
  signer.password
    ? html`<label for="esignon-password">문서 비밀번호 · Document password</label>
<input id="esignon-password" name="password" type="password" required autocomplete="off"${described ? html` aria-describedby="${described}"` : null}>
${signer.passwordHint ? html`<p>힌트 · Hint: ${signer.passwordHint}</p>` : null}`
    : null
}
<label for="esignon-opinion">의견 (선택) · Comment (optional)</label>
<textarea id="esignon-opinion" name="opinion" rows="3" maxlength="250"></textarea>
<div class="esignon-actions">
<button type="submit" name="command" value="CF">서명하고 완료 · Sign and approve</button>
<button type="submit" name="command" value="RT">반려 · Return</button>
</div>
</form>`;
}

/** The page after the signer acted: what happened, a close button, and the opener message. */
export function actedView(
  workflow: EsignonWorkflow,
  workType: 'CF' | 'RT',
  messageScript: string | undefined,
): EsignonPage {
  const done =
    workType === 'RT'
      ? '문서를 반려했습니다 · You returned the document.'
      : workflow.status === 'Complete'
        ? '서명을 마쳤습니다. 모든 서명이 끝났습니다 · Signed. Every signer has signed.'
        : '서명을 마쳤습니다. 다음 서명자에게 넘어갑니다 · Signed. The next signer is up.';
  return {
    title: signTitle,
    body: html`<div role="status" data-status="${workflow.status}"><p>${done}</p></div>
<p>이 창을 닫아도 됩니다 · You may close this window.</p>
<div class="esignon-actions"><button type="button" id="esignon-close">닫기 · Close</button></div>`,
    script: [
      "document.getElementById('esignon-close').addEventListener('click', function () { window.close(); });",
      messageScript ?? '',
    ].join('\n'),
  };
}

/** A page saying what went wrong, with its status. */
export function messageView(status: number, title: string, message: string): EsignonPage {
  return { status, title, body: html`<p>${message}</p>` };
}
