/**
 * Something that happened to a signing, as the proxy pushes it to screens. Ids and statuses
 * only: never names, e-mail addresses, phone numbers or URLs, so an event can reach anyone
 * allowed to read the contract, signature or workflow it is about.
 *
 * Statuses are the vendor's own words (`WAITING`, `DONE`, `Playing`…), passed on unchanged.
 */
export type SigningEvent =
  /** A contract's status (as `contracts/find` reads it) changed. */
  | {
      readonly type: 'contract.status';
      readonly vendor: 'prix';
      readonly contractUuid: string;
      readonly status: string;
    }
  /** An e-signature's status changed. */
  | {
      readonly type: 'signature.status';
      readonly vendor: 'prix';
      readonly signatureUuid: string;
      readonly contractUuid?: string | undefined;
      readonly status: string;
    }
  /** A participant's status changed (signed, its turn came, refused). */
  | {
      readonly type: 'participant.status';
      readonly vendor: 'prix';
      readonly signatureUuid: string;
      readonly participantUuid: string;
      /** The contract of the signature, when known: lets a subscriber by contract hear of it. */
      readonly contractUuid?: string | undefined;
      readonly status: string;
    }
  /** A hosted page (signing, form, detail) came back to the return page as completed. */
  | {
      readonly type: 'page.completed';
      readonly vendor: 'prix' | 'esignon';
      /** The page's kind, e.g. `contract-signature`. */
      readonly page: string;
      readonly contractUuid?: string | undefined;
      readonly signatureUuid?: string | undefined;
      readonly workflowId?: string | undefined;
    }
  /** A reminder went out through the proxy. */
  | {
      readonly type: 'reminder.sent';
      readonly vendor: 'prix';
      readonly signatureUuid: string;
      readonly participantUuid?: string | undefined;
      readonly contractUuid?: string | undefined;
    }
  /** An e-signature was cancelled through the proxy. */
  | {
      readonly type: 'signature.cancelled';
      readonly vendor: 'prix';
      readonly signatureUuid: string;
      readonly contractUuid?: string | undefined;
    }
  /** A contract's tags were set through the proxy. */
  | { readonly type: 'tags.set'; readonly vendor: 'prix'; readonly contractUuid: string }
  /** An eSignon workflow's status changed (from its ExportAPI callback). */
  | {
      readonly type: 'workflow.status';
      readonly vendor: 'esignon';
      readonly workflowId: string;
      readonly status: string;
      readonly step?: number | undefined;
    }
  /** An eSignon workflow moved on to its next signer. */
  | {
      readonly type: 'workflow.next-signer';
      readonly vendor: 'esignon';
      readonly workflowId: string;
      readonly step: number;
    };

/** The `type` of every {@link SigningEvent}. */
export type SigningEventType = SigningEvent['type'];

/**
 * An event as it travels: its position in the stream (the SSE `id:`, sent back as
 * `Last-Event-ID` to resume after it) and when it was published.
 */
export interface SigningEventEnvelope {
  /** The stream position; opaque, compare only for equality. */
  readonly id: string;
  /** When the event was published, ISO 8601. */
  readonly at: string;
  readonly event: SigningEvent;
}

/** What a subscription can be about: a Prix contract or e-signature, or an eSignon workflow. */
export type SigningSubjectKind = 'contract' | 'signature' | 'workflow';

/** One thing a screen listens to. Each is authorized as a read of it before the stream opens. */
export interface SigningSubject {
  readonly kind: SigningSubjectKind;
  readonly id: string;
}
