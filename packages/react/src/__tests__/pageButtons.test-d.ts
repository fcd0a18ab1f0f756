import { contractDetailUrlRoute, templateUseUrlRoute } from '@esign-kit/core';
import { type ComponentProps, createElement, type MouseEvent } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import {
  ContractDetailButton,
  ContractListButton,
  PageButton,
  type PageButtonFor,
  type PageButtonProps,
  UseTemplateButton,
} from '../index.js';

const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';

describe('page button props', () => {
  it('take the operation input in `input`, typed from the route', () => {
    createElement(ContractDetailButton, { input: { contractUuid } });
    createElement(UseTemplateButton, { input: { templateKey: 12, input: { option: { successUrl: undefined } } } });
    expectTypeOf<PageButtonFor<typeof contractDetailUrlRoute>['input']>().toEqualTypeOf<{ contractUuid: string }>();
    // @ts-expect-error the input is required when the route has required fields
    createElement(ContractDetailButton, { mode: 'modal' });
    // @ts-expect-error a field the route does not have
    createElement(ContractDetailButton, { input: { contractUuid, bogus: 1 } });
    // @ts-expect-error the input's fields are no longer props of their own
    createElement(ContractDetailButton, { contractUuid });
  });

  it('make `input` optional when every field of the route is', () => {
    createElement(ContractListButton, {});
    createElement(ContractListButton, { input: { customerId: 1 } });
  });

  it('take the DOM attributes of a button: aria-*, data-*, id, title, ref…', () => {
    createElement(ContractDetailButton, {
      input: { contractUuid },
      'aria-label': '계약서 상세 보기',
      'aria-describedby': 'hint',
      'data-testid': 'detail',
      'data-row': 3,
      id: 'detail-button',
      title: '상세',
      name: 'detail',
      form: 'f',
      tabIndex: 0,
      style: { color: 'red' },
      onClick: (event: MouseEvent<HTMLButtonElement>) => event.preventDefault(),
      onFocus: () => undefined,
      ref: (button: HTMLButtonElement | null) => void button,
    });
    const generic: PageButtonProps<typeof contractDetailUrlRoute> = {
      operation: contractDetailUrlRoute,
      input: { contractUuid },
      'data-testid': 'detail',
      'aria-label': 'details',
    };
    createElement(PageButton, generic);
  });

  it('refuse anything that is neither a button attribute nor an option', () => {
    // @ts-expect-error not an attribute of <button>
    createElement(ContractDetailButton, { input: { contractUuid }, href: '/x' });
    // @ts-expect-error not an attribute, not an option
    createElement(ContractDetailButton, { input: { contractUuid }, customerCustomKey: 'x' });
    // @ts-expect-error `onError` is the launcher's (a LauncherError), not the DOM's error event
    createElement(ContractDetailButton, { input: { contractUuid }, onError: (event: Event) => void event });
    const detailInput = { contractUuid };
    // @ts-expect-error the input of another route
    const other: PageButtonProps<typeof templateUseUrlRoute> = { operation: templateUseUrlRoute, input: detailInput };
    void other;
  });

  it('keep the launcher options', () => {
    expectTypeOf<ComponentProps<typeof ContractDetailButton>['mode']>().toEqualTypeOf<'modal' | 'tab' | undefined>();
    expectTypeOf<ComponentProps<typeof ContractDetailButton>['asChild']>().toEqualTypeOf<boolean | undefined>();
  });
});
