import { type EsignClient, type KitErrorCode, launchIdParam } from '@esign-kit/core';
import { cancelSignature, findContract, listContracts } from '@esign-kit/core/server';
import type { EsignProxyHandler } from './createEsignProxy.js';
import type { OperationRule } from './operationRules.js';

/** The customers one user (or tenant) may link contracts to. */
export interface HostedPageScope {
  /** Names the scope in reports (a tenant id, say). Never a secret: it is logged. */
  readonly id: string;
  /** Read again at each reconciliation, so a live set may grow (a customer the tenant just created). */
  readonly customerIds: ReadonlySet<number> | readonly number[];
}

/** A contract found outside the scope of every page and request that could have made it. */
export interface OutOfScopeContract {
  readonly errorCode: Extract<KitErrorCode, 'ESIGN_KIT_HOSTED_PAGE_OUT_OF_SCOPE'>;
  readonly contractUuid: string;
  readonly signatureUuid: string | undefined;
  /** The customers the contract is linked to (none: linked to no customer). */
  readonly customerIds: readonly number[];
  /** The scopes whose hosted pages were open when it was made: who made it, as far as can be told. */
  readonly suspects: readonly string[];
  /** Whether its signature request was canceled (a concluded one cannot be). */
  readonly canceled: boolean;
}

export interface HostedPageReconcilerOptions {
  /** The server client (`createEsignServerClient`): lists and reads contracts, cancels signatures. */
  readonly client: EsignClient;
  /** The scope of the request's user; `undefined` refuses the tracked operation (403). */
  readonly scopeOf: (request: Request) => HostedPageScope | undefined | Promise<HostedPageScope | undefined>;
  /** Told about each out-of-scope contract, after its signature was canceled (or could not be). */
  readonly onViolation?: (report: OutOfScopeContract) => void;
  /** Told when a lookup or a cancellation failed; the contract is tried again next time. */
  readonly onError?: (error: unknown) => void;
  /** How long after a page is minted a new contract may come from it. @default 3600000 (1 hour) */
  readonly pageWindowMs?: number;
  /** Clock skew allowed between this server and Prix. @default 5000 */
  readonly skewMs?: number;
  /** @default Date.now */
  readonly now?: () => number;
}

/** Reconciles what hosted pages did with the scope of the user who opened them. */
export interface HostedPageReconciler {
  /** Records each allowed call of the rule's operation (a page mint, or an API call that makes a contract) with the user's scope. */
  track(rule: OperationRule): OperationRule;
  /**
   * Reconciles first (while a tracked page is open), then runs the rule's check: for reads, so
   * no one lists a contract before it is checked. A failed reconciliation fails the read (500):
   * fail closed; it is tried again on the next one.
   */
  reconcileBefore(rule: OperationRule): OperationRule;
  /** Reconciles on completion: after the proxy serves its return page (`<basePath>/return`). */
  wrap(proxy: EsignProxyHandler, options?: { readonly basePath?: string }): EsignProxyHandler;
  /** Checks every contract made while a tracked page was open; cancels and reports those out of scope. */
  reconcile(): Promise<readonly OutOfScopeContract[]>;
  /** A contract the app's server made itself (outside tracked rules) while pages were open: never judged. */
  claim(contractUuid: string): void;
}

interface Window {
  readonly scope: HostedPageScope;
  readonly page: boolean;
  readonly from: number;
  readonly until: number;
}

const maxWindows = 10_000;
const requestWindowMs = 2 * 60_000;
const pageSize = 100;
const has = (ids: HostedPageScope['customerIds'], id: number) =>
  'has' in ids ? ids.has(id) : (ids as readonly number[]).includes(id);

/**
 * Hosted pages act with the whole business's rights: the use-template page lists every customer
 * of the business, and Prix documents no way to hide that input. This closes the gap after the
 * fact. Each tracked mint (and each tracked API call that makes a contract) opens a window
 * with the user's scope; `reconcile` then reads every contract made while a page window was
 * open, and one linked to no customer, or to customers outside every scope open at that time,
 * is reported and its signature request canceled (Prix has no way to delete a contract). A
 * contract that the scope of another open page or request covers is left alone: who clicked what
 * on Prix's page cannot be told apart from here. Windows live in this process's memory.
 *
 * @example
 * ```ts
 * const pages = createHostedPageReconciler({
 *   client: createEsignServerClient({ apiKey, upstream }),
 *   scopeOf: (request) => tenantOf(request),
 *   onViolation: (report) => logger.warn(report),
 * })
 * const proxy = pages.wrap(createEsignProxy({
 *   apiKey, upstream, authorize: isSignedIn,
 *   operations: [
 *     pages.track(allow(templateUseUrl, ownsDefaultCustomer)),
 *     pages.track(allow(createSignatureFromTemplate, ownsCustomers)),
 *     pages.reconcileBefore(allow(listContracts, listsOwnCustomers)),
 *   ],
 * }))
 * ```
 */
