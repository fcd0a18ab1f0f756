import { createEsignClient, type EsignClient } from '@esign-kit/core';
import { EsignKitProvider } from '@esign-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startStack } from './servers.js';

export type Stack = Awaited<ReturnType<typeof startStack>>;

/**
 * Starts the real proxy and sandbox for the calling test file, resets the sandbox after each
 * test, and returns a getter (the stack exists once `beforeAll` ran).
 */
export function stackPerFile(): () => Stack {
  let stack: Stack | undefined;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());
  afterEach(() => stack?.sandbox.sandbox.reset());
  return () => {
    if (!stack) throw new Error('The stack starts in beforeAll.');
    return stack;
  };
}

function TestProviders(props: { queryClient: QueryClient; client: EsignClient; children?: ReactNode }) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <EsignKitProvider client={props.client}>{props.children}</EsignKitProvider>
    </QueryClientProvider>
  );
}

/** A fresh QueryClient (no shared cache, no retries) and a client pointed at the real proxy. */
export function wrapper(stack: Stack) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createEsignClient({ baseUrl: stack.proxyUrl, locale: 'en' });
  // biome-ignore lint/correctness/noComponentHookFactories: made once per test for renderHook, never during a render.
  const Wrapper = ({ children }: { children: ReactNode }) => TestProviders({ queryClient, client, children });
  return { Wrapper, queryClient, client };
}

/**
 * How many GET requests reached the sandbox, by path under `kit-api/v1` (`contracts/find`,
 * `signatures/usage`…): what was fetched or refetched. Compare two snapshots with {@link fetchedSince}.
 */
export function getCounts(stack: Stack): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of stack.state.requests) {
    if (request.method !== 'GET') continue;
    const path = request.path.replace('/kit-api/v1/', '');
    counts[path] = (counts[path] ?? 0) + 1;
  }
  return counts;
}

/** The GET requests made since `before` (a {@link getCounts} snapshot), by path. */
export function fetchedSince(stack: Stack, before: Record<string, number>): Record<string, number> {
  const after = getCounts(stack);
  return Object.fromEntries(
    Object.entries(after)
      .map(([path, count]) => [path, count - (before[path] ?? 0)] as const)
      .filter(([, count]) => count > 0),
  );
}

/** Waits until no query of `queryClient` is fetching (call it after the first render has started them). */
export async function allFetched(queryClient: QueryClient): Promise<void> {
  await waitFor(() => expect(queryClient.isFetching()).toBe(0));
}
