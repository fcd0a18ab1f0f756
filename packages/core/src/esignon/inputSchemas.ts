import * as z from 'zod/mini';
import { nonEmptyStringSchema } from '../schemas/common.js';

/**
 * @module The inputs of the eSignon operations, with the limits eSignon documents for `5005Q`
 * (https://api.esignon.net/workflow/start/nonfacestart): refused here, before any call, with an
 * issue in Korean and English, so a bad input changes nothing at eSignon.
 */

/**
 * A workflow id in a browser path. eSignon's ids are numbers (`12584`) printed as strings. Our
 * reading: any 1–64 letters, digits, `-` or `_` is accepted (the sandbox may use others), which
 * keeps the id one safe path segment.
 *
 * @example
 * ```ts
 * esignonWorkflowIdSchema.safeParse('12584').success // true
 * esignonWorkflowIdSchema.safeParse('../admin').success // false
 * ```
 */
export const esignonWorkflowIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'An eSignon workflow id is 1 to 64 letters, digits, "-" or "_".'));

/** A template id (`doc_id`), e.g. `"101"`: same rule as a workflow id. */
export const esignonTemplateIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'An eSignon template id is 1 to 64 letters, digits, "-" or "_".'));

/** The characters eSignon refuses in a workflow name: ' " \ / : | < > . ? */
const forbiddenTitleCharacters = /['"\\/:|<>.?]/;

/**
 * The workflow name (`workflow_name`): 1 to 128 characters, none of ' " \ / : | < > . ?
 *
 * @example
 * ```ts
 * esignonTitleSchema.safeParse('근로계약서 홍길동').success // true
 * esignonTitleSchema.safeParse('계약서 v1.2').success // false: "." is refused
 * ```
 */
export const esignonTitleSchema = z.string().check(
  z.minLength(1, 'Must not be empty.'),
  z.maxLength(128),
  z.refine((value) => !forbiddenTitleCharacters.test(value), {
    message: 'A title may not contain \' " \\ / : | < > . or ?.',
  }),
);

/** A Korean mobile number, hyphens optional: `010-1234-5678`, `01012345678`. */
export const koreanMobilePattern = /^01[016789]-?[0-9]{3,4}-?[0-9]{4}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Where eSignon reaches a person: an e-mail address, or a Korean mobile number (then eSignon
 * uses KakaoTalk, in Korean only). In embed mode eSignon sends nothing; it is still the signer's
 * identity on the page and in the callbacks (`next_play_user`).
 *
 * @example
 * ```ts
 * esignonContactSchema.safeParse('010-1234-5678').success // true
 * esignonContactSchema.safeParse('02-123-4567').success // false: not a mobile number
 * ```
 */
export const esignonContactSchema = z.string().check(
  z.refine((value) => emailPattern.test(value) || koreanMobilePattern.test(value), {
    message: 'Must be an e-mail address or a Korean mobile number (010-1234-5678).',
  }),
);

/** A number for mobile identity verification (휴대폰 본인인증). */
export const esignonMobileNumberSchema = z
  .string()
  .check(z.regex(koreanMobilePattern, 'Must be a Korean mobile number (010-1234-5678).'));

/** A document password: 4 to 15 characters, no Korean, no quotes. */
export const esignonPasswordSchema = z.string().check(
  z.minLength(4),
  z.maxLength(15),
  z.refine((value) => !/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3'"]/.test(value), {
    message: 'A document password may not contain Korean letters or quotes.',
  }),
);

/** A signer's name: not empty. Our reading: at most 100 characters (eSignon prints no limit). */
const personNameSchema = nonEmptyStringSchema.check(z.maxLength(100));

/** One signer, in signing order (the first signs first: `field_owner` = index + 1). */
export const esignonSignerInputSchema = z
  .strictObject({
    name: personNameSchema,
    /** E-mail address or Korean mobile number. */
    contact: esignonContactSchema,
    /** For mobile identity verification before signing. */
    mobileNumber: z.optional(esignonMobileNumberSchema),
    /** Asked before the document opens: 4 to 15 characters, no Korean, no quotes. */
    password: z.optional(esignonPasswordSchema),
    /** Shown with the password prompt: at most 50 characters. */
    passwordHint: z.optional(z.string().check(z.maxLength(50))),
  })
  .check(
    z.refine((signer) => signer.passwordHint === undefined || signer.password !== undefined, {
      message: 'A password hint needs a password.',
      path: ['passwordHint'],
    }),
  );

