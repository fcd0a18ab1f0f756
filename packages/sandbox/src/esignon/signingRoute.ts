import { html } from '../pages/render.js';
import type { EsignonContext } from './context.js';
import type { EsignonWorkflow } from './model.js';
import { esignonPageResponse } from './pageDocument.js';
import { actedView, messageView, type PageViewer, signingView } from './signingPage.js';
import { takeStep } from './steps.js';

/** Form posts larger than this are refused (the form is a few hundred bytes). */
const maxFormBytes = 16 * 1024;

/** The workflow and viewer a page token opens, if any. */
function findByToken(
  context: EsignonContext,
  token: string,
): { workflow: EsignonWorkflow; viewer: PageViewer } | undefined {
  if (!token) return undefined;
  for (const workflow of context.state.workflows) {
    if (workflow.deleted) continue;
    const signer = workflow.signers.find((candidate) => candidate.token === token);
    if (signer) return { workflow, viewer: { kind: 'signer', signer } };
    if (workflow.starterToken === token) {
      // https://api.esignon.net/workflow/start/nonfacestart: the starter's token opens the signing
      // page when the starter is the signer whose turn it is, else a view of the document.
      const current = workflow.signers.find((candidate) => candidate.state === 'current');
      const starterSigns = current && current.contact.toLowerCase() === workflow.starterEmail.toLowerCase();
      return { workflow, viewer: starterSigns ? { kind: 'signer', signer: current } : { kind: 'starter' } };
    }
  }
  return undefined;
}

/**
 * The origins the `callback_fn` message is posted to. The page cannot know its opener's origin
 * (eSignon documents none; `document.referrer` may be stripped), and `'*'` would hand the
 * workflow's status to whatever page opened it. So it posts once per origin it can vouch for:
 * the origin of the workflow's `export_api_info.url` (the integrator's own server, usually the
 * app's origin) and the origins configured with `openerOrigins` or
 * `POST /__sandbox/esignon/opener-origins`. The browser drops the copies whose origin is not
 * the opener's.
 */
export function openerTargets(workflow: EsignonWorkflow, context: EsignonContext): string[] {
  const origins = [...context.state.switches.openerOrigins];
  if (workflow.exportApi) origins.unshift(new URL(workflow.exportApi.url).origin);
  return [...new Set(origins)];
}

/** The script that posts `{ source: 'esignon-sandbox', status, workflowId }` to the opener. */
function openerScript(workflow: EsignonWorkflow, context: EsignonContext): string {
  // Our reading: the payload is undocumented; this shape is the sandbox's.
  const message = { source: 'esignon-sandbox', status: workflow.status, workflowId: workflow.workflowId };
  const targets = openerTargets(workflow, context);
  const literal = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `(function () {
  var message = ${literal(message)};
  var targets = ${literal(targets)};
  if (!window.opener) return;
  for (var i = 0; i < targets.length; i++) {
    try { window.opener.postMessage(message, targets[i]); } catch (error) { /* a closed opener */ }
  }
})();`;
}

/**
 * `GET /mail/sign?token=…` (the `play_url`): the signer's page, with approve (`CF`) and return
 * (`RT`) buttons when it is their turn. `callback_fn=true` makes the page tell its opener after
 * the action (https://developer.esignon.net/reference/문서-서명-페이지-연동-api). `POST` is the page's
 * own form; it answers 303 back to the page, which then shows what happened.
 */
