import type { z } from 'zod/mini';
import {
  defineOperation,
  type OperationDefinition,
  type OperationDefinitionInit,
  type OperationKind,
} from '../../operation.js';
import type { EsignonWire } from '../wire.js';

/** An eSignon operation: a kit definition (`vendor: 'esignon'`) plus where it goes at eSignon. */
export type EsignonOperationDefinition<
  TId extends string = string,
  TInput = unknown,
  TParsed = unknown,
  TData = unknown,
  TKind extends OperationKind = OperationKind,
> = OperationDefinition<TId, TInput, TParsed, TData, TKind> & {
  readonly vendor: 'esignon';
  readonly esignon: EsignonWire;
};

/**
 * `defineOperation` for eSignon: sets `vendor: 'esignon'` and adds the wire facts the proxy's
 * eSignon vendor reads (`definition.esignon`).
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini'
 *
 * const esignonRemind = defineEsignonOperation({
 *   id: 'esignon.workflows.remind',
 *   method: 'POST',
 *   path: 'esignon/workflows/{workflowId}/remind',
 *   kind: 'mutation',
 *   summary: 'Send the current signer a reminder.',
 *   input: z.strictObject({ workflowId: z.string() }),
 *   data: z.object({ workflowId: z.string() }),
 *   esignon: { method: 'POST', path: 'JEDOC/Common.do', requestCode: '1429Q' },
 * })
 * esignonRemind.vendor // 'esignon'
 * ```
 */
export function defineEsignonOperation<
  const TId extends string,
  TInputSchema extends z.ZodMiniType,
  TDataSchema extends z.ZodMiniType,
  const TKind extends OperationKind,
>(
  init: Omit<OperationDefinitionInit<TId, TInputSchema, TDataSchema, TKind>, 'vendor'> & { esignon: EsignonWire },
): EsignonOperationDefinition<TId, z.input<TInputSchema>, z.output<TInputSchema>, z.output<TDataSchema>, TKind> {
  const { esignon, ...rest } = init;
  const definition = defineOperation({ ...rest, vendor: 'esignon' });
  return Object.freeze({ ...definition, vendor: 'esignon' as const, esignon: Object.freeze({ ...esignon }) });
}
