/**
 * The proxy's own answers (a JSON text, a status, a few headers) as a `Response` that is only
 * built when something reads it.
 *
 * Under `toNodeListener` nothing does: the adapter writes the text straight to Node's response.
 * That spares building an undici `Response` (a web stream around the text, a `Headers` list)
 * which @hono/node-server would only read back into bytes: about a sixth of the server CPU of a
 * proxied request on Node 20 (issue 15, `pnpm bench:proxy`). Everywhere else the handler hands
 * out the real `Response` (see {@link standardResponse}), so Workers, Next.js and Hono get
 * exactly what they got before.
 */

/** The parts of an answer the Node adapter writes itself. */
export interface PlainAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

/**
 * Set (to `true`) by the Node adapter on each request it hands the handler: the answer may then
 * stay unbuilt. Registry symbols, so that the adapter and the proxy agree even when a bundler
 * gives each entry point a copy of this module.
 */
export const writesPlainAnswers: unique symbol = Symbol.for('esign-kit.proxy.writesPlainAnswers');
const plainPartsKey: unique symbol = Symbol.for('esign-kit.proxy.plainAnswerParts');

/** A request as the Node adapter marks it. */
export type PlainAnswerRequest = Request & { [writesPlainAnswers]?: boolean };

/**
 * Stands in for a `Response` until something reads it: `status` and `ok` answer from the parts,
 * every other member of `Response` builds the real one (once) and answers from it, so the object
 * behaves as the `Response` it stands for, `instanceof Response` included.
 */
class LazyResponse {
  readonly #parts: PlainAnswer;
  #built: Response | undefined;

  constructor(parts: PlainAnswer) {
    this.#parts = parts;
  }

  get status(): number {
    return this.#parts.status;
  }

  get ok(): boolean {
    return this.#parts.status >= 200 && this.#parts.status <= 299;
  }

  /** The parts, while nothing has read the answer; once it was built (and maybe read or changed), `undefined`. */
  [plainPartsKey](): PlainAnswer | undefined {
    return this.#built ? undefined : this.#parts;
  }

  static build(answer: LazyResponse): Response {
    if (!answer.#built) {
      const { text, status, headers } = answer.#parts;
      answer.#built = new Response(text, { status, headers });
    }
    return answer.#built;
  }
}

// Every other member of Response, read from the built one.
for (const name of Object.getOwnPropertyNames(Response.prototype)) {
  if (name === 'constructor' || name === 'status' || name === 'ok') continue;
  const descriptor = Object.getOwnPropertyDescriptor(Response.prototype, name);
  if (descriptor?.get) {
    Object.defineProperty(LazyResponse.prototype, name, {
      configurable: true,
      get(this: LazyResponse) {
        return Reflect.get(LazyResponse.build(this), name);
      },
    });
  } else if (typeof descriptor?.value === 'function') {
    Object.defineProperty(LazyResponse.prototype, name, {
      configurable: true,
      writable: true,
      value(this: LazyResponse, ...args: unknown[]) {
        const built = LazyResponse.build(this);
        return (Reflect.get(built, name) as (...values: unknown[]) => unknown).apply(built, args);
      },
    });
  }
}
Object.setPrototypeOf(LazyResponse.prototype, Response.prototype);

/** An answer of the proxy's own, built only when read (see the module's comment). */
export function plainResponse(parts: PlainAnswer): Response {
  return new LazyResponse(parts) as unknown as Response;
}

/** The real `Response` for one that may stand in for it: what the handler hands out to anyone but the Node adapter. */
export function standardResponse(response: Response): Response {
  return response instanceof LazyResponse ? LazyResponse.build(response) : response;
}

/** The parts of an answer that nothing has read yet; `undefined` for any other `Response`. */
export function plainAnswerOf(response: Response): PlainAnswer | undefined {
  const parts = (response as { [plainPartsKey]?: () => PlainAnswer | undefined })[plainPartsKey];
  return typeof parts === 'function' ? parts.call(response) : undefined;
}
