import { pagesPrefix } from '../domain/pageSessions.js';
import { isPageKind, type PageKind, pageKinds } from './pageKinds.js';

/**
 * Which hosted pages refuse to be framed: `true` every page, `false` none, or a list whose
 * entries are page kinds (`'contract-detail'`: every page of that kind) or page URLs
 * (`http://127.0.0.1:4010/pages/contract-detail/<token>`, or just the path: that one page). A
 * URL lets one launch's fallback be tried while other pages, even of the same kind, still frame
 * (tests running side by side against one sandbox).
 */
export type RefuseFraming = boolean | readonly (PageKind | string)[];

/** The sandbox's framing switch (`refuseFraming` option, `control.refuseFraming`, `POST /__sandbox/framing`). */
export interface FramingSwitch {
  /** Whether this page answers with `X-Frame-Options: DENY` and `frame-ancestors 'none'`. */
  refuses(kind: PageKind, token?: string): boolean;
  /** What refuses framing now: page kinds in a stable order, then page paths (`/pages/<kind>/<token>`). */
  refused(): string[];
  set(refuse: RefuseFraming): void;
  /** Back to what the sandbox was created with. */
  reset(): void;
}

interface Refusals {
  readonly kinds: ReadonlySet<PageKind>;
  /** Page paths, `/pages/<kind>/<token>`. */
  readonly pages: ReadonlySet<string>;
}

/** Reads a `RefuseFraming` value, or lists the entries that are neither page kinds nor page URLs. */
export function parseRefuseFraming(value: unknown): { ok: true; value: Refusals } | { ok: false; invalid: string[] } {
  if (value === true) return { ok: true, value: { kinds: new Set(pageKinds), pages: new Set() } };
  if (value === false) return { ok: true, value: { kinds: new Set(), pages: new Set() } };
  if (!Array.isArray(value)) return { ok: false, invalid: [String(value)] };
  const kinds = new Set<PageKind>();
  const pages = new Set<string>();
  const invalid: string[] = [];
  for (const entry of value) {
    const path = typeof entry === 'string' ? pagePathOf(entry) : undefined;
    if (typeof entry === 'string' && isPageKind(entry)) kinds.add(entry);
    else if (path) pages.add(path);
    else invalid.push(String(entry));
  }
  return invalid.length ? { ok: false, invalid } : { ok: true, value: { kinds, pages } };
}

/** `/pages/<kind>/<token>` of a page URL or path, `undefined` for anything else. */
function pagePathOf(entry: string): string | undefined {
  let pathname: string;
  try {
    pathname = new URL(entry, 'http://sandbox.invalid').pathname;
  } catch {
    return undefined;
  }
  const [kind = '', token = '', ...rest] = pathname.slice(pagesPrefix.length + 1).split('/');
  if (!pathname.startsWith(`${pagesPrefix}/`) || rest.length || !isPageKind(kind) || !/^[\w-]+$/.test(token)) {
    return undefined;
  }
  return `${pagesPrefix}/${kind}/${token}`;
}

/** A framing switch starting at `initial`; throws a `TypeError` for entries it cannot read. */
export function createFramingSwitch(initial: RefuseFraming = false): FramingSwitch {
  const read = (refuse: RefuseFraming): Refusals => {
    const parsed = parseRefuseFraming(refuse);
    if (!parsed.ok)
      throw new TypeError(`refuseFraming: neither page kinds nor page URLs: ${parsed.invalid.join(', ')}`);
    return parsed.value;
  };
  const start = read(initial);
  let current = start;
  return {
    refuses: (kind, token) =>
      current.kinds.has(kind) || (token !== undefined && current.pages.has(`${pagesPrefix}/${kind}/${token}`)),
    refused: () => [...pageKinds.filter((kind) => current.kinds.has(kind)), ...current.pages],
    set(refuse) {
      current = read(refuse);
    },
    reset() {
      current = start;
    },
  };
}
