import * as pages from './pages.generated.js';
import type { HostedPage } from './pageTypes.js';

type DeclaredPage = (typeof pages)[keyof typeof pages];

/** Which hosted page a page-URL operation opens: the kinds the page modules declare. */
export type PageKind = DeclaredPage['kind'];

/** Every hosted page, as the page modules declare them (see `pages.generated.ts`). */
export const hostedPages: readonly HostedPage<PageKind>[] = Object.values(pages);

/** Every hosted page kind, in a stable order (the page modules' file order). */
export const pageKinds: readonly PageKind[] = hostedPages.map((page) => page.kind);

const byKind: ReadonlyMap<string, HostedPage<PageKind>> = new Map(hostedPages.map((page) => [page.kind, page]));

/** Whether `value` names a hosted page. */
export function isPageKind(value: string): value is PageKind {
  return byKind.has(value);
}

/** The page of `kind`. */
export function pageOf(kind: PageKind): HostedPage<PageKind> {
  const page = byKind.get(kind);
  if (!page) throw new Error(`No hosted page of kind ${kind}`);
  return page;
}
