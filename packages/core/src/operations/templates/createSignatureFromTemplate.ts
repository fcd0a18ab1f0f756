import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import {
  contractTypeSchema,
  customerReferenceSchema,
  emailSchema,
  httpUrlSchema,
  isoDateTimeSchema,
  nonEmptyStringSchema,
  phoneSchema,
  positiveIntSchema,
  sendChannelSchema,
  slugColumnInputSchema,
  uuidSchema,
} from '../../schemas/common.js';
import {
  activeContractStatusResponseSchema,
  contractTypeResponseSchema,
  signatureStatusResponseSchema,
} from '../../schemas/response.js';
import { emailOrPhone, extraAuthSchema, templateKeySchema } from './schemas.js';

const participantSchema = z.strictObject({
  /** Must equal a role of the template (its workflow). */
  role: nonEmptyStringSchema,
  input: z
    .strictObject({
      name: nonEmptyStringSchema,
      email: z.optional(emailSchema),
      /** Written with hyphens: `010-1234-1234`. */
      phone: z.optional(phoneSchema),
      /** Authentication channel; Prix says to use the same value as `send`. */
      auth: sendChannelSchema,
      send: sendChannelSchema,
      extraAuthList: z.optional(z.array(extraAuthSchema)),
    })
    .check(emailOrPhone),
});

const itemSchema = z
  .strictObject({
    /** Input object id (`getTemplate` → `objects[].id`). */
    id: z.optional(positiveIntSchema),
    /** Input object slug, when one was set while editing the template. */
    slug: z.optional(nonEmptyStringSchema),
    /** The value; a checkbox takes `"true"` or `""`. */
    contents: z.string(),
  })
  .check(z.refine((value) => value.id !== undefined || value.slug !== undefined, 'Pass the input `id` or `slug`.'));

const contractSchema = z.strictObject({
  type: z.optional(contractTypeSchema),
  /** The contract's own key; must be unique (`EXISTING_CONTRACT_KEY` otherwise). No format is documented. */
  customKey: z.optional(nonEmptyStringSchema),
  /**
   * Replaces the template's document for this request; it must have the same number of pages.
   * Shown in the example only, not in the field table. A plain string: the example elides the host.
   */
  fileToReplace: z.optional(nonEmptyStringSchema),
  contractDate: z.optional(
    z.strictObject({
      startDate: z.optional(z.nullable(isoDateTimeSchema)),
      endDate: z.optional(z.nullable(isoDateTimeSchema)),
      /** Shown in the example only. */
      concludedDate: z.optional(z.nullable(isoDateTimeSchema)),
    }),
  ),
  slugColumns: z.optional(z.array(slugColumnInputSchema)),
  /** Contracts to link to this one. */
  connectedContractUuids: z.optional(z.array(uuidSchema)),
  /** Customers to link: each by `id` or `customKey`. */
  customers: z.optional(z.array(customerReferenceSchema)),
  /** External parties sent the contract once it is concluded. */
  shareNotification: z.optional(
    z.strictObject({
      receivers: z.array(
        z.strictObject({
          method: sendChannelSchema,
          /** An e-mail address, or a phone number as `010-xxxx-xxxx`. */
          contact: nonEmptyStringSchema,
          name: nonEmptyStringSchema,
        }),
      ),
    }),
  ),
});

const signatureSchema = z.strictObject({
  /**
   * Must be in the future; Prix checks it (`INVALID_SIGNATURE_EXPIRED_DATE`), the client does
   * not, since that depends on the clock of whoever validates.
   */
  expiredDate: z.optional(isoDateTimeSchema),
  ccEmails: z.optional(z.array(emailSchema)),
  /** Requester name shown to participants. */
  requesterName: z.optional(nonEmptyStringSchema),
  /** Facilitator of an in-person signing. Leave it out entirely unless you want one. */
  facilitator: z.optional(z.strictObject({ name: nonEmptyStringSchema, email: emailSchema })),
  /** Extra recipients (an observer, say). Every field is optional in the reference; Prix judges empty ones. */
  additionalRequests: z.optional(
    z.array(
      z.strictObject({
        role: z.optional(nonEmptyStringSchema),
        type: z.optional(sendChannelSchema),
        contact: z.optional(nonEmptyStringSchema),
      }),
    ),
  ),
  /** Where each participant is sent afterwards. */
  redirectUrl: z.optional(httpUrlSchema),
});

