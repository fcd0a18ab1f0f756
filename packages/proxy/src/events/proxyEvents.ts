import type { SigningEvent } from '@esign-kit/core/events';
import type { AnyOperation, RouteMatcher } from '@esign-kit/core/server';
import type { AuthorizeAnswer, AuthorizeContext, ResolvedProxyOptions } from '../options.js';
import { createOriginPolicy } from '../originPolicy.js';
import { createOriginResolver } from '../publicOrigins.js';
import { redact } from '../redact.js';
import { parseUpstreamUrl } from '../upstreamUrl.js';
import type { PrixApiKey } from '../vendor/prixVendor.js';
import type { EventBus } from './EventBus.js';
import { eventsOfMutation } from './eventSources.js';
import { createEventStreamRoute } from './eventStreamRoute.js';
import type { EsignProxyEventsOptions } from './eventsOptions.js';
import { createMemoryEventBus } from './memoryEventBus.js';
import { createPageCompletedRoute } from './pageCompletedRoute.js';
import { createPrixStatusReader } from './prixStatusReader.js';
import { prixWebhook } from './prixWebhook.js';
import { createStatusWatcher, type StatusWatcher } from './statusWatcher.js';
import { type AuthorizeSubject, authorizeSubjectAsRead } from './subjectAuthorization.js';

/** The proxy's own event paths under its base path. */
export const eventsPath = 'events';
export const prixWebhookPath = 'prix/webhook';
/** Where a screen reports that a hosted page came back completed. */
export const pageCompletedPath = 'events/page-completed';

/** The live status parts of one proxy, made once at start-up. */
export interface ProxyEvents {
  /** The handler of an event path (`events`, `events/page-completed`, `prix/webhook`), or `undefined` for any other. */
  routeOf(subPath: string): ((request: Request) => Promise<Response>) | undefined;
  /** Publishes events, telling `onError` of a failure; never rejects. */
  publish(events: readonly SigningEvent[]): Promise<void>;
  /** Publishes what a successful, first-time mutation stands for (nothing for most operations). */
  publishMutation(operation: AnyOperation, input: unknown): Promise<void>;
  /** Ends open streams, stops the watcher, closes the bus the proxy made. */
  close(): Promise<void>;
}

/** How a refused webhook delivery is told to `onError` (its status is the one answered). */
const webhookRefusals = {
  unverified: { code: 'UNVERIFIED', status: 401 },
  malformed: { code: 'MALFORMED', status: 400 },
  'too-large': { code: 'TOO_LARGE', status: 413 },
  failed: { code: 'NOT_PUBLISHED', status: 503 },
} as const;

/** The operations whose success is an event: tested before any work, so other calls cost nothing. */
const eventfulMutations = new Set(['signatures.send', 'signatures.cancel', 'contracts.setTags']);

/**
 * Builds the live status parts from the `events` option, or `undefined` when it is `false`.
 * Refuses (a `TypeError`) an allowed operation answering one of the event paths.
 */
