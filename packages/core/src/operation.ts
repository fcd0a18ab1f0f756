import type { z } from 'zod/mini';
import type { ErrorCode } from './errors/errorCodes.js';
import type { Locale } from './errors/locale.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * What calling an operation does:
 * - `query`: reads data (cached and refetched by the hooks);
 * - `mutation`: changes something at Prix (sent once per user action);
 * - `page-url`: returns the URL of a Prix-hosted page to open in a new tab or a modal.
 */
export type OperationKind = 'query' | 'mutation' | 'page-url';

/**
 * How a query-string or path field is typed on the wire. URLs carry text only, so the proxy and
 * the sandbox turn `limit=10` or `customers/12` back into `10` / `12` before the schema sees
 * it. Fields not listed are strings.
 */
export type WireFieldType = 'number' | 'boolean' | 'number[]' | 'string[]';

/**
 * The types an operation carries for the compiler only: no value ever holds this property.
 * They let a schema-free {@link OperationRoute} stay as precisely typed as its definition.
 */
export interface OperationTypes<TInput, TParsed, TData> {
  readonly input: TInput;
  readonly parsed: TParsed;
  readonly data: TData;
}

/**
 * What is true of a Prix-hosted page (a `page-url` operation), carried by its definition and
 * copied to its route, so that the launcher and the page buttons read it from the operation they
 * were given instead of tables keyed by id (and a bundle holds the facts of the pages it uses).
 */
export interface PageFacts {
  /** The page's name, for the dialog title and the default button text. */
  readonly name: Readonly<Record<Locale, string>>;
  /**
   * Where the input takes the `successUrl` Prix sends the user to when the page is done, as a
   * path of field names (`['input', 'option', 'successUrl']`). Left out for pages that have none:
   * they settle when closed.
   */
  readonly successUrlAt?: readonly string[] | undefined;
  /**
   * Ids of the operations whose cached queries may be stale once the page settled: they are
   * refetched, so the server says what happened (the page's own report is only a hint).
   */
  readonly invalidates: readonly string[];
}

/**
 * Where and how an operation is sent, without its schemas: what the client, the query keys, the
 * page launcher and the hooks need. Browser bundles use these (`findContractRoute`, …), so they
 * carry no validator; the proxy validates every input with the operation's schema before Prix
 * is called, and answers invalid input with `ESIGN_KIT_INVALID_INPUT` and its issues. To check
 * an input in the browser too, before any request, pass `validated(definition)` instead.
 */
export interface OperationRoute<
  TId extends string = string,
  TInput = unknown,
  TParsed = unknown,
  TData = unknown,
  TKind extends OperationKind = OperationKind,
> {
  readonly id: TId;
  /**
   * The vendor that performs the operation (`'esignon'`); absent for Prix's. The proxy hands the
   * call to the vendor of that id; the browser needs no vendor knowledge (every answer comes back
   * in the kit's envelope).
   */
  readonly vendor?: string | undefined;
  readonly method: HttpMethod;
  /**
   * Path under the kit's base URL (`…/kit-api/v1/`), with `{name}` for a path parameter taken
   * from the input field of that name, e.g. `signatures/{signatureUuid}/send`.
   */
  readonly path: string;
  readonly kind: TKind;
  /**
   * Server-only operations return secrets (e.g. other businesses' API keys): the proxy never
   * exposes them to browsers. `defineOperation` defaults it to `false`.
   */
  readonly serverOnly: boolean;
  /** Set on endpoints Prix has deprecated: names the replacement. */
  readonly deprecated?: string | undefined;
  /** What is true of the page a `page-url` operation opens; present on those only. */
  readonly page?: PageFacts | undefined;
  /** Compile-time only (see {@link OperationTypes}). */
  readonly '~types'?: OperationTypes<TInput, TParsed, TData> | undefined;
}

/**
 * Any route, whatever its types: what the client, the query options, the launcher and the hooks
 * accept. A definition is one too (it has every field of a route), but nothing reads its schemas.
 */
export type AnyRoute = OperationRoute<string, unknown, unknown, unknown, OperationKind>;

