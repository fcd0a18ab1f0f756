import { type Browser, type BrowserContext, chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../browser/src/ports.js';

/** The name the catalogue is opened on: a site's name, not localhost (mapped to loopback). */
export const catalogueHost = 'catalogue.example.test';

/**
 * Debian's Chromium as a visitor's browser. The catalogue's live data needs a service worker,
 * which browsers allow on HTTPS origins only (and on localhost): the flag makes this plain-HTTP
 * test origin count as the HTTPS site the catalogue would be published on.
 */
export function launchVisitor(origin: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      `--host-resolver-rules=MAP ${catalogueHost} 127.0.0.1`,
      `--unsafely-treat-insecure-origin-as-secure=${origin}`,
    ],
  });
}

/** How one story went, from the events Storybook's preview sends its manager. */
export interface StoryOutcome {
  /** `storyFinished` arrived: rendering, the play function and the checks after it are done. */
  readonly finished: boolean;
  /** Errors of the render or the play function, as the interactions panel shows them. */
  readonly errors: readonly string[];
  /** What the a11y check (`storyFinished`'s `a11y` report) says: `passed`, `warning`, `failed`. */
  readonly a11y: string | undefined;
  /** The ids of the rules the a11y check found violated. */
  readonly violations: readonly string[];
}

/** Channel events that mean the story did not pass (the payload is an error or a message). */
const failureEvents = [
  'playFunctionThrewException',
  'storyThrewException',
  'storyErrored',
  'storyMissing',
  'storyUnhandledErrors',
];

/**
 * Listens on the preview's channel from the moment the preview creates it (a setter on the
 * global it assigns), so no event is missed, and keeps what the test reads in `__storyOutcome`.
 */
function recordOutcome(failures: readonly string[]) {
  type Channel = { on(event: string, listener: (payload: unknown) => void): void };
  type Record = {
    finished: boolean;
    errors: string[];
    a11y: string | undefined;
    violations: string[];
  };
  const record: Record = { finished: false, errors: [], a11y: undefined, violations: [] };
  const scope = globalThis as unknown as { __storyOutcome: Record };
  scope.__storyOutcome = record;
  const describe = (payload: unknown) =>
    payload && typeof payload === 'object'
      ? `${(payload as { name?: string }).name ?? ''}: ${(payload as { message?: string; description?: string }).message ?? (payload as { description?: string }).description ?? JSON.stringify(payload)}`
      : String(payload);
  let channel: Channel | undefined;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: Channel) {
      channel = value;
      for (const event of failures) value.on(event, (payload) => record.errors.push(`${event} ${describe(payload)}`));
      value.on('storyFinished', (payload) => {
        const reports = (payload as { reporters?: { type: string; status: string; result?: unknown }[] }).reporters;
        const a11y = reports?.find((report) => report.type === 'a11y');
        record.a11y = a11y?.status;
        const violations = (a11y?.result as { violations?: { id: string }[] } | undefined)?.violations ?? [];
        record.violations = violations.map((violation) => violation.id);
        record.finished = true;
      });
    },
  });
}

/** A context whose pages report their story's outcome (one context: one service worker for all). */
export async function visitorContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ko-KR' });
  await context.addInitScript(recordOutcome, failureEvents);
  return context;
}

/** Opens one story as the catalogue's canvas does (`iframe.html`) and waits until it is done. */
export async function playStory(
  context: BrowserContext,
  origin: string,
  storyId: string,
  timeout = 45_000,
): Promise<StoryOutcome> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story`);
    await page.waitForFunction(
      () => (globalThis as unknown as { __storyOutcome: StoryOutcome }).__storyOutcome.finished,
      null,
      { timeout, polling: 100 },
    );
    return await page.evaluate(() => (globalThis as unknown as { __storyOutcome: StoryOutcome }).__storyOutcome);
  } finally {
    await page.close();
  }
}
