'use client';
/**
 * @module `@esign-kit/react/esignon`: hooks and buttons for eSignon (이싸인온) workflows, kept out
 * of the main entry so a Prix-only app bundles none of it.
 */
export type {
  EsignonStartWorkflowData,
  EsignonStartWorkflowInput,
  EsignonWorkflow,
} from '@esign-kit/core/esignon';
export { EsignonDocumentButton, type EsignonDocumentButtonProps } from './EsignonDocumentButton.js';
export { EsignonSignButton, type EsignonSignButtonProps } from './EsignonSignButton.js';
export { type EsignonLabels, esignonLabels } from './esignonLabels.js';
export { esignonAllowedOrigins, esignonPageOrigins } from './esignonPages.js';
export {
  type EsignonPageHint,
  type EsignonSignPhase,
  readEsignonPageMessage,
  settledPhase,
  signingPosition,
} from './esignonProgress.js';
export { useCancelEsignonWorkflow } from './useCancelEsignonWorkflow.js';
export {
  signingPollMs,
  type UseEsignonSigningOptions,
  type UseEsignonSigningResult,
  useEsignonSigning,
} from './useEsignonSigning.js';
export { type UseEsignonWorkflowOptions, useEsignonWorkflow } from './useEsignonWorkflow.js';
export { useStartEsignonWorkflow } from './useStartEsignonWorkflow.js';
