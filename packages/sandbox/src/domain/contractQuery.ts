import type { OperationParsedInput } from '@esign-kit/core';
import type { listContracts } from '@esign-kit/core/server';
import type { SandboxState } from '../state/index.js';
import type { SandboxContract } from '../state/model.js';
import { linkedCustomers } from './customers.js';
import { includesText, inDateRange, paginate } from './lists.js';

type ListContractsInput = OperationParsedInput<typeof listContracts>;
type Filter = (contract: SandboxContract) => boolean;

/**
 * The contract list (§2.4): filtered, sorted, then paged; `total` counts every match.
 *
 * Inferred where the reference is silent:
 * - text filters (`title`, `customer`, `participant*`) match a part, ignoring case;
 * - list filters (`tagIds`, `customerIds`, `customerCustomKeys`) match a contract linked to ANY
 *   of the values, and several filters combine with AND;
 * - `periodStatus` is judged against the sandbox clock: `before` = starts later, `ongoing` =
 *   started (or no start) and not ended (or no end), `after` = ended; a contract with no period
 *   at all matches none of them;
 * - the default order is newest first (`createdAt DESC`); contracts without the sort date come
 *   last whatever the direction (among themselves, highest id first);
 * - `DELETED` contracts (only ever printed by `find`) are never listed.
 */
export function queryContracts(
  state: SandboxState,
  input: ListContractsInput,
  now: Date,
): { total: number; page: SandboxContract[] } {
  const filters = buildFilters(state, input, now);
  const rows = state.contracts.filter((contract) => filters.every((filter) => filter(contract)));
  rows.sort(comparator(input.orderKey ?? 'createdAt', input.orderValue ?? 'DESC'));
  return paginate(rows, input);
}

function buildFilters(state: SandboxState, input: ListContractsInput, now: Date): Filter[] {
  const filters: Filter[] = [(contract) => contract.status !== 'DELETED'];
  const add = (active: unknown, filter: Filter) => {
    if (active !== undefined) filters.push(filter);
  };
  const participants = (contract: SandboxContract) => contract.signature?.participants ?? [];
  const { title, customer, participantName, participantEmail, participantPhone } = input;

  add(title, (contract) => includesText(contract.title, title ?? ''));
  add(customer, (contract) =>
    linkedCustomers(state, contract.customerIds).some((linked) => includesText(linked.title, customer ?? '')),
  );
  add(participantName, (contract) => participants(contract).some((p) => includesText(p.name, participantName ?? '')));
  add(participantEmail, (contract) =>
    participants(contract).some((p) => includesText(p.email, participantEmail ?? '')),
  );
  add(participantPhone, (contract) =>
    participants(contract).some((p) => includesText(p.phone, participantPhone ?? '')),
  );
  add(input.type, (contract) => contract.type === input.type);
  add(input.status, (contract) => contract.status === input.status);
  add(input.tagIds, (contract) => contract.tagIds.some((id) => input.tagIds?.includes(id)));
  add(input.customerIds, (contract) => contract.customerIds.some((id) => input.customerIds?.includes(id)));
  add(input.customerCustomKeys, (contract) =>
    linkedCustomers(state, contract.customerIds).some(
      (linked) => linked.customKey !== null && input.customerCustomKeys?.includes(linked.customKey),
    ),
  );
  add(input.signature, (contract) => (contract.signature !== null) === (input.signature === 'included'));
  add(input.periodStatus, (contract) => periodStatusOf(contract, now) === input.periodStatus);
  add(input.createdAtAfter ?? input.createdAtBefore, (contract) =>
    inDateRange(contract.createdAt, input.createdAtAfter, input.createdAtBefore),
  );
  add(input.endDateAfter ?? input.endDateBefore, (contract) =>
    inDateRange(contract.contractDate.endDate, input.endDateAfter, input.endDateBefore),
  );
  add(input.hasNoCustomer, (contract) => linkedCustomers(state, contract.customerIds).length === 0);
  return filters;
}

/** Where `now` falls relative to the contract period, or `undefined` when it has none. */
export function periodStatusOf(contract: SandboxContract, now: Date): 'before' | 'ongoing' | 'after' | undefined {
  const { startDate, endDate } = contract.contractDate;
  if (startDate === null && endDate === null) return undefined;
  const time = now.getTime();
  if (startDate !== null && time < Date.parse(startDate)) return 'before';
  if (endDate !== null && time > Date.parse(endDate)) return 'after';
  return 'ongoing';
}

type OrderKey = NonNullable<ListContractsInput['orderKey']>;

function sortDate(contract: SandboxContract, key: OrderKey): string | null {
  return key === 'createdAt' ? contract.createdAt : contract.contractDate[key];
}

function comparator(key: OrderKey, direction: 'ASC' | 'DESC') {
  const sign = direction === 'ASC' ? 1 : -1;
  return (a: SandboxContract, b: SandboxContract): number => {
    const left = sortDate(a, key);
    const right = sortDate(b, key);
    if (left === null || right === null) return left === right ? b.id - a.id : left === null ? 1 : -1;
    return sign * (Date.parse(left) - Date.parse(right)) || sign * (a.id - b.id);
  };
}
