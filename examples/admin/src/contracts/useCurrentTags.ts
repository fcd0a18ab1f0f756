import { type Contract, contractsQueryOptions } from '@esign-kit/core';
import { useEsignClient } from '@esign-kit/react';
import { useQueries } from '@tanstack/react-query';
import { useDemo } from '../shell/DemoContext.js';

/** A contract's current tags, or why they are not known yet. */
export interface CurrentTags {
  /** The linked tag ids; `undefined` while any tag's list is loading or failed. */
  readonly tagIds: ReadonlySet<number> | undefined;
  readonly isPending: boolean;
  readonly error: Error | null;
}

/**
 * Prix's lookup does not print a contract's tags (reference §2.2), but the contract list filters by
 * tag (§2.4, `tagIds`): one list per tag, narrowed to this contract's title and the tenant's
 * customers, tells whether the contract is among that tag's. The lists refetch after the tags are
 * saved (`setContractTags` invalidates every contract list).
 * https://api-kit.prix.im/signature/search
 */
export function useCurrentTags(contract: Pick<Contract, 'uuid' | 'title'>, tagIds: readonly number[] | undefined) {
  const client = useEsignClient('useCurrentTags');
  const { user } = useDemo();
  return useQueries({
    queries: (tagIds ?? []).map((tagId) =>
      contractsQueryOptions(client, {
        customerIds: [...user.tenant.customerIds],
        tagIds: [tagId],
        title: contract.title,
        limit: 100,
      }),
    ),
    combine: (results): CurrentTags => {
      const error = results.find((result) => result.error)?.error ?? null;
      const isPending = tagIds === undefined || results.some((result) => result.isPending);
      if (error || isPending) return { tagIds: undefined, isPending, error };
      const linked = new Set<number>();
      results.forEach((result, index) => {
        const tagId = tagIds?.[index];
        if (tagId !== undefined && result.data?.contracts.some((row) => row.uuid === contract.uuid)) linked.add(tagId);
      });
      return { tagIds: linked, isPending: false, error: null };
    },
  });
}
