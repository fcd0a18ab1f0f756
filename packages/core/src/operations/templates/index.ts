export {
  type BulkContractUrlData,
  type BulkContractUrlInput,
  bulkContractUrl,
  bulkContractUrlDataSchema,
} from './bulkContractUrl.js';
export {
  type CreateSignatureFromTemplateData,
  type CreateSignatureFromTemplateInput,
  createSignatureFromTemplate,
  createSignatureFromTemplateDataSchema,
  type RequestedParticipant,
  requestedParticipantSchema,
} from './createSignatureFromTemplate.js';
export {
  type GetTemplateData,
  type GetTemplateInput,
  getTemplate,
  getTemplateDataSchema,
} from './getTemplate.js';
export {
  type ListTemplatesData,
  type ListTemplatesInput,
  listTemplates,
  listTemplatesDataSchema,
} from './listTemplates.js';
export {
  type BulkExtraAuth,
  type ExtraAuth,
  type ParticipantType,
  participantTypeSchema,
  type Template,
  type TemplateDetail,
  type TemplateObject,
  type TemplateParticipant,
  templateDetailSchema,
  templateKeySchema,
  templateObjectSchema,
  templateParticipantSchema,
  templateSchema,
} from './schemas.js';
export {
  type TemplateFormUrlData,
  type TemplateFormUrlInput,
  templateFormUrl,
  templateFormUrlDataSchema,
} from './templateFormUrl.js';
export {
  type TemplateUseUrlData,
  type TemplateUseUrlInput,
  templateUseUrl,
  templateUseUrlDataSchema,
} from './templateUseUrl.js';
