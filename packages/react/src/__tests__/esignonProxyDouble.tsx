import { createEsignClient, type Locale } from '@esign-kit/core';
import type { EsignonWorkflow } from '@esign-kit/core/esignon';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { EsignKitProvider } from '../EsignKitProvider.js';

/** Where the double's signing pages live: a loopback origin, as the sandbox's (allowed in development). */
export const pageOrigin = 'http://127.0.0.1:4999';

/** A workflow as the proxy would answer it: signer 1 to sign, a page kept for them. */
export function playingWorkflow(workflowId: string, more: Partial<EsignonWorkflow> = {}): EsignonWorkflow {
  return {
    workflowId,
    title: '근로계약서 홍길동',
    status: 'Playing',
    currentStep: 1,
    totalSteps: 2,
    signers: [
      { order: 1, name: '홍길동', contact: 'gildong@example.com', turn: true },
      { order: 2, name: '김대표', contact: 'ceo@example.com', turn: false },
    ],
    history: [{ code: 'WORKFLOW_START' }],
    nextSigner: { name: '홍길동', contact: 'gildong@example.com' },
    signingUrlAvailable: true,
    documentsAvailable: false,
    ...more,
  };
}

/** What the double saw: method, path under the proxy, idempotency key. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly search: string;
  readonly idempotencyKey: string | null;
}

/**
 * The esign-kit proxy at the network edge (the client's injected `fetch`), answering the eSignon
 * operations from a table of workflows the test changes as the server would.
 */
export function esignonProxyDouble(locale: Locale = 'en') {
  const workflows = new Map<string, EsignonWorkflow>();
  const seen: SeenRequest[] = [];
  const ok = (data: unknown) => Response.json({ ok: true, data });
  const fetch = vi.fn(async (request: Request | string | URL, init?: RequestInit) => {
    const req = new Request(request, init);
    const url = new URL(req.url);
    const path = url.pathname.replace(/^\/api\/esign\//, '');
    seen.push({ method: req.method, path, search: url.search, idempotencyKey: req.headers.get('idempotency-key') });
    const [, id, action] = /^esignon\/workflows(?:\/([^/]+))?(?:\/(.+))?$/.exec(path) ?? [];
    const workflow = id ? workflows.get(decodeURIComponent(id)) : undefined;
    if (req.method === 'POST' && !id) {
      const body = (await req.json()) as { title: string };
      workflows.set('w-new', playingWorkflow('w-new', { title: body.title }));
      return ok({ workflowId: 'w-new', title: body.title });
    }
    if (!workflow) {
      return Response.json(
        { ok: false, errorCode: 'ESIGNON_WORKFLOW_NOT_FOUND', message: 'No such workflow.' },
        { status: 404 },
      );
    }
    if (req.method === 'GET' && !action) return ok(workflow);
    if (req.method === 'POST' && action === 'cancel') {
      workflows.set(workflow.workflowId, { ...workflow, status: 'Canceled', signingUrlAvailable: false });
      return ok({ workflowId: workflow.workflowId, status: 'Canceled' });
    }
    if (action === 'signing-url') return ok({ url: `${pageOrigin}/esignon/mail/sign?token=t-${workflow.workflowId}` });
    if (action === 'download-url') return ok({ url: `${pageOrigin}/esignon/files/${workflow.workflowId}.pdf` });
    return Response.json({ ok: false, errorCode: 'ESIGN_KIT_NOT_FOUND', message: 'No route.' }, { status: 404 });
  });
  const client = createEsignClient({ baseUrl: 'http://localhost:3000/api/esign', fetch, locale });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <EsignKitProvider client={client} queryClient={queryClient}>
      {children}
    </EsignKitProvider>
  );
  return {
    workflows,
    seen,
    fetch,
    client,
    queryClient,
    wrapper,
    /** How many reads of `workflowId` the proxy answered. */
    reads: (workflowId: string) =>
      seen.filter((request) => request.method === 'GET' && request.path === `esignon/workflows/${workflowId}`).length,
  };
}