/** @deprecated Renamed {@link AnyRoute}. */
export type AnyOperationRoute = AnyRoute;

/**
 * One Prix kit endpoint, described as data: the client, the proxy allowlist, the sandbox and
 * the hooks are all driven from it.
 *
 * @typeParam TId - Stable id such as `'contracts.find'`; part of every query key.
 * @typeParam TInput - What a caller passes (before defaults are applied).
 * @typeParam TParsed - The input after validation (defaults filled in).
 * @typeParam TData - The `data` of a successful Prix response.
 */
export interface OperationDefinition<
  TId extends string = string,
  TInput = unknown,
  TParsed = unknown,
  TData = unknown,
  TKind extends OperationKind = OperationKind,
> extends OperationRoute<TId, TInput, TParsed, TData, TKind> {
  /** Names of the `{placeholders}` in `path`, in order (for the proxy's router). */
  readonly pathParams: readonly string[];
  /**
   * Wire types of non-string query and path fields, for decoding a request on the server. A route
   * has none: the browser encodes from the values it is given (`encodeRequest`).
   */
  readonly wireTypes: Readonly<Record<string, WireFieldType>>;
  /**
   * Schema of the whole input: path parameters, plus the query string (GET, DELETE) or the JSON
   * body (POST, PATCH) made of every other field.
   */
  readonly input: z.ZodMiniType<TParsed, TInput>;
  /** Schema of `data` in a successful response. */
  readonly data: z.ZodMiniType<TData>;
  /** Error codes the reference documents for this endpoint (others can still occur). */
  readonly errors: readonly ErrorCode[];
  /** One line saying what the endpoint does, for docs and errors. */
  readonly summary: string;
  /** Where Prix documents the endpoint; every built-in operation has one. */
  readonly reference?: OperationReference | undefined;
  /** A valid input (see {@link OperationDefinitionInit.example}). */
  readonly example?: { readonly input: TInput } | undefined;
}

/**
 * Where Prix documents an endpoint: its section in the reference index (docs/prix-reference.md)
 * and its page under `https://api-kit.prix.im/`. `pnpm generate:docs` renders docs/operations.md
 * from it.
 *
 * @example
 * ```ts
 * const reference: OperationReference = { section: '2.2', page: 'signature/find' };
 * // → https://api-kit.prix.im/signature/find
 * ```
 */
export interface OperationReference {
  /** Section number, e.g. `'2.2'`. */
  readonly section: string;
  /** Page path under `https://api-kit.prix.im/`, e.g. `'signature/find'`. */
  readonly page: string;
}

/**
 * Any operation definition (schemas included), whatever its types. Used where operations are
 * stored together (registries, the proxy allowlist, the sandbox).
 */
export interface AnyOperationDefinition extends AnyRoute {
  readonly pathParams: readonly string[];
  readonly wireTypes: Readonly<Record<string, WireFieldType>>;
  readonly input: z.ZodMiniType;
  readonly data: z.ZodMiniType;
  readonly errors: readonly ErrorCode[];
  readonly summary: string;
  readonly reference?: OperationReference | undefined;
  readonly example?: { readonly input: unknown } | undefined;
}

/** @deprecated Renamed {@link AnyOperationDefinition}. */
export type AnyOperation = AnyOperationDefinition;

/** The input a caller passes to an operation. */
export type OperationInput<TOperation extends AnyRoute> = NonNullable<TOperation['~types']>['input'];
/** The validated input (defaults applied). */
export type OperationParsedInput<TOperation extends AnyRoute> = NonNullable<TOperation['~types']>['parsed'];
/** The `data` an operation resolves to. */
export type OperationData<TOperation extends AnyRoute> = NonNullable<TOperation['~types']>['data'];

/**
 * The schema-free route of a definition, with the same types: what `routes.generated.ts` is
 * made of (`export const findContractRoute: RouteOf<typeof findContract> = { … }`).
 */
export type RouteOf<TOperation extends AnyRoute> = OperationRoute<
  TOperation['id'],
  OperationInput<TOperation>,
  OperationParsedInput<TOperation>,
  OperationData<TOperation>,
  TOperation['kind']
