import type { concludedFiles } from '@esign-kit/core/server';
import { concludedFilesOf, lookupContract } from '../domain/contracts.js';
import type { SandboxHandler } from './types.js';

/**
 * `GET contracts/download/concluded-contract-files-url` (reference §2.14): download URLs of the
 * concluded PDF and of the audit certificate, which is `SIGNATURE_CERTIFICATE_NOT_READY` for a
 * while after conclusion (see `concludedFilesOf` in the domain).
 */
export const concludedFilesHandler: SandboxHandler<typeof concludedFiles> = (
  input,
  { state, now, certificateDelayMs },
) => {
  const found = lookupContract(state, input);
  if (!found.ok) return found;
  const files = concludedFilesOf(found.value, now(), certificateDelayMs);
  return files.ok ? { ok: true, data: files.value } : files;
};
