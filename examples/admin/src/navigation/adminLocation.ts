import type { FindContractInput } from '@esign-kit/core';
import { type ContractFilterValues, noFilters, pageSize } from '../contracts/contractFilters.js';

/** The admin's screens, in menu order. */
export const screens = ['contracts', 'request', 'customers', 'credits', 'esignon'] as const;
export type Screen = (typeof screens)[number];

/**
 * Where the admin is: the screen, the contract list's filters and page, and the contract shown.
 * It lives in the query string (`?screen=…&status=…&page=2&contract=…`), so a reload keeps it,
 * Back and Forward walk it, and a contract can be linked.
 */
export interface AdminLocation {
  readonly screen: Screen;
  readonly filters: ContractFilterValues;
  /** The list's offset, a multiple of `pageSize` (in the URL as a 1-based `page`). */
  readonly offset: number;
  /** The contract shown, by uuid or customKey; `null` when none is. */
  readonly contract: FindContractInput | null;
}

export const homeLocation: AdminLocation = { screen: 'contracts', filters: noFilters, offset: 0, contract: null };

const isScreen = (value: string | null): value is Screen => screens.includes(value as Screen);
const statuses: readonly ContractFilterValues['status'][] = ['CREATED', 'CONCLUDED'];
const signatures: readonly ContractFilterValues['signature'][] = ['included', 'excluded'];

function positiveInteger(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}

/**
 * Reads a location from a query string. Anything unknown or malformed falls back to the default
 * (a hand-edited URL opens the list rather than failing).
 */
export function parseAdminLocation(search: string): AdminLocation {
  const params = new URLSearchParams(search);
  const screen = params.get('screen');
  const status = params.get('status') ?? '';
  const signature = params.get('signature') ?? '';
  const tagId = positiveInteger(params.get('tag'));
  const page = positiveInteger(params.get('page')) ?? 1;
  const uuid = params.get('contract')?.trim();
  const customKey = params.get('customKey')?.trim();
  return {
    screen: isScreen(screen) ? screen : 'contracts',
    filters: {
      status: statuses.includes(status as ContractFilterValues['status'])
        ? (status as ContractFilterValues['status'])
        : '',
      signature: signatures.includes(signature as ContractFilterValues['signature'])
        ? (signature as ContractFilterValues['signature'])
        : '',
      tagId: tagId ?? '',
      title: params.get('q') ?? '',
    },
    offset: (page - 1) * pageSize,
    contract: uuid ? { uuid: uuid.toLowerCase() } : customKey ? { customKey } : null,
  };
}

/** Writes a location as a query string (`''` for the default), leaving defaults out. */
export function formatAdminLocation(location: AdminLocation): string {
  const params = new URLSearchParams();
  const { screen, filters, offset, contract } = location;
  if (screen !== 'contracts') params.set('screen', screen);
  if (filters.status) params.set('status', filters.status);
  if (filters.signature) params.set('signature', filters.signature);
  if (filters.tagId !== '') params.set('tag', String(filters.tagId));
  if (filters.title) params.set('q', filters.title);
  if (offset > 0) params.set('page', String(Math.floor(offset / pageSize) + 1));
  if (contract?.uuid) params.set('contract', contract.uuid);
  else if (contract?.customKey) params.set('customKey', contract.customKey);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Whether two lookups name the same contract the same way. */
export function sameContract(a: FindContractInput | null, b: FindContractInput | null): boolean {
  return (a?.uuid ?? null) === (b?.uuid ?? null) && (a?.customKey ?? null) === (b?.customKey ?? null);
}