>;

export interface OperationDefinitionInit<
  TId extends string,
  TInputSchema extends z.ZodMiniType,
  TDataSchema extends z.ZodMiniType,
  TKind extends OperationKind,
> {
  id: TId;
  /** The vendor that performs it, when not Prix (`'esignon'`). */
  vendor?: string;
  method: HttpMethod;
  path: string;
  kind: TKind;
  input: TInputSchema;
  data: TDataSchema;
  errors?: readonly ErrorCode[];
  wireTypes?: Readonly<Record<string, WireFieldType>>;
  serverOnly?: boolean;
  deprecated?: string;
  summary: string;
  /** Where Prix documents the endpoint (section and page), for the generated docs. */
  reference?: OperationReference;
  /**
   * A valid input, from the reference where it has one: the round-trip tests send it through the
   * wire and back, so a new operation needs no separate fixture. Server side only (routes omit it).
   */
  example?: { readonly input: z.input<TInputSchema> };
  /**
   * What is true of the page a `page-url` operation opens (refused on other kinds). Every
   * built-in page has it; without it a page is called "page", takes no `successUrl`, and every
   * cached kit query is refetched when it settles.
   */
  page?: PageFacts;
}

const placeholder = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Describes one endpoint of the Prix kit. Every built-in operation is made with it, and so can
 * yours: an operation you define works everywhere a built-in one does (client, proxy allowlist,
 * sandbox routing, hooks).
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini'
 * import { defineOperation } from '@esign-kit/core/server'
 *
 * // An endpoint the reference could not document yet (tag creation).
 * export const createTag = defineOperation({
 *   id: 'tags.create',
 *   method: 'POST',
 *   path: 'contracts/tags',
 *   kind: 'mutation',
 *   summary: 'Create a contract tag.',
 *   input: z.strictObject({ input: z.strictObject({ name: z.string() }) }),
 *   data: z.object({ id: z.number(), name: z.string() }),
 * })
 * ```
 */
export function defineOperation<
  const TId extends string,
  TInputSchema extends z.ZodMiniType,
  TDataSchema extends z.ZodMiniType,
  const TKind extends OperationKind,
>(
  init: OperationDefinitionInit<TId, TInputSchema, TDataSchema, TKind>,
): OperationDefinition<TId, z.input<TInputSchema>, z.output<TInputSchema>, z.output<TDataSchema>, TKind> {
  if (init.path.startsWith('/') || init.path.endsWith('/') || init.path.includes('//')) {
    throw new TypeError(
      `defineOperation(${init.id}): path "${init.path}" must be relative to kit-api/v1, without leading, trailing or double slashes.`,
    );
  }
  if (init.page && init.kind !== 'page-url') {
    throw new TypeError(`defineOperation(${init.id}): only a page-url operation takes \`page\`.`);
  }
  const pathParams = [...init.path.matchAll(placeholder)].map((match) => match[1] as string);
  return Object.freeze({
    id: init.id,
    ...(init.vendor ? { vendor: init.vendor } : {}),
    method: init.method,
    path: init.path,
    pathParams: Object.freeze(pathParams),
    kind: init.kind,
    input: init.input as z.ZodMiniType<z.output<TInputSchema>, z.input<TInputSchema>>,
    data: init.data as z.ZodMiniType<z.output<TDataSchema>>,
    errors: Object.freeze([...(init.errors ?? [])]),
    wireTypes: Object.freeze({ ...init.wireTypes }),
    serverOnly: init.serverOnly ?? false,
    deprecated: init.deprecated,
    summary: init.summary,
    reference: init.reference && Object.freeze({ section: init.reference.section, page: init.reference.page }),
    example: init.example && Object.freeze({ input: init.example.input }),
    page: init.page && freezePage(init.page),
  });
}

function freezePage(page: PageFacts): PageFacts {
  return Object.freeze({
    name: Object.freeze({ ...page.name }),
    successUrlAt: page.successUrlAt && Object.freeze([...page.successUrlAt]),
    invalidates: Object.freeze([...page.invalidates]),
  });
}
