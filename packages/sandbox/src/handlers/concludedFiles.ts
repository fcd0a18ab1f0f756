import { concludedFiles } from '@esign-kit/core/server';
import { concludedFilesOf, lookupContract } from '../domain/contracts.js';
import { seedIds } from '../seed/index.js';
import { sandboxHandler } from './types.js';

/**
 * `GET contracts/download/concluded-contract-files-url` (reference §2.14): download URLs of the
 * concluded PDF and of the audit certificate, which is `SIGNATURE_CERTIFICATE_NOT_READY` for a
 * while after conclusion (see `concludedFilesOf` in the domain).
 */
export const concludedFilesHandler = sandboxHandler(concludedFiles, {
  example: { customKey: seedIds.concluded.customKey },
  handle: (input, { state, now, certificateDelayMs }) => {
    const found = lookupContract(state, input);
    if (!found.ok) return found;
    const files = concludedFilesOf(found.value, now(), certificateDelayMs);
    return files.ok ? { ok: true, data: files.value } : files;
  },
});
