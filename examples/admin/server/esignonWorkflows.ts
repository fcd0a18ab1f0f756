/** A workflow a demo user started, as the demo books it. */
export interface OwnedWorkflow {
  readonly workflowId: string;
  readonly title: string;
  /** ISO time the proxy answered the start. */
  readonly startedAt: string;
}

/**
 * Which demo tenant started which eSignon workflow. eSignon knows one company account (the
 * proxy's login), not the app's tenants, so the app keeps this itself and `authorize` asks it
 * before any read, cancel or page of a workflow. In memory: a demo (an app keeps it in its database).
 */
export interface EsignonWorkflowOwners {
  record(tenantId: string, workflow: OwnedWorkflow): void;
  /** The tenant that started `workflowId`, if any did. */
  ownerOf(workflowId: string): string | undefined;
  /** The tenant's workflows, newest first. */
  listOf(tenantId: string): readonly OwnedWorkflow[];
}

export function createEsignonWorkflowOwners(): EsignonWorkflowOwners {
  const owners = new Map<string, string>();
  const byTenant = new Map<string, OwnedWorkflow[]>();
  return {
    record(tenantId, workflow) {
      if (owners.has(workflow.workflowId)) return; // a workflow id is never handed to a second tenant
      owners.set(workflow.workflowId, tenantId);
      byTenant.set(tenantId, [workflow, ...(byTenant.get(tenantId) ?? [])]);
    },
    ownerOf: (workflowId) => owners.get(workflowId),
    listOf: (tenantId) => byTenant.get(tenantId) ?? [],
  };
}
