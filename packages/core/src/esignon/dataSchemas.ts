import * as z from 'zod/mini';
import { openEnum } from '../schemas/response.js';

/**
 * @module The `data` of the eSignon operations, in the kit's camelCase shapes (the proxy maps the
 * wire to them). Tolerant readers: a status eSignon adds later is kept as a string, fields the
 * reference leaves open are optional, and unknown keys pass.
 */

/**
 * The statuses of a workflow (`workflow_status`), open to new ones.
 *
 * @example
 * ```ts
 * esignonWorkflowStatusSchema.parse('Archived') // 'Archived': a status eSignon adds later still reads
 * ```
 */
export const esignonWorkflowStatusSchema = openEnum(['Playing', 'Complete', 'Canceled', 'Disposal', 'Truncate']);

/** A person as a page or a callback names them: name and e-mail or mobile number. */
export const esignonPersonSchema = z.object({ name: z.string(), contact: z.string() });

/**
 * `data` of `esignonStartWorkflow`. The signing URL stays on the server: ask `esignonSigningUrl`.
 *
 * @example
 * ```ts
 * esignonStartWorkflowDataSchema.parse({ workflowId: '12584', title: '근로계약서' })
 * ```
 */
export const esignonStartWorkflowDataSchema = z.object({
  workflowId: z.string(),
  title: z.string(),
  /** Who signs first, when eSignon said so (observed in embed mode, not documented). */
  nextSigner: z.optional(esignonPersonSchema),
});

/** One signer step (`owner_list`). */
export const esignonWorkflowSignerSchema = z.object({
  /** 1-based signing order. */
  order: z.number(),
  name: z.string(),
  contact: z.optional(z.string()),
  /** Whether it is this signer's turn now (`turn_yn`). */
  turn: z.boolean(),
});

/** One entry of the history (`action_history_list`). */
export const esignonHistoryEntrySchema = z.object({
  /** `WORKFLOW_START`, `SIGN_COMPLETE`, `WORKFLOW_CANCEL`, … (open to new ones). */
  code: z.string(),
  actionId: z.optional(z.string()),
  /** When, as eSignon prints it (`+09:00` asked for). */
  at: z.optional(z.string()),
  name: z.optional(z.string()),
  contact: z.optional(z.string()),
  comment: z.optional(z.string()),
});

/** What the latest ExportAPI callback said (kept by the proxy). */
export const esignonLastCallbackSchema = z.object({
  status: z.string(),
  workType: openEnum(['CF', 'RT']),
  actionId: z.string(),
  at: z.string(),
});

/**
 * `data` of `esignonWorkflow`: the v2 read merged with the latest callback the proxy kept.
 *
 * @example
 * ```ts
 * esignonWorkflowSchema.safeParse(withEsignonState(fromWorkflowBody(body), kept)).success // true
 * ```
 */
export const esignonWorkflowSchema = z.object({
  workflowId: z.string(),
  title: z.string(),
  status: esignonWorkflowStatusSchema,
  createdAt: z.optional(z.string()),
  updatedAt: z.optional(z.string()),
  expiresOn: z.optional(z.string()),
  /** The step being signed (1-based), while the workflow plays. */
  currentStep: z.optional(z.number()),
  totalSteps: z.optional(z.number()),
  signers: z.array(esignonWorkflowSignerSchema),
  history: z.array(esignonHistoryEntrySchema),
  /** Who signs next, from the latest callback or the start answer. */
  nextSigner: z.optional(esignonPersonSchema),
  /** Whether a signing page is kept for the current signer (`esignonSigningUrl` answers). */
  signingUrlAvailable: z.boolean(),
  /** Whether the signed document and certificate can be downloaded (status `Complete`). */
  documentsAvailable: z.boolean(),
  lastCallback: z.optional(esignonLastCallbackSchema),
});

/**
 * `data` of `esignonCancelWorkflow`.
 *
 * @example
 * ```ts
 * esignonCancelWorkflowDataSchema.parse({ workflowId: '12584', status: 'Canceled' })
 * ```
 */
export const esignonCancelWorkflowDataSchema = z.object({
  workflowId: z.string(),
  status: openEnum(['Canceled']),
});

/**
 * `data` of the page-url operations: a page to open, never cached.
 *
 * @example
 * ```ts
 * esignonPageUrlDataSchema.parse({ url: 'https://docs.esignon.net/mail/sign?token=…' })
 * ```
 */
export const esignonPageUrlDataSchema = z.object({ url: z.string() });
