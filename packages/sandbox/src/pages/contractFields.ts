import type { SandboxState } from '../state/index.js';
import { selectField, shownValue, textField, toDateInput } from './forms.js';
import type { FormRetry } from './pageTypes.js';
import type { Html } from './render.js';

/** A contract's pre-filled title and period (ISO times; the inputs show the date part). */
export interface ContractPrefill {
  readonly title?: string | undefined;
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
}

/** The contract's title (required), start and end date: named `title`, `startDate`, `endDate`. */
export function contractBasicsFields(prefill: ContractPrefill, retry: FormRetry | undefined): Html[] {
  return [
    textField({
      name: 'title',
      label: '계약서 제목 · Contract title',
      required: true,
      value: shownValue(retry, 'title', prefill.title),
    }),
    textField({
      name: 'startDate',
      label: '계약 시작일 · Start date',
      type: 'date',
      value: shownValue(retry, 'startDate', toDateInput(prefill.startDate)),
    }),
    textField({
      name: 'endDate',
      label: '계약 종료일 · End date',
      type: 'date',
      value: shownValue(retry, 'endDate', toDateInput(prefill.endDate)),
    }),
  ];
}

/** The `customer` select: none, or any customer of the business, pre-set to `defaultId`. */
export function customerSelect(
  state: SandboxState,
  defaultId: number | string | undefined,
  retry: FormRetry | undefined,
): Html {
  return selectField({
    name: 'customer',
    label: '고객 · Customer',
    value: shownValue(retry, 'customer', defaultId === undefined ? '' : String(defaultId)),
    options: [
      { value: '', label: '없음 · None' },
      ...state.customers.map((customer) => ({ value: String(customer.id), label: customer.title })),
    ],
  });
}
