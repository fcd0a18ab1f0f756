import { useQuery } from '@tanstack/react-query';

/** What `GET /demo/esignon` answers (see `server/esignonDemo.ts`). */
export interface EsignonSetup {
  /** `sandbox`: the sandbox's eSignon; `esignon`: the real one. */
  readonly mode: 'sandbox' | 'esignon';
  /** Where signing pages and documents open from: this section's launcher allowlist. */
  readonly pageOrigins: readonly string[];
  /** The tenant's workflows, newest first. */
  readonly workflows: readonly { readonly workflowId: string; readonly title: string; readonly startedAt: string }[];
}

export const esignonSetupKey = ['demo', 'esignon'] as const;

/** The section's settings; `null` when the demo runs without eSignon (404). */
async function getEsignonSetup(): Promise<EsignonSetup | null> {
  const response = await fetch('/demo/esignon', { credentials: 'same-origin' });
  if (response.status === 404) return null;
  const body = (await response.json()) as { ok: boolean; data?: EsignonSetup; message?: string };
  if (!response.ok || !body.ok || !body.data) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body.data;
}

/** The eSignon section's settings and the signed-in tenant's workflows. */
export function useEsignonSetup() {
  return useQuery({ queryKey: esignonSetupKey, queryFn: getEsignonSetup });
}
