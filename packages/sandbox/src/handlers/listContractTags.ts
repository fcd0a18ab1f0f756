import type { listContractTags } from '@esign-kit/core/server';
import { listTags } from '../domain/tags.js';
import { type SandboxHandler, succeed } from './types.js';

/** `GET contracts/tags` (reference §4.1): every tag, in display order; `data` is the array itself. */
export const listContractTagsHandler: SandboxHandler<typeof listContractTags> = (_input, { state }) =>
  succeed(listTags(state));
