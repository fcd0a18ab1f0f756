import type { LauncherEvent } from '@esign-kit/core';
import { contractSignatureUrlRoute } from '@esign-kit/core';
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EsignKitProvider } from '../../EsignKitProvider.js';
import { EsignonSignButton } from '../../esignon/index.js';
import { EsignEventsProvider } from '../../events/index.js';
import { createPageCompletedReporter } from '../../events/pageCompletedReporter.js';
import { usePageLauncher } from '../../pages/usePageLauncher.js';
import { esignonProxyDouble, pageOrigin, playingWorkflow } from '../esignonProxyDouble.js';
import { fakeEventSources } from './fakeEventSource.js';
import { liveProxyDouble, uuids } from './liveProxyDouble.js';

// The completing screen tells the proxy (`POST <proxyUrl>/events/page-completed`), which tells the
// others. The launcher is the real one; only its `completed` event is played here, as the return
// page's message would make it (that path has its own tests in core).

const heard = vi.hoisted(() => new Set<(event: LauncherEvent) => void>());
vi.mock('@esign-kit/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('@esign-kit/core')>();
  return {
    ...core,
    createPageLauncher: ((options) => {
      const launcher = core.createPageLauncher(options);
      return {
        ...launcher,
        on(listener) {
          heard.add(listener);
          const off = launcher.on(listener);
          return () => {
            heard.delete(listener);
            off();
          };
        },
      };
    }) satisfies typeof core.createPageLauncher,
  };
});

const complete = () =>
  act(() => {
    for (const listener of heard) listener({ type: 'completed' });
  });
const reportsIn = (post: ReturnType<typeof vi.fn>) =>
  post.mock.calls
    .filter(([url]) => String(url).endsWith('/page-completed'))
    .map(([url, init]) => ({ url: String(url), init: init as RequestInit }));

let post: ReturnType<typeof vi.fn>;
beforeEach(() => {
  heard.clear();
  post = vi.fn(async () => new Response('{}', { status: 202 }));
  vi.stubGlobal('fetch', post);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a completed page below <EsignEventsProvider>', () => {
  it('is reported once, with the page and its contract', async () => {
    const proxy = liveProxyDouble();
    const onComplete = vi.fn();
    renderHook(() => usePageLauncher(contractSignatureUrlRoute, { contractUuid: uuids.a }, { onComplete }), {
      wrapper: proxy.wrapperWith({ eventSource: fakeEventSources().EventSource }),
    });
    await complete();
    expect(onComplete).toHaveBeenCalledTimes(1);
    const reports = reportsIn(post);
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report?.url).toBe('https://app.test/api/esign/events/page-completed');
    expect(report?.init.method).toBe('POST');
    expect(new Headers(report?.init.headers).get('content-type')).toBe('application/json');
    expect(report?.init.credentials).not.toBe('include'); // fetch's default: same-origin, as the client's
    expect(JSON.parse(String(report?.init.body))).toEqual({ page: 'contracts.signatureUrl', contract: uuids.a });
  });

  it('is not reported without the provider', async () => {
    const proxy = liveProxyDouble();
    const onComplete = vi.fn();
    renderHook(() => usePageLauncher(contractSignatureUrlRoute, { contractUuid: uuids.a }, { onComplete }), {
      wrapper: proxy.wrapperWith('none'),
    });
    await complete();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(reportsIn(post)).toEqual([]);
  });
});

describe('a settled eSignon signing below <EsignEventsProvider>', () => {
  it('is reported once, with its workflow', async () => {
    const tab = { closed: false, opener: window as unknown, location: { replace: () => undefined }, close: vi.fn() };
    vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
    const proxy = esignonProxyDouble();
    proxy.workflows.set('w1', playingWorkflow('w1'));
    render(
      <EsignKitProvider client={proxy.client} queryClient={proxy.queryClient}>
        <EsignEventsProvider eventSource={fakeEventSources().EventSource}>
          <EsignonSignButton workflowId="w1" />
        </EsignEventsProvider>
      </EsignKitProvider>,
    );
    const button = screen.getByRole('button');
    await waitFor(() => expect(button.getAttribute('data-workflow-status')).toBe('Playing'));
    fireEvent.click(button);
    await waitFor(() => expect(proxy.reads('w1')).toBe(2));
    expect(reportsIn(post)).toEqual([]); // open is not done
    proxy.workflows.set('w1', playingWorkflow('w1', { status: 'Complete' }));
    window.dispatchEvent(new MessageEvent('message', { data: '{Complete}', origin: pageOrigin, source: tab as never }));
    await waitFor(() => expect(button.getAttribute('data-phase')).toBe('complete'));
    const reports = reportsIn(post);
    expect(reports.map(({ url }) => url)).toEqual(['http://localhost:3000/api/esign/events/page-completed']);
    expect(JSON.parse(String(reports[0]?.init.body))).toEqual({ page: 'esignon.workflows.signingUrl', workflow: 'w1' });
  });
});

describe('createPageCompletedReporter', () => {
  it('names each subject the input carries, and no other field', () => {
    const report = createPageCompletedReporter('/api/esign/events');
    report({ id: 'esignon.workflows.signingUrl' }, { workflowId: 'w1', mode: 'tab' });
    report({ id: 'contracts.signatureUrl' }, { contractUuid: uuids.a, signatureUuid: uuids.sigA, name: 'Kim' });
    expect(reportsIn(post).map(({ init }) => JSON.parse(String(init.body)))).toEqual([
      { page: 'esignon.workflows.signingUrl', workflow: 'w1' },
      { page: 'contracts.signatureUrl', contract: uuids.a, signature: uuids.sigA },
    ]);
  });

  it('sends nothing for a page without a subject', () => {
    const report = createPageCompletedReporter('/api/esign/events');
    report({ id: 'contracts.listUrl' }, {});
    report({ id: 'contracts.listUrl' }, undefined);
    expect(post).not.toHaveBeenCalled();
  });
});
