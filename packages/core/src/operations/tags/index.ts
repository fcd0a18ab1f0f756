export {
  type ListContractTagsData,
  type ListContractTagsInput,
  listContractTags,
  listContractTagsDataSchema,
  type Tag,
  type TagColorCode,
  tagSchema,
} from './listContractTags.js';
export {
  type SetContractTagsData,
  type SetContractTagsInput,
  setContractTags,
  setContractTagsDataSchema,
} from './setContractTags.js';
