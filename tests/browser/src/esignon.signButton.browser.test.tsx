import { createEsignClient } from '@esign-kit/core';
import { esignonStartWorkflowRoute } from '@esign-kit/core/esignon';
import {
  type EsignonPageHint,
  EsignonSignButton,
  type UseEsignonSigningOptions,
  useEsignonWorkflow,
} from '@esign-kit/react/esignon';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { axeViolations } from './axe.js';
import { esignonProxyPath } from './esignonPorts.js';
import { cleanup, render } from './render.js';

// The sign button in real Chromium against the real proxy (eSignon vendor) and the real sandbox:
// the button opens the signer's page in a tab that keeps its opener, the signer approves there,
// the page posts to its opener and eSignon's callback reaches the proxy; the workflow the hook
// reads moves on, and the button settles and closes the tab.

const sandboxOrigin = inject('esignonSandboxOrigin');
const signPages = `${sandboxOrigin}/esignon/mail/sign`;

afterEach(async () => {
  await cleanup();
  await commands.closeOtherTabs();
  vi.restoreAllMocks();
});

function client(locale: 'en' | 'ko' = 'en') {
  return createEsignClient({ baseUrl: esignonProxyPath, locale });
}

/** Flips a switch of the eSignon sandbox's control surface (CORS-open to loopback pages). */
async function control(path: string, body: object = {}) {
  const response = await fetch(`${sandboxOrigin}/__sandbox/esignon/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox control ${path}: ${response.status} ${await response.text()}`);
}

/** Starts a two-signer contract through the real proxy; returns its id. */
async function startTwoSigners(title: string): Promise<string> {
  const started = await client().request(esignonStartWorkflowRoute, {
    templateId: '101',
    title,
    signers: [
      { name: '홍길동', contact: 'gildong@example.com' },
      { name: '김대표', contact: 'ceo@example.com' },
    ],
  });
  return started.workflowId;
}

/** A screen of the app: what the hook reads, and the button. */
function Signing(props: { workflowId: string } & UseEsignonSigningOptions) {
  const { workflowId, ...options } = props;
  const workflow = useEsignonWorkflow({ workflowId });
  const turn = workflow.data?.signers.find((signer) => signer.turn)?.name ?? '-';
  return (
    <main>
      <h1>{workflow.data?.title ?? workflowId}</h1>
      <p data-testid="workflow-status">{workflow.data?.status ?? 'loading'}</p>
      <p data-testid="turn">{turn}</p>
      <EsignonSignButton workflowId={workflowId} {...options} />
    </main>
  );
}

describe('EsignonSignButton against the sandbox', () => {
  it('opens the signer’s page with its opener kept; signing there moves the hook on and settles the button', async () => {
    const workflowId = await startTwoSigners('근로계약서 브라우저');
    const onSettled = vi.fn();
    const hints: EsignonPageHint[] = [];
    await render(<Signing workflowId={workflowId} onSettled={onSettled} onPageMessage={(hint) => hints.push(hint)} />, {
      client: client(),
      pages: { allowedOrigins: [sandboxOrigin] },
    });
    const button = page.getByRole('button', { name: 'Sign' });
    await expect.element(page.getByTestId('workflow-status')).toHaveTextContent('Playing');
    await expect.element(page.getByTestId('turn')).toHaveTextContent('홍길동');

    await userEvent.click(button);

    const url = await commands.waitForTab(signPages);
    expect(new URL(url).searchParams.get('callback_fn')).toBe('true');
    expect(await commands.inspectDocument(url)).toMatchObject({ status: 200, framed: false, hasOpener: true });
    await expect.element(button).toHaveAttribute('data-phase', 'waiting');
    await expect.element(page.getByRole('status')).toHaveTextContent(/signing page is open/);

    await commands.clickInTab(signPages, 'button[value="CF"]');

    // The server's view settles it: the next signer's turn, read by the hook and the button.
    await expect.element(page.getByTestId('turn')).toHaveTextContent('김대표');
    await expect.element(button).toHaveAttribute('data-phase', 'signed');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Signature recorded. It is the next signer’s turn.');
    expect(onSettled).toHaveBeenCalledTimes(1);
    expect(onSettled.mock.calls[0]?.[1]).toBe('signed');
    // The page's own message arrived through the kept opener (exact origin and window): a hint.
    await expect.poll(() => hints).toContainEqual({ status: 'Playing', workflowId });
    // The button closed the tab it opened.
    await expect.poll(async () => (await commands.tabUrls()).some((tab) => tab.startsWith(signPages))).toBe(false);

    // The second signer, from the same button: Complete.
    await userEvent.click(button);
    await commands.waitForTab(signPages);
    await commands.clickInTab(signPages, 'button[value="CF"]');
    await expect.element(page.getByTestId('workflow-status')).toHaveTextContent('Complete');
    await expect.element(button).toHaveAttribute('data-phase', 'complete');
    await expect.element(button).toHaveAttribute('aria-disabled', 'true');
    expect(onSettled).toHaveBeenCalledTimes(2);
  });

  it('reads the workflow again when the signer closes the tab without signing, and says so (in Korean)', async () => {
    const workflowId = await startTwoSigners('닫힌 서명 페이지');
    const onSettled = vi.fn();
    await render(<Signing workflowId={workflowId} onSettled={onSettled} />, {
      client: client('ko'),
      pages: { allowedOrigins: [sandboxOrigin] },
    });
    const button = page.getByRole('button', { name: '서명하기' });
    await expect.element(page.getByTestId('workflow-status')).toHaveTextContent('Playing');
    await userEvent.click(button);
    await commands.waitForTab(signPages);

    await commands.closeTabs(signPages);

    await expect.element(button).toHaveAttribute('data-phase', 'closed');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('서명 페이지를 닫았습니다. 아직 반영된 서명이 없습니다.');
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('frames the page in an accessible dialog with `mode="modal"` where frames are allowed, and settles by polling', async () => {
    await control('frames', { allow: true });
    try {
      const workflowId = await startTwoSigners('모달 서명');
      await render(<Signing workflowId={workflowId} mode="modal" />, {
        client: client(),
        pages: { allowedOrigins: [sandboxOrigin], handshakeOrigins: [sandboxOrigin] },
      });
      const button = page.getByRole('button', { name: 'Sign' });
      await expect.element(page.getByTestId('workflow-status')).toHaveTextContent('Playing');
      await userEvent.click(button);

      const dialog = page.getByRole('dialog', { name: 'eSignon signing page' });
      // `ready` only once the framed page said so: a refused frame never does.
      await expect.element(dialog).toHaveAttribute('data-state', 'ready');
      expect(await commands.inspectDocument(signPages)).toMatchObject({ framed: true, hasOpener: false });
      expect(await axeViolations()).toEqual([]);

      // The signer signs (no opener in a frame, so no message): the 2 s reads see it.
      await control(`workflows/${workflowId}/signers/1/sign`);
      await expect.element(button).toHaveAttribute('data-phase', 'signed');
      await expect.element(dialog).not.toBeInTheDocument();
      await expect.element(page.getByTestId('turn')).toHaveTextContent('김대표');
      expect(document.activeElement).toBe(button.element());
      expect(await axeViolations()).toEqual([]);
    } finally {
      await control('frames', { allow: false });
    }
  });
});
