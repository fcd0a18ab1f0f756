export type { SandboxFixtures, SeedResult, TemplateFixture } from './control/fixtures.js';
export { type SandboxControl, SandboxControlError, type SandboxSnapshot } from './control/sandboxControl.js';
export { createSandbox, defaultSandboxApiKey, type Sandbox, type SandboxOptions } from './createSandbox.js';
export type { AdvanceAction, AdvanceResult } from './domain/progress.js';
export type { EsignonSandboxControl, EsignonSnapshot, EsignonWorkflowSnapshot } from './esignon/control.js';
export type {
  EsignonCall,
  EsignonCallbackAttempt,
  EsignonCallbackRecord,
  EsignonTemplate,
  EsignonWorkflowStatus,
} from './esignon/model.js';
export { type EsignonSandboxOptions, esignonSandboxDefaults } from './esignon/options.js';
export { seedEsignonTemplates } from './esignon/templates.js';
export type { SandboxErrorCode } from './respond.js';
export { seedIds } from './seed/index.js';
export { type RunningSandbox, type StartSandboxOptions, startSandbox } from './startSandbox.js';
export type {
  PageKind,
  SandboxInjectedFailure,
  SandboxNotification,
  SandboxPageSession,
  SandboxReminder,
  SandboxRequestLogEntry,
  SandboxState,
} from './state/index.js';
export type {
  ParticipantStatus,
  SandboxBusiness,
  SandboxContract,
  SandboxCredits,
  SandboxCreditUsage,
  SandboxCustomer,
  SandboxManagedBusiness,
  SandboxParticipant,
  SandboxSignature,
  SandboxTag,
  SandboxTemplate,
} from './state/model.js';
export type { SandboxVariance, VarianceOptions } from './variance/sandboxVariance.js';