export async function handleSignPage(request: Request, url: URL, context: EsignonContext): Promise<Response> {
  const frames = context.state.switches.allowFrames;
  const respond = (page: Parameters<typeof esignonPageResponse>[0]) =>
    esignonPageResponse(page, frames, request.method === 'HEAD');
  if (request.method === 'GET' || request.method === 'HEAD') {
    const token = url.searchParams.get('token') ?? '';
    const found = findByToken(context, token);
    if (!found) return respond(notFound());
    const callbackFn = url.searchParams.get('callback_fn') === 'true';
    const { workflow, viewer } = found;
    if (
      url.searchParams.get('done') &&
      viewer.kind === 'signer' &&
      viewer.signer.state !== 'current' &&
      viewer.signer.state !== 'waiting'
    ) {
      const workType = viewer.signer.state === 'approved' ? 'CF' : 'RT';
      return respond(actedView(workflow, workType, callbackFn ? openerScript(workflow, context) : undefined));
    }
    return respond(signingView(workflow, viewer, context, { token, callbackFn }));
  }
  if (request.method !== 'POST') {
    return new Response(null, { status: 405, headers: { allow: 'GET, HEAD, POST' } });
  }
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== url.origin) {
    return respond(
      messageView(
        403,
        '다른 출처의 요청 · Cross-origin form',
        `다른 출처(${origin})의 양식은 받지 않습니다 · Forms from another origin are refused.`,
      ),
    );
  }
  const form = await readForm(request);
  if (!form)
    return respond(
      messageView(400, '잘못된 요청 · Bad request', '양식을 읽을 수 없습니다 · The form could not be read.'),
    );
  const token = form.get('token') ?? '';
  const found = findByToken(context, token);
  if (!found) return respond(notFound());
  const { workflow, viewer } = found;
  const callbackFn = form.get('callback_fn') === 'true';
  const retry = (error: string) =>
    respond(signingView(workflow, viewer, context, { token, callbackFn, error, status: 400 }));
  if (viewer.kind !== 'signer')
    return retry('시작자는 이 링크로 서명할 수 없습니다 · The starter cannot sign from this link.');
  const command = form.get('command');
  if (command !== 'CF' && command !== 'RT') return retry('승인 또는 반려를 고르세요 · Choose approve or return.');
  const opinion = (form.get('opinion') ?? '').trim();
  if ([...opinion].length > 250)
    return retry('의견은 250자 이하여야 합니다 · The comment must be 250 characters or fewer.');
  if (viewer.signer.password !== undefined && form.get('password') !== viewer.signer.password) {
    return retry('문서 비밀번호가 맞지 않습니다 · Wrong document password.');
  }
  const refused = takeStep(context, workflow, viewer.signer, command, opinion);
  if (refused)
    return retry(
      refused === 'not-in-progress'
        ? '문서가 진행 중이 아닙니다 · The document is not in progress.'
        : '서명 차례가 아닙니다 · It is not your turn.',
    );
  const back = new URLSearchParams({ token, done: '1', ...(callbackFn ? { callback_fn: 'true' } : {}) });
  return new Response(null, {
    status: 303,
    headers: { location: `/esignon/mail/sign?${back}`, 'cache-control': 'no-store' },
  });
}

/** `GET /mail/preview?doc_id=…`: what a `preview` start answers with — the template, nothing started. */
export function handlePreviewPage(request: Request, url: URL, context: EsignonContext): Response {
  const template = context.options.templates.find((candidate) => candidate.id === url.searchParams.get('doc_id'));
  const page = template
    ? {
        title: '미리보기 · Preview',
        body: html`<h2>${template.name}</h2><p>서명자 ${template.signerCount}명 · ${template.signerCount} signer(s)</p>
<ul>${template.fields.map((field) => html`<li>${field.name}</li>`)}</ul>`,
      }
    : notFound();
  return esignonPageResponse(page, context.state.switches.allowFrames, request.method === 'HEAD');
}

function notFound() {
  return messageView(
    404,
    '문서를 찾을 수 없습니다 · Document not found',
    '이 링크는 샌드박스가 발급한 적이 없거나 초기화되었습니다 · The sandbox never issued this link, or it was reset.',
  );
}

async function readForm(request: Request): Promise<URLSearchParams | undefined> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return undefined;
  const text = await request.text();
  if (new TextEncoder().encode(text).length > maxFormBytes) return undefined;
  return new URLSearchParams(text);
}
