import { contractDetailUrl } from '@esign-kit/core/server';
import { findContractByUuid } from '../domain/contracts.js';
import { openPageSession } from '../domain/pageSessions.js';
import type { SandboxPageSubmission } from '../state/index.js';
import { statusNote } from './forms.js';
import type { PageContext, PageOutcome, PageView } from './pageTypes.js';
import { html } from './render.js';

/**
 * Where a form page goes once it did its work: `successUrl` when the minted input had one, else
 * the new contract's detail page (a fresh detail-page URL on the sandbox). That default is the
 * one the deprecated form documents ("default: the created contract's detail screen", reference
 * §2.13); for the other form pages the reference says nothing, so the sandbox does the same.
 */
export function redirectAfterForm(
  context: PageContext,
  successUrl: string | undefined,
  contractUuid: string | undefined,
): PageOutcome {
  if (successUrl) return { type: 'redirect', location: successUrl };
  if (contractUuid === undefined) return { type: 'redirect', location: context.url };
  const location = openPageSession(context.state, {
    kind: 'contract-detail',
    operationId: contractDetailUrl.id,
    input: { contractUuid },
    origin: context.origin,
    now: context.now,
  });
  return { type: 'redirect', location };
}

/**
 * Form pages are used once: after a successful submission the page shows what it did, and
 * another submission is refused (409), so a reloaded or replayed form cannot create a second
 * contract. Prix's pages are fetched right before use and never reused (reference §1.5); whether
 * Prix itself refuses a second submission is not documented.
 */
export function submittedView(context: PageContext, title: string, submission: SandboxPageSubmission): PageView {
  const contracts = submission.contractUuids.flatMap((uuid) => findContractByUuid(context.state, uuid) ?? []);
  return {
    type: 'view',
    title,
    body: html`${statusNote(html`<p>이 페이지의 요청은 완료되었습니다 · This page's request is done (${submission.at}).</p>`)}
${contracts.length ? html`<ul>${contracts.map((contract) => html`<li>${contract.title} (${contract.uuid})</li>`)}</ul>` : null}`,
  };
}

/** The answer to a second submission of a form page. */
export function alreadySubmitted(context: PageContext, title: string): PageView {
  const last = context.session.submissions.at(-1);
  const view = last ? submittedView(context, title, last) : undefined;
  return {
    type: 'view',
    status: 409,
    title,
    body: html`<div role="alert"><p>이미 제출된 페이지입니다 · This page was already submitted.</p></div>${view?.body ?? null}`,
  };
}
