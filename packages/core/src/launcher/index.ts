export { activateModal, focusGuardAttribute, type ModalActivation, scrollLockClass } from './activateModal.js';
export { createPageLauncher, type PageLauncher, type PageLauncherOptions } from './createPageLauncher.js';
export {
  browserEnvironment,
  type IncomingMessage,
  type LauncherEnvironment,
  type TabHandle,
} from './launcherEnvironment.js';
export {
  isLaunchId,
  type LauncherMessage,
  launcherChannelName,
  launchIdParam,
  parseLauncherMessage,
} from './launcherMessages.js';
export type {
  LauncherError,
  LauncherErrorCode,
  LauncherEvent,
  LauncherSnapshot,
  LaunchMode,
} from './launcherTypes.js';
export { isStaleAfterPage } from './pageInvalidation.js';
export { checkPageUrl, defaultPageOrigins, loopbackOrigins, type PageUrlCheck } from './pageUrlPolicy.js';
export { acceptsSuccessUrl, returnPageUrl, withSuccessUrl } from './successUrl.js';