const createSignatureFromTemplateInputSchema = z.strictObject({
  /** Template id or slug (path parameter). */
  templateKey: templateKeySchema,
  input: z.strictObject({
    title: nonEmptyStringSchema,
    /**
     * Every role of the template, unless the template allows requesting only some participants
     * (`NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH` otherwise).
     */
    participants: z.array(participantSchema).check(z.minLength(1, 'Pass at least one participant.')),
    /** Pre-input values (사전입력값) of the template's input objects. */
    items: z.optional(z.array(itemSchema)),
    /** URLs of files appended to the contract PDF. */
    additionalFiles: z.optional(z.array(nonEmptyStringSchema)),
    contract: z.optional(contractSchema),
    signature: z.optional(signatureSchema),
    option: z.optional(
      z.strictObject({
        /** `true`: Prix sends no participation notices (hand out `participantLink`s yourself). */
        skipSend: z.optional(z.boolean()),
      }),
    ),
  }),
});

export type CreateSignatureFromTemplateInput = z.input<typeof createSignatureFromTemplateInputSchema>;

/** A participant of a newly requested e-signature. */
export const requestedParticipantSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  /** Only `CREATED` is ever shown; the full set is not documented. */
  status: z.string(),
  order: z.number(),
  email: z.nullish(z.string()),
  phone: z.nullish(z.string()),
  send: sendChannelSchema,
  message: z.nullish(z.string()),
  /** Only `KOREAN` is ever shown. */
  language: z.string(),
  extraAuthList: z.nullish(z.array(z.unknown())),
  role: z.string(),
});
export type RequestedParticipant = z.infer<typeof requestedParticipantSchema>;

export const createSignatureFromTemplateDataSchema = z.object({
  signature: z.object({
    uuid: z.string(),
    title: z.string(),
    expiredDate: z.string(),
    /** `WAITING` in the example (requested, awaiting signatures); typed as any signature status. */
    status: signatureStatusResponseSchema,
    createdAt: z.string(),
    ccEmails: z.nullish(z.array(z.string())),
    /** Present for an in-person signing; absent or `null` otherwise. */
    facilitator: z.nullish(z.object({ uuid: z.string(), name: z.string(), email: z.string() })),
    participants: z.array(requestedParticipantSchema),
  }),
  contract: z.object({
    uuid: z.string(),
    file: z.string(),
    status: activeContractStatusResponseSchema,
    createdAt: z.string(),
    type: contractTypeResponseSchema,
    contractDate: z.object({ startDate: z.nullish(z.string()), endDate: z.nullish(z.string()) }),
  }),
});
export type CreateSignatureFromTemplateData = z.infer<typeof createSignatureFromTemplateDataSchema>;

/**
 * Create a contract from a template and request its e-signature (participants are notified
 * unless `option.skipSend`).
 *
 * `POST kit-api/v1/signature-templates/[key]/signatures` (reference §3.4, newest revision; an
 * older revision lacked most optional fields, which may depend on the environment).
 *
 * @example
 * ```ts
 * const { signature, contract } = await client.request(createSignatureFromTemplate, {
 *   templateKey: 4328,
 *   input: {
 *     title: '솔루션 공급 계약서',
 *     participants: [{ role: '갑', input: { name: '홍길동', email: 'gildong@prix.im', auth: 'EMAIL', send: 'EMAIL' } }],
 *     items: [{ id: 231, contents: '2,000,000' }],
 *   },
 * })
 * ```
 */
export const createSignatureFromTemplate = defineOperation({
  id: 'templates.createSignature',
  method: 'POST',
  path: 'signature-templates/{templateKey}/signatures',
  kind: 'mutation',
  summary: 'Create a contract from a template and request its e-signature.',
  reference: { section: '3.4', page: 'signature-template/create-signature' },
  input: createSignatureFromTemplateInputSchema,
  data: createSignatureFromTemplateDataSchema,
  errors: [
    'INVALID_SIGNATURE_TITLE',
    'INVALID_SIGNATURE_EXPIRED_DATE',
    'NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH',
    'INVALID_ADDITIONAL_INPUT',
    'SIGNATURE_PARTICIPANT_EMPTY_ADDITIONAL_REQUEST_INPUT',
    'SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_EMAIL',
    'SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_PHONE',
    'EXISTING_CONTRACT_KEY',
    'FAILED_USE_SIGNATURE_TEMPLATE',
    'NOT_ALLOWED_PASS_AUTH_NOT_ENOUGH',
    'NOT_FOUND_SIGNATURE_TEMPLATE',
    'NOT_FOUND_BUSINESS',
    'NOT_FOUND_USER',
    'SIGNATURE_TEMPLATE_NOT_FOUND',
    'FAILED_CREATE_CONTRACT',
    'FAILED_CREATE_SIGNATURE',
    'FAILED_MERGE_CONTRACT',
  ],
});
