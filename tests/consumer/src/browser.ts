import { type Browser, chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../browser/src/ports.js';

/** The name the apps are opened on: not localhost, so the browser treats them as a real site. */
export const appHost = 'app.example.test';

/** Debian's Chromium, resolving the app's name to loopback as DNS would resolve a real domain. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, `--host-resolver-rules=MAP ${appHost} 127.0.0.1`],
  });
}
