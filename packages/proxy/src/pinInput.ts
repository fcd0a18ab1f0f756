import type { OperationParsedInput } from '@esign-kit/core';
import type { AnyOperation, bulkContractUrl, templateFormUrl } from '@esign-kit/core/server';
import { withInputRule } from './inputRules.js';
import { allow, type OperationAuthorize, type OperationRule } from './operationRules.js';

/** Decides the input that goes upstream, from the validated one and the request (the signed-in user). */
export type InputPin<TOperation extends AnyOperation> = (context: {
  readonly request: Request;
  readonly operation: TOperation;
  readonly input: OperationParsedInput<TOperation>;
}) => OperationParsedInput<TOperation> | Promise<OperationParsedInput<TOperation>>;

const always = () => true;

/**
 * Allows an operation through the proxy with values the server decides, whatever the browser
 * sent: `pin` gets the validated input and returns the one to send (it runs after the schema,
 * before `authorize` and the rule's own check, which therefore see the pinned input). The
 * result is validated again; a pin that produces an invalid input fails the request (500).
 *
 * @param authorize - the rule's own check, as in `allow`. @default allows every request
 *
 * @example
 * ```ts
 * createEsignProxy({
 *   apiKey, upstream, authorize: isSignedIn,
 *   operations: [
 *     pinInput(templateUseUrl, ({ request, input }) => ({
 *       ...input,
 *       input: { ...input.input, defaultValue: { ...input.input?.defaultValue, customer: { id: tenantOf(request).customerId } } },
 *     })),
 *   ],
 * })
 * ```
 */
export function pinInput<TOperation extends AnyOperation>(
  operation: TOperation,
  pin: InputPin<TOperation>,
  authorize: OperationAuthorize<TOperation> = always,
): OperationRule {
  return withInputRule(allow(operation, authorize), {
    kind: 'pin',
    apply: async (context) => ({ input: await pin(context as Parameters<InputPin<TOperation>>[0]) }),
  });
}

type HidingOperation = typeof bulkContractUrl | typeof templateFormUrl;

/**
 * Hides inputs of a Prix page whatever the browser asks: the names are added to the page's
 * `disabledInputs` (`input.options.disabledInputs` of the bulk page, the `disabledInputs` query
 * of the template form page) on every mint, so the user cannot choose, say, another customer
 * there. Prix documents `REQUESTER_EMAIL` (bulk) and `PERMISSION`, `TAG` (template form) and not
 * the full lists: a name Prix does not know may simply hide nothing, so check it on Prix's page.
 * Pages that document no way to hide inputs (the use-template page) need
 * `createTemplateUseReconciler` instead.
 *
 * @param names - the inputs to hide, or a function of the request (per user or tenant)
 * @param authorize - the rule's own check, as in `allow`. @default allows every request
 *
 * @example
 * ```ts
 * operations: [
 *   hideInputs(templateFormUrl, ['PERMISSION', 'TAG']),
 *   hideInputs(bulkContractUrl, ['REQUESTER_EMAIL'], ({ request, input }) => ownsCustomer(request, input)),
 * ]
 * ```
 */
export function hideInputs<TOperation extends HidingOperation>(
  operation: TOperation,
  names: readonly string[] | ((request: Request) => readonly string[] | Promise<readonly string[]>),
  authorize: OperationAuthorize<TOperation> = always,
): OperationRule {
  return withInputRule(allow(operation, authorize), {
    kind: 'pin',
    apply: async ({ request, operation: called, input }) => {
      const hidden = typeof names === 'function' ? await names(request) : names;
      return { input: withDisabledInputs(called.id, input, hidden) };
    },
  });
}

const union = (current: readonly string[] | undefined, added: readonly string[]) => [
  ...new Set([...(current ?? []), ...added]),
];

function withDisabledInputs(operationId: string, input: unknown, hidden: readonly string[]): unknown {
  if (hidden.length === 0) return input;
  if (operationId === 'templates.formUrl') {
    const form = input as OperationParsedInput<typeof templateFormUrl>;
    return { ...form, disabledInputs: union(form.disabledInputs, hidden) };
  }
  const bulk = input as OperationParsedInput<typeof bulkContractUrl>;
  const options = bulk.input.options;
  return {
    ...bulk,
    input: { ...bulk.input, options: { ...options, disabledInputs: union(options?.disabledInputs, hidden) } },
  };
}
