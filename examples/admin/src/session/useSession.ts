import { esignKeyRoot } from '@esign-kit/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getSession, type SessionData, sessionQueryKey, signIn, signOut } from './sessionApi.js';

/** Who is signed in, and the demo's settings. */
export function useSession() {
  return useQuery<SessionData>({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: Number.POSITIVE_INFINITY });
}

/**
 * Signs in or out. Either way every esign-kit query is dropped first, so nothing of the previous
 * user's tenant stays in the cache.
 */
export function useSessionActions() {
  const queryClient = useQueryClient();
  const refresh = async () => {
    queryClient.removeQueries({ queryKey: [esignKeyRoot] });
    queryClient.removeQueries({ queryKey: ['demo', 'sandbox'] });
    await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  };
  return {
    signIn: useMutation({ mutationFn: signIn, onSuccess: refresh }),
    signOut: useMutation({ mutationFn: signOut, onSuccess: refresh }),
  };
}
