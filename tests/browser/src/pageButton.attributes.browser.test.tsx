import { ContractDetailButton, ContractListButton } from '@esign-kit/react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { cleanup, recordingFetch, render } from './render.js';

const sandboxOrigin = inject('sandboxOrigin');
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';

afterEach(async () => {
  await cleanup();
  await commands.closeOtherTabs();
  vi.restoreAllMocks();
});

describe('a page button with DOM attributes', () => {
  it('puts aria-*, data-* and other button attributes on the button and sends only `input` to the proxy', async () => {
    const recorder = recordingFetch();
    await render(
      <>
        <p id="detail-hint">Opens Prix in a new tab</p>
        <ContractDetailButton
          input={{ contractUuid }}
          aria-label="Open the contract"
          aria-describedby="detail-hint"
          data-testid="detail-button"
          data-row={3}
          id="detail"
          title="Contract details"
        />
      </>,
      { fetch: recorder.fetch },
    );
    const trigger = page.getByTestId('detail-button');
    await expect.element(trigger).toHaveAccessibleName('Open the contract');
    await expect.element(trigger).toHaveAccessibleDescription('Opens Prix in a new tab');
    await expect.element(trigger).toHaveAttribute('data-row', '3');
    await expect.element(trigger).toHaveAttribute('id', 'detail');
    await expect.element(trigger).toHaveAttribute('title', 'Contract details');
    // The package's own attributes are still there.
    await expect.element(trigger).toHaveAttribute('data-esign-kit-part', 'trigger');
    await expect.element(trigger).toHaveAttribute('type', 'button');

    await userEvent.click(trigger);

    await commands.waitForTab(`${sandboxOrigin}/pages/contract-detail/`);
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
    expect(recorder.requests.map((request) => request.path)).toEqual([`/api/esign/contracts/${contractUuid}/url`]);
    expect(await recorder.requests[0]?.answer).toMatchObject({ ok: true });
  });

  it('runs the caller’s onClick first, and a prevented click opens nothing', async () => {
    const recorder = recordingFetch();
    const onClick = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    await render(<ContractListButton onClick={onClick} data-testid="list" />, { fetch: recorder.fetch });
    const trigger = page.getByTestId('list');

    await userEvent.click(trigger);

    expect(onClick).toHaveBeenCalledTimes(1);
    await expect.element(trigger).toHaveAttribute('data-state', 'idle');
    expect(recorder.requests).toEqual([]);
  });

  it('passes the attributes to its child with asChild', async () => {
    await render(
      <ContractDetailButton input={{ contractUuid }} asChild aria-label="Details" data-testid="as-child">
        {/* biome-ignore lint/a11y/useSemanticElements: any element can be the trigger with asChild. */}
        <span role="button" tabIndex={0}>
          Contract details
        </span>
      </ContractDetailButton>,
    );
    const trigger = page.getByTestId('as-child');
    await expect.element(trigger).toHaveAccessibleName('Details');
    await expect.element(trigger).toHaveAttribute('data-esign-kit-part', 'trigger');
  });
});