export function createHostedPageReconciler(options: HostedPageReconcilerOptions): HostedPageReconciler {
  const { client } = options;
  const clock = options.now ?? Date.now;
  const skewMs = options.skewMs ?? 5000;
  const pageWindowMs = options.pageWindowMs ?? 60 * 60_000;
  let windows: Window[] = [];
  /** Contracts already judged (or claimed), by uuid, with their creation time for pruning. */
  const judged = new Map<string, number>();
  let queued: Promise<readonly OutOfScopeContract[]> | undefined;
  let tail: Promise<unknown> = Promise.resolve();

  async function runOnce(): Promise<readonly OutOfScopeContract[]> {
    const now = clock();
    if (!windows.some((window) => window.page)) {
      windows = windows.filter((window) => window.until >= now);
      return [];
    }
    const since = Math.min(...windows.map((window) => window.from)) - skewMs;
    for (const [uuid, at] of judged) if (at < since) judged.delete(uuid);
    const reports: OutOfScopeContract[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const page = await client.request(listContracts, {
        createdAtAfter: new Date(since).toISOString(),
        orderKey: 'createdAt',
        orderValue: 'ASC',
        limit: pageSize,
        offset,
      });
      for (const summary of page.contracts) {
        const report = await judge(summary.uuid, Date.parse(summary.createdAt));
        if (report) reports.push(report);
      }
      if (offset + pageSize >= page.total || page.contracts.length === 0) break;
    }
    // Every contract up to `now` has been read: windows that ended before it are done.
    windows = windows.filter((window) => window.until >= now);
    return reports;
  }

  async function judge(uuid: string, createdAt: number): Promise<OutOfScopeContract | undefined> {
    const key = uuid.toLowerCase();
    if (judged.has(key) || Number.isNaN(createdAt)) return undefined;
    const covering = windows.filter(
      (window) => window.from - skewMs <= createdAt && createdAt <= window.until + skewMs,
    );
    const pages = covering.filter((window) => window.page);
    // Made while no tracked page was open: not a hosted page's doing (the app's own server, say).
    if (pages.length === 0) return undefined;
    const { contract } = await client.request(findContract, { uuid });
    const customerIds = contract.customers.map((customer) => customer.id);
    const inScope =
      customerIds.length > 0 && covering.some((window) => customerIds.every((id) => has(window.scope.customerIds, id)));
    if (inScope) {
      judged.set(key, createdAt);
      return undefined;
    }
    const signature = contract.signature;
    let canceled = signature?.status === 'CANCELED';
    if (signature && (signature.status === 'CREATED' || signature.status === 'WAITING')) {
      await client.request(cancelSignature, { signatureUuid: signature.uuid });
      canceled = true;
    }
    judged.set(key, createdAt);
    const report: OutOfScopeContract = {
      errorCode: 'ESIGN_KIT_HOSTED_PAGE_OUT_OF_SCOPE',
      contractUuid: contract.uuid,
      signatureUuid: signature?.uuid,
      customerIds,
      suspects: [...new Set(pages.map((window) => window.scope.id))],
      canceled,
    };
    try {
      options.onViolation?.(report);
    } catch (error) {
      options.onError?.(error);
    }
    return report;
  }

  function reconcile(): Promise<readonly OutOfScopeContract[]> {
    // One run at a time; callers arriving while one waits share it.
    if (queued) return queued;
    const run = tail.then(
      () => {
        queued = undefined;
        return runOnce();
      },
      () => {
        queued = undefined;
        return runOnce();
      },
    );
    queued = run;
    tail = run;
    return run;
  }

  return {
    track(rule) {
      return {
        ...rule,
        authorize: async (context) => {
          // Only `true` goes on: `false` and 'not-found' are passed on as they are.
          const answer = await rule.authorize(context);
          if (answer !== true) return answer;
          const scope = await options.scopeOf(context.request);
          // Fail closed: a page nobody can be held to, or more open pages than can be tracked.
          if (!scope || windows.length >= maxWindows) return false;
          const from = clock();
          const page = context.operation.kind === 'page-url';
          windows.push({ scope, page, from, until: from + (page ? pageWindowMs : requestWindowMs) });
          return true;
        },
      };
    },
    reconcileBefore(rule) {
      return {
        ...rule,
        authorize: async (context) => {
          if (windows.some((window) => window.page)) await reconcile();
          return rule.authorize(context);
        },
      };
    },
    wrap(proxy, wrapOptions = {}) {
      const returnPath = `/${(wrapOptions.basePath ?? '/api/esign').replace(/^\/+|\/+$/g, '')}/return`;
      return async (request) => {
        const response = await proxy(request);
        const url = new URL(request.url);
        if (request.method === 'GET' && url.pathname === returnPath && url.searchParams.has(launchIdParam)) {
          await reconcile().catch((error: unknown) => options.onError?.(error));
        }
        return response;
      };
    },
    reconcile,
    claim(contractUuid) {
      judged.set(contractUuid.toLowerCase(), clock());
    },
  };
}
