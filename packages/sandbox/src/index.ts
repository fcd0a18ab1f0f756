export { createSandbox, defaultSandboxApiKey, type Sandbox, type SandboxOptions } from './createSandbox.js';
export type { SandboxErrorCode } from './respond.js';
export { seedIds } from './seed.js';
export { type RunningSandbox, type StartSandboxOptions, startSandbox } from './startSandbox.js';
export type { SandboxContract, SandboxReminder, SandboxRequestLogEntry, SandboxState } from './state.js';
