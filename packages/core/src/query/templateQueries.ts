import type { EsignClient } from '../client/createEsignClient.js';
import {
  createSignatureFromTemplateRoute,
  creditStatusRoute,
  findContractRoute,
  getTemplateRoute,
  listContractsRoute,
  listCreditUsagesRoute,
  listSignaturesRoute,
  listTemplatesRoute,
  signatureUsageRoute,
} from '../operations/routes.generated.js';
import type { GetTemplateInput } from '../operations/templates/getTemplate.js';
import type { ListTemplatesInput } from '../operations/templates/listTemplates.js';
import { operationMutationOptions, operationQueryOptions } from './operationOptions.js';
import { listQueryOptions } from './pagination.js';
import { isOperationQuery } from './queryKeys.js';
import { getsTemplate, isQueryOf, keyInput } from './queryMatchers.js';

/**
 * Query options for one page of the template list (`GET signature-templates`). The previous
 * page stays shown while the next loads.
 *
 * @example
 * ```ts
 * const { data } = useQuery(templatesQueryOptions(client, { signatureCount: true, limit: 20 }))
 * ```
 */
export function templatesQueryOptions(client: EsignClient, input: ListTemplatesInput) {
  return listQueryOptions(client, listTemplatesRoute, input);
}

/**
 * Query options for one template with its document, input objects, tags and roles, by id or
 * slug. `contractFile` is valid for 10 minutes: any refetch gets a fresh URL.
 *
 * @example
 * ```ts
 * const { data } = useQuery(templateQueryOptions(client, { templateKey: 4328 }))
 * data?.objects.map((object) => object.id)
 * ```
 */
export function templateQueryOptions(client: EsignClient, input: GetTemplateInput) {
  return operationQueryOptions(client, getTemplateRoute, input);
}

/**
 * Mutation options for creating a contract from a template and requesting its e-signature.
 * After success these are refetched, and nothing else:
 * - every contract list, signature list and signature usage count (a new contract and a new
 *   signature exist);
 * - that template's detail, asked for by id or slug (its `signatureCount` grew), and the
 *   template lists asked for with `signatureCount: true` (the other lists show nothing that
 *   changed);
 * - credit status and credit usages (requesting signatures, and mobile identity checks in
 *   particular, spend credits);
 * - a `findContract` by the `customKey` given to the new contract (it may have failed before).
 *
 * Not refetched: other contracts and templates, customers, tags.
 *
 * @example
 * ```ts
 * const create = useMutation(createSignatureFromTemplateMutationOptions(client))
 * create.mutate({ templateKey: 4328, input: { title: '공급 계약서', participants } })
 * ```
 */
export function createSignatureFromTemplateMutationOptions(client: EsignClient) {
  return operationMutationOptions(client, createSignatureFromTemplateRoute, {
    invalidates: (query, input) => {
      if (
        isQueryOf(query, [
          listContractsRoute,
          listSignaturesRoute,
          signatureUsageRoute,
          creditStatusRoute,
          listCreditUsagesRoute,
        ])
      )
        return true;
      if (isOperationQuery(query, listTemplatesRoute)) return keyInput(query).signatureCount === true;
      if (isOperationQuery(query, findContractRoute)) {
        const customKey = input.input.contract?.customKey;
        return customKey !== undefined && keyInput(query).customKey === customKey;
      }
      return getsTemplate(query, input.templateKey);
    },
  });
}
