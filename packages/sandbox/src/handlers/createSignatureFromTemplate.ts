import type { createSignatureFromTemplate } from '@esign-kit/core/server';
import { requestSignatureFromTemplate, toCreatedView } from '../domain/createSignature.js';
import { answer, type SandboxHandler } from './types.js';

/**
 * `POST signature-templates/{key}/signatures` (reference §3.4): creates the contract and its
 * `WAITING` signature, with every check of the page's error table that the sandbox can meet
 * (see `requestSignatureFromTemplate` and `prepareTemplateRequest` in the domain).
 */
export const createSignatureFromTemplateHandler: SandboxHandler<typeof createSignatureFromTemplate> = (
  input,
  { state, now },
) => answer(requestSignatureFromTemplate(state, input.templateKey, input.input, now()), toCreatedView);