export function createProxyEvents(
  options: EsignProxyEventsOptions | false | undefined,
  config: ResolvedProxyOptions,
  matchRoute: RouteMatcher,
  prix: { readonly apiKey?: PrixApiKey | undefined; readonly upstream?: string | undefined },
): ProxyEvents | undefined {
  if (options === false) return undefined;
  const settings = options ?? {};
  if (typeof settings !== 'object') {
    throw new TypeError('createEsignProxy: `events` must be an object of options, or `false` to turn events off.');
  }
  for (const path of [eventsPath, prixWebhookPath, pageCompletedPath]) {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      if (matchRoute(method, path).kind === 'match') {
        throw new TypeError(
          `createEsignProxy: an allowed operation answers ${method} ${path}, a path of the proxy's live events. Give it another path, or \`events: false\`.`,
        );
      }
    }
  }
  if (settings.authorizeSubject !== undefined && typeof settings.authorizeSubject !== 'function') {
    throw new TypeError('createEsignProxy: `events.authorizeSubject` must be a function when given.');
  }
  const { webhook } = settings;
  if (webhook && !(typeof webhook.verify === 'function' && typeof webhook.parse === 'function')) {
    throw new TypeError('createEsignProxy: `events.webhook` needs both `verify` and `parse` (from Prix’s spec).');
  }

  const ownBus = settings.bus === undefined;
  const bus: EventBus = settings.bus ?? createMemoryEventBus();
  const report = (errorCode: string, status: number, cause: unknown) => {
    try {
      config.onError?.({
        errorCode,
        status,
        operationId: undefined,
        detail: redact(cause instanceof Error ? cause.message : String(cause), config.staticSecrets),
      });
    } catch {
      // The app's logger failing changes nothing.
    }
  };
  const watcher = makeWatcher(settings, config, bus, prix, report);
  const closing = new AbortController();
  const asRead = authorizeSubjectAsRead(asAllowedRead(config));
  const ownRule = settings.authorizeSubject;
  const authorizeSubject: AuthorizeSubject = ownRule
    ? (context) => ownRule(context, async () => asRead(context))
    : asRead;
  const stream = createEventStreamRoute({
    bus,
    authorizeSubject,
    authenticate: config.authenticate,
    watcher,
    scopeOf: settings.scopeOf ?? defaultScopeOf(config, prix.apiKey),
    ...(settings.heartbeatMs === undefined ? {} : { heartbeatMs: settings.heartbeatMs }),
    onError: (error) => report('ESIGN_KIT_INTERNAL', 500, error),
    signal: closing.signal,
  });
  const webhookRoute = webhook
    ? prixWebhook({
        bus,
        verify: webhook.verify,
        parse: webhook.parse,
        onRefused: (reason, detail) =>
          report(`PRIX_WEBHOOK_${webhookRefusals[reason].code}`, webhookRefusals[reason].status, detail),
      })
    : undefined;

  async function publish(events: readonly SigningEvent[]): Promise<void> {
    for (const event of events) {
      try {
        await bus.publish(event);
      } catch (error) {
        report('ESIGN_KIT_EVENT_NOT_PUBLISHED', 500, error);
      }
    }
  }

  const origins = createOriginPolicy(createOriginResolver(config), config.onError);
  const pageCompleted = createPageCompletedRoute({
    pages: new Map(
      config.operations
        .filter((operation) => operation.kind === 'page-url')
        .map((operation) => [operation.id, operation]),
    ),
    authenticate: config.authenticate,
    checkWrite: (request, url) => origins.checkWrite(request, url, 'events.pageCompleted'),
    authorizeSubject,
    store: config.store,
    publish,
    onError: (error) => report('ESIGN_KIT_INTERNAL', 500, error),
  });

  return {
    routeOf(subPath) {
      if (subPath === eventsPath) return stream;
      if (subPath === pageCompletedPath) return pageCompleted;
      if (subPath === prixWebhookPath) return webhookRoute;
      return undefined;
    },
    publish,
    async publishMutation(operation, input) {
      if (!eventfulMutations.has(operation.id)) return;
      await publish(eventsOfMutation({ operationId: operation.id, input }));
    },
    async close() {
      closing.abort();
      watcher?.close();
      if (ownBus) await bus.close();
    },
  };
}

/**
 * The app's `authorize` for a subject's read, refusing a read the allowlist leaves out and
 * adding that operation's own check (`allow(operation, check)`), as a call of it would.
 */
function asAllowedRead(
  config: ResolvedProxyOptions,
): (context: AuthorizeContext) => AuthorizeAnswer | Promise<AuthorizeAnswer> {
  const allowed = new Set(config.operations.map((operation) => operation.id));
  return async (context) => {
    if (!allowed.has(context.operation.id)) return false;
    const answer = await config.authorize(context);
    const check = config.checks.get(context.operation.id);
    return answer === true && check ? check(context) : answer;
  };
}

/** With one key per business, each business's contracts are polled apart (and with its own key). */
function defaultScopeOf(
  config: ResolvedProxyOptions,
  apiKey: PrixApiKey | undefined,
): ((request: Request) => Promise<string>) | undefined {
  const prix = config.vendors.get('prix');
  if (typeof apiKey !== 'function' || !prix) return undefined;
  return async (request) => (await prix.account(request)).tenant;
}

function makeWatcher(
  settings: EsignProxyEventsOptions,
  config: ResolvedProxyOptions,
  bus: EventBus,
  prix: { readonly apiKey?: PrixApiKey | undefined; readonly upstream?: string | undefined },
  report: (errorCode: string, status: number, cause: unknown) => void,
): StatusWatcher | undefined {
  const { apiKey, upstream } = prix;
  if (settings.watcher === false || apiKey === undefined || upstream === undefined || !config.vendors.has('prix')) {
    return undefined;
  }
  return createStatusWatcher({
    bus,
    fetchStatus: createPrixStatusReader({
      apiKey,
      upstream: parseUpstreamUrl(upstream, 'createEsignProxy'),
      ...(config.fetch ? { fetch: config.fetch } : {}),
      timeoutMs: config.timeoutMs,
    }),
    ...(settings.watcher ? { intervals: settings.watcher } : {}),
    // Instances sharing a store (Redis) take turns: one read per contract per interval for all.
    store: config.store,
    onError: (error) => report('ESIGN_KIT_STATUS_WATCH_FAILED', 502, error),
  });
}
