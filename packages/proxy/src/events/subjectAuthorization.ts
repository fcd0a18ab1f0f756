import { esignonWorkflow } from '@esign-kit/core/esignon/server';
import type { SigningSubject } from '@esign-kit/core/events';
import { findContract, listSignatures } from '@esign-kit/core/server';
import type { AuthorizeAnswer, AuthorizeContext } from '../options.js';

/** What `authorizeSubject` is told: the stream's request and one subject it asks for. */
export interface SubjectAuthorizeContext {
  readonly request: Request;
  readonly subject: SigningSubject;
}

/** Decides whether a stream may carry a subject's events: as the read of that subject would be. */
export type AuthorizeSubject = (context: SubjectAuthorizeContext) => AuthorizeAnswer | Promise<AuthorizeAnswer>;

/**
 * An {@link AuthorizeSubject} from the proxy's own `authorize`: each subject is asked as the
 * read operation of it, so a tenant hears only of what it may read, with no new rule to write.
 *
 * - contract → `findContract` with `{ uuid }`;
 * - signature → `listSignatures` with `{}`: Prix has no read of one signature by uuid, so this
 *   admits whoever may list signatures. Apps with row-level rules should subscribe by contract
 *   (the watcher's signature and participant events carry their contract) or pass their own
 *   `authorizeSubject`;
 * - workflow → `esignonWorkflow` with `{ workflowId }`.
 *
 * @example
 * ```ts
 * createEventStreamRoute({ bus, authorizeSubject: authorizeSubjectAsRead(authorize) })
 * ```
 */
export function authorizeSubjectAsRead(
  authorize: (context: AuthorizeContext) => AuthorizeAnswer | Promise<AuthorizeAnswer>,
): AuthorizeSubject {
  return ({ request, subject }) => {
    switch (subject.kind) {
      case 'contract':
        return authorize({ request, operation: findContract, input: { uuid: subject.id } });
      case 'signature':
        return authorize({ request, operation: listSignatures, input: {} });
      case 'workflow':
        return authorize({ request, operation: esignonWorkflow, input: { workflowId: subject.id } });
    }
  };
}
