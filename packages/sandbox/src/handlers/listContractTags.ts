import { listContractTags } from '@esign-kit/core/server';
import { listTags } from '../domain/tags.js';
import { sandboxHandler, succeed } from './types.js';

/** `GET contracts/tags` (reference §4.1): every tag, in display order; `data` is the array itself. */
export const listContractTagsHandler = sandboxHandler(listContractTags, {
  example: {},
  handle: (_input, { state }) => succeed(listTags(state)),
});
