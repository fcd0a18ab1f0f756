import type { RouteChecks } from '../client/createEsignClient.js';
import type { AnyOperationDefinition, RouteOf } from '../operation.js';
import { validateData, validateInput } from './validateInput.js';

/** A route that validates in the client: what {@link validated} returns. */
export type ValidatedRoute<TDefinition extends AnyOperationDefinition> = RouteOf<TDefinition> & RouteChecks;

const made = new WeakMap<AnyOperationDefinition, RouteChecks>();
const madeFrom = new WeakMap<RouteChecks, AnyOperationDefinition>();

/**
 * The route of a definition, with its schemas' checks: pass it to a client to validate the input
 * there, before any request (and `data` too, with `validateResponses`). Without it the proxy
 * validates, which is what browser code does so that no schema reaches its bundle; use this
 * where the schemas are loaded anyway (servers, scripts, a form that wants issues before it sends).
 *
 * @example
 * ```ts
 * import { findContract, validated } from '@esign-kit/core/server'
 *
 * await client.request(validated(findContract), { uuid: 'nope' }) // rejects ESIGN_KIT_INVALID_INPUT, nothing sent
 * ```
 */
export function validated<TDefinition extends AnyOperationDefinition>(
  definition: TDefinition,
): ValidatedRoute<TDefinition> {
  let route = made.get(definition);
  if (!route) {
    const { id, method, path, pathParams, kind, wireTypes, serverOnly, deprecated, page } = definition;
    route = Object.freeze({
      ...{ id, method, path, pathParams, kind, wireTypes, serverOnly, deprecated, page },
      checkInput: (input: unknown) => validateInput(definition, input),
      checkData: (data: unknown) => validateData(definition, data),
    });
    made.set(definition, route);
    madeFrom.set(route, definition);
  }
  return route as ValidatedRoute<TDefinition>;
}

/**
 * The definition a route returned by {@link validated} was made from; `undefined` for any other
 * route. For code that is handed a validated route and needs the schemas themselves (the server
 * client reads `data` against them).
 *
 * @example
 * ```ts
 * definitionOfValidated(validated(findContract)) === findContract // true
 * ```
 */
export function definitionOfValidated(route: object): AnyOperationDefinition | undefined {
  return madeFrom.get(route as RouteChecks);
}
