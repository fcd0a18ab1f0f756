import type { z } from 'zod/mini';
import type {
  esignonCancelWorkflowDataSchema,
  esignonHistoryEntrySchema,
  esignonLastCallbackSchema,
  esignonPageUrlDataSchema,
  esignonPersonSchema,
  esignonStartWorkflowDataSchema,
  esignonWorkflowSchema,
  esignonWorkflowSignerSchema,
  esignonWorkflowStatusSchema,
} from './dataSchemas.js';
import type {
  esignonCcInputSchema,
  esignonDocumentSchema,
  esignonDownloadUrlInputSchema,
  esignonFieldInputSchema,
  esignonLanguageSchema,
  esignonSignerInputSchema,
  esignonStartWorkflowInputSchema,
  esignonWorkflowInputSchema,
} from './inputSchemas.js';

// @module The kit-level eSignon types, read from the schemas (one source of truth) through type
// imports only: the browser entry re-exports them without loading zod.

/** What `esignonStartWorkflow` takes (see its schema for the limits). */
export type EsignonStartWorkflowInput = z.input<typeof esignonStartWorkflowInputSchema>;
/** One signer of {@link EsignonStartWorkflowInput}. */
export type EsignonSignerInput = z.input<typeof esignonSignerInputSchema>;
/** One CC recipient of {@link EsignonStartWorkflowInput}. */
export type EsignonCcInput = z.input<typeof esignonCcInputSchema>;
/** One prefilled field of {@link EsignonStartWorkflowInput}. */
export type EsignonFieldInput = z.input<typeof esignonFieldInputSchema>;
/** `'ko-KR' | 'en-US' | 'ja-JP'`. */
export type EsignonLanguageInput = z.infer<typeof esignonLanguageSchema>;
/** A workflow by id: the input of the read, cancel and signing-url operations. */
export type EsignonWorkflowInput = z.input<typeof esignonWorkflowInputSchema>;
/** The input of `esignonDownloadUrl`. */
export type EsignonDownloadUrlInput = z.input<typeof esignonDownloadUrlInputSchema>;
/** `'signed' | 'certificate'`. */
export type EsignonDocument = z.infer<typeof esignonDocumentSchema>;

/** What `esignonStartWorkflow` resolves to. */
export type EsignonStartWorkflowData = z.infer<typeof esignonStartWorkflowDataSchema>;
/** A workflow as `esignonWorkflow` returns it. */
export type EsignonWorkflow = z.infer<typeof esignonWorkflowSchema>;
/** `'Playing' | 'Complete' | 'Canceled' | 'Disposal' | 'Truncate'`, open to new values. */
export type EsignonWorkflowStatus = z.infer<typeof esignonWorkflowStatusSchema>;
/** One signer step of a {@link EsignonWorkflow}. */
export type EsignonWorkflowSigner = z.infer<typeof esignonWorkflowSignerSchema>;
/** One history entry of a {@link EsignonWorkflow}. */
export type EsignonHistoryEntry = z.infer<typeof esignonHistoryEntrySchema>;
/** The latest callback's summary in a {@link EsignonWorkflow}. */
export type EsignonLastCallback = z.infer<typeof esignonLastCallbackSchema>;
/** A name and an e-mail address or mobile number. */
export type EsignonPerson = z.infer<typeof esignonPersonSchema>;
/** What `esignonCancelWorkflow` resolves to. */
export type EsignonCancelWorkflowData = z.infer<typeof esignonCancelWorkflowDataSchema>;
/** What the page-url operations resolve to. */
export type EsignonPageUrlData = z.infer<typeof esignonPageUrlDataSchema>;
