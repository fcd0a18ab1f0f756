import type { SigningEvent } from '@esign-kit/core/events';
import type { AuthorizeAnswer } from '../options.js';
import type { EventBus } from './EventBus.js';
import type { StatusWatcherIntervals } from './statusWatcher.js';
import type { SubjectAuthorizeContext } from './subjectAuthorization.js';

/**
 * The live signing status of `createEsignProxy` (`events` option): a Server-Sent Events stream
 * at `GET <basePath>/events`, the events of mutations made through the proxy and of eSignon
 * callbacks, a Prix status watcher, and (once Prix's spec is known) a Prix webhook receiver.
 *
 * On by default, in memory: the stream only carries what the app's `authorize` lets the caller
 * read (each subject asked as its read operation), so turning it on exposes nothing new. Give
 * `events: false` to turn every part of it off (the path is then 404 and nothing is published).
 *
 * @example
 * ```ts
 * import { createRedisEventBus } from '@esign-kit/proxy/redis'
 *
 * createEsignProxy({
 *   apiKey, upstream, authorize,
 *   events: {
 *     bus: createRedisEventBus({ client: new Redis(process.env.REDIS_URL!) }), // several instances
 *     watcher: { pageOpenMs: 2000, idleMs: 15_000 },
 *   },
 * })
 * ```
 */
export interface EsignProxyEventsOptions {
  /**
   * Where events meet the streams. Behind a load balancer, one shared by every instance
   * (`createRedisEventBus` from `@esign-kit/proxy/redis`), so a callback received by one
   * instance reaches screens connected to another. A bus given here is the app's: the proxy's
   * `close()` leaves it open.
   * @default createMemoryEventBus() (this instance only; closed by the proxy's `close()`)
   */
  readonly bus?: EventBus | undefined;
  /**
   * The Prix status watcher: while a stream names a contract, the proxy reads it from Prix
   * (`contracts/find`) once per interval however many screens watch it, and publishes what
   * changed. Only when Prix is configured. `false` turns it off (e.g. once a webhook delivers).
   * @default { pageOpenMs: 2000, idleMs: 15000, maxBackoffMs: 60000 }
   */
  readonly watcher?: false | StatusWatcherIntervals | undefined;
  /**
   * Decides whether a stream may carry one subject's events, when asking it as its read (the
   * default) does not fit: an e-signature is asked as `listSignatures` with `{}` (Prix has no read
   * of one e-signature), which admits whoever may list them all. `asRead()` gives the default's
   * answer, for the subjects you do not decide yourself. Fail closed: a throw refuses the stream.
   * @default each subject asked as its read operation (`authorizeSubjectAsRead`)
   * @example
   * ```ts
   * events: {
   *   authorizeSubject: async ({ request, subject }, asRead) =>
   *     subject.kind === 'signature' ? ((await ownsSignature(request, subject.id)) ? true : 'not-found') : asRead(),
   * }
   * ```
   */
  readonly authorizeSubject?:
    | ((
        context: SubjectAuthorizeContext,
        asRead: () => Promise<AuthorizeAnswer>,
      ) => AuthorizeAnswer | Promise<AuthorizeAnswer>)
    | undefined;
  /** Between comment lines that keep an idle stream open through proxies, in ms. @default 15000 */
  readonly heartbeatMs?: number | undefined;
  /**
   * The scope a stream's contracts are polled in: screens of one scope share one read per
   * contract, screens of different scopes never do. With `apiKey` as a function the default is
   * the business of the stream's key (each business is polled with its own key); with a static
   * key, one scope for all.
   * @default the Prix account of the stream's request
   */
  readonly scopeOf?: ((request: Request) => string | Promise<string>) | undefined;
  /**
   * A receiver for Prix's webhook at `POST <basePath>/prix/webhook`, mounted only when both
   * functions are given. Fill them in from Prix's spec (its page 웹훅 이용하기 could not be read):
   * see `prixWebhook`.
   */
  readonly webhook?:
    | {
        /** Proves a delivery is Prix's, over its raw body. `false` answers 401; nothing is published. */
        readonly verify: (request: Request, rawBody: Uint8Array) => boolean | Promise<boolean>;
        /** Turns a verified delivery's JSON into events. A throw or a bad event answers 400. */
        readonly parse: (body: unknown) => readonly SigningEvent[];
      }
    | undefined;
}
