export {
  type CancelSignatureData,
  type CancelSignatureInput,
  cancelSignature,
  cancelSignatureDataSchema,
} from './cancelSignature.js';
export {
  type ListSignaturesData,
  type ListSignaturesInput,
  listSignatures,
  listSignaturesDataSchema,
  type SignatureSummary,
  signatureSummarySchema,
} from './listSignatures.js';
export {
  type ParticipantLinkData,
  type ParticipantLinkInput,
  participantLink,
  participantLinkDataSchema,
} from './participantLink.js';
export {
  type SendReminderData,
  type SendReminderInput,
  sendReminder,
  sendReminderDataSchema,
} from './sendReminder.js';
export {
  type SignatureUsageData,
  type SignatureUsageInput,
  signatureUsage,
  signatureUsageDataSchema,
} from './signatureUsage.js';