/** A CC recipient (참조자, `customer_list`): told of the workflow, signs nothing. */
export const esignonCcInputSchema = z.strictObject({
  name: personNameSchema,
  contact: esignonContactSchema,
});

/**
 * The largest field value: a picture is a base64 jpg/jpeg/png of at most 1 MB, i.e. 1,398,104
 * base64 characters. Other kinds (text, `Y`/`N`, `YYYY-MM-DD`) are far shorter; which kind a field
 * is, only the template knows, so eSignon judges the rest.
 */
export const esignonFieldValueMaxLength = 1_398_104;

/** A template field to prefill (`field_list`). */
export const esignonFieldInputSchema = z.strictObject({
  name: nonEmptyStringSchema,
  /** Text; `Y`/`N` for radio and check boxes; `YYYY-MM-DD` for dates; base64 (≤ 1 MB) for pictures. */
  value: z.string().check(z.maxLength(esignonFieldValueMaxLength)),
});

/** Today's date in Korea (`YYYY-MM-DD`): eSignon's clock for "not in the past". */
export function koreanToday(now: number = Date.now()): string {
  return new Date(now + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** An expiry date, `YYYY-MM-DD`, not before today in Korea (eSignon answers `19`/`20` otherwise). */
export const esignonExpiresOnSchema = z.iso
  .date()
  .check(
    z.refine((value) => value >= koreanToday(), { message: 'The expiry date must not be in the past.', abort: true }),
  );

export const esignonLanguageSchema = z.enum(['ko-KR', 'en-US', 'ja-JP']);

/**
 * Start a workflow from a template in embed mode (see `esignonStartWorkflow`).
 *
 * @example
 * ```ts
 * esignonStartWorkflowInputSchema.safeParse({ templateId: '102', title: '서약서', signers: [] }).success // false: no signer
 * ```
 */
export const esignonStartWorkflowInputSchema = z.strictObject({
  /** The template (`doc_id`), e.g. `"101"`. */
  templateId: esignonTemplateIdSchema,
  /** The workflow name: 1 to 128 characters, none of ' " \ / : | < > . ? */
  title: esignonTitleSchema,
  /** In signing order; as many as the template has signer steps (eSignon answers `-1` otherwise). */
  signers: z.array(esignonSignerInputSchema).check(z.minLength(1, 'Pass at least one signer.')),
  cc: z.optional(z.array(esignonCcInputSchema)),
  fields: z.optional(
    z.array(esignonFieldInputSchema).check(
      z.refine((fields) => new Set(fields.map((field) => field.name)).size === fields.length, {
        message: 'Each field may be given once.',
      }),
    ),
  ),
  /** `YYYY-MM-DD`, not in the past. */
  expiresOn: z.optional(esignonExpiresOnSchema),
  /** Language of the signing page. @default 'ko-KR' (applied by eSignon) */
  language: z.optional(esignonLanguageSchema),
  /** Message to the signers: at most 250 characters. */
  comment: z.optional(z.string().check(z.maxLength(250))),
});

/**
 * A workflow, by id (path parameter): the input of the read, cancel and signing-url operations.
 *
 * @example
 * ```ts
 * esignonWorkflowInputSchema.parse({ workflowId: '12584' })
 * ```
 */
export const esignonWorkflowInputSchema = z.strictObject({
  workflowId: esignonWorkflowIdSchema,
});

/** Which document a download URL is for: the signed PDF or the audit-trail certificate (이력 인증서). */
export const esignonDocumentSchema = z.enum(['signed', 'certificate']);

/**
 * The input of `esignonDownloadUrl`: the workflow, and which document (the signed one by default).
 *
 * @example
 * ```ts
 * esignonDownloadUrlInputSchema.parse({ workflowId: '12584' }) // { workflowId: '12584', document: 'signed' }
 * ```
 */
export const esignonDownloadUrlInputSchema = z.strictObject({
  workflowId: esignonWorkflowIdSchema,
  /** @default 'signed' */
  document: z._default(esignonDocumentSchema, 'signed'),
});
