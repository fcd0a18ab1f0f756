import type { CreateSignatureFromTemplateInput, SendChannel, TemplateDetail, TemplateObject } from '@esign-kit/core';
import { checkExpiry, checkText, type FieldProblems, fieldLimits, problemsOf } from '../forms/fieldRules.js';

/** What the form holds for one role of the template. */
export interface RoleDraft {
  readonly name: string;
  readonly send: SendChannel;
  readonly email: string;
  readonly phone: string;
}

/** Everything the request form holds, as strings until it is sent. */
export interface RequestDraft {
  readonly title: string;
  readonly customKey: string;
  readonly customerId: number;
  /** `yyyy-mm-dd`, or empty for Prix's default. */
  readonly expires: string;
  readonly roles: Readonly<Record<string, RoleDraft>>;
  /** By input object id; a checkbox holds `'true'` or `''`. */
  readonly items: Readonly<Record<number, string>>;
}

/** The input objects the requester fills before sending (not signatures, not the participants' own). */
export function requesterItems(template: TemplateDetail): TemplateObject[] {
  return template.objects.filter((object) => object.category === 'DEFAULT' && object.type !== 'SIGNATURE');
}

export function emptyDraft(template: TemplateDetail, customerId: number): RequestDraft {
  return {
    title: template.name,
    customKey: '',
    customerId,
    expires: '',
    roles: Object.fromEntries(
      template.participants.map(({ role }) => [role, { name: '', send: 'EMAIL', email: '', phone: '' }]),
    ),
    items: Object.fromEntries(requesterItems(template).map((object) => [object.id, ''])),
  };
}

/** The `createSignatureFromTemplate` input the draft stands for: one participant per role, in order. */
export function toRequestInput(template: TemplateDetail, draft: RequestDraft): CreateSignatureFromTemplateInput {
  const customKey = draft.customKey.trim();
  return {
    templateKey: template.id,
    input: {
      title: draft.title.trim(),
      participants: orderedRoles(template).map(({ role }) => {
        const entry = draft.roles[role] ?? { name: '', send: 'EMAIL', email: '', phone: '' };
        const address = entry.send === 'EMAIL' ? { email: entry.email.trim() } : { phone: entry.phone.trim() };
        return { role, input: { name: entry.name.trim(), send: entry.send, auth: entry.send, ...address } };
      }),
      items: requesterItems(template).map((object) => ({ id: object.id, contents: draft.items[object.id] ?? '' })),
      contract: { customers: [{ id: draft.customerId }], ...(customKey ? { customKey } : {}) },
      ...(draft.expires
        ? { signature: { expiredDate: new Date(`${draft.expires}T23:59:59+09:00`).toISOString() } }
        : {}),
    },
  };
}

/** The template's roles in signing order: the order of `participants` in the request. */
export function orderedRoles(template: TemplateDetail): TemplateDetail['participants'] {
  return [...template.participants].sort((a, b) => a.order - b.order);
}

/**
 * Whether a pre-input must be filled. Prix's template detail does not say (its `INVALID_ADDITIONAL_INPUT`
 * answers a missing one); a `required` flag, where an API gives one, is honoured.
 */
export function isRequiredItem(object: TemplateObject): boolean {
  return object.type === 'TEXT' && (object as { readonly required?: unknown }).required === true;
}

/**
 * The draft checked with the limits Prix documents, by field key: `title`, `customKey`, `expires`,
 * `role.N.name` and `role.N.address` (N in signing order), `item.<object id>`.
 */
export function checkDraft(template: TemplateDetail, draft: RequestDraft, today?: string): FieldProblems {
  const roles = orderedRoles(template).map(({ role }, index) => {
    const entry = draft.roles[role] ?? { name: '', send: 'EMAIL', email: '', phone: '' };
    const byEmail = entry.send === 'EMAIL';
    return [
      [`role.${index}.name`, checkText(entry.name, { required: true })],
      [
        `role.${index}.address`,
        checkText(byEmail ? entry.email : entry.phone, { required: true, format: byEmail ? 'email' : 'phone' }),
      ],
    ] as const;
  });
  const items = requesterItems(template).map(
    (object) =>
      [`item.${object.id}`, checkText(draft.items[object.id] ?? '', { required: isRequiredItem(object) })] as const,
  );
  return problemsOf({
    title: checkText(draft.title, { required: true }),
    customKey: checkText(draft.customKey, { maximum: fieldLimits.contractKey }),
    expires: checkExpiry(draft.expires, today),
    ...Object.fromEntries([...roles.flat(), ...items]),
  });
}

/** The form field an issue of the server's answer is about (its path in the request), if the form has it. */
export function fieldOfPath(template: TemplateDetail, path: string): string | undefined {
  const fixed: Readonly<Record<string, string>> = {
    'input.title': 'title',
    'input.contract.customKey': 'customKey',
    'input.signature.expiredDate': 'expires',
  };
  if (fixed[path]) return fixed[path];
  const participant = /^input\.participants\.(\d+)\.input(?:\.(name|email|phone))?$/.exec(path);
  if (participant) return `role.${participant[1]}.${participant[2] === 'name' ? 'name' : 'address'}`;
  const item = /^input\.items\.(\d+)(?:\.contents)?$/.exec(path);
  const object = item ? requesterItems(template)[Number(item[1])] : undefined;
  return object ? `item.${object.id}` : undefined;
}

/** The text a field key of {@link checkDraft} holds in the draft (a role's address by its channel). */
export function fieldValue(template: TemplateDetail, draft: RequestDraft, field: string): string | undefined {
  const [kind, index, part] = field.split('.');
  if (kind === 'role') {
    const role = orderedRoles(template)[Number(index)]?.role;
    const entry = role === undefined ? undefined : draft.roles[role];
    if (!entry) return undefined;
    return part === 'name' ? entry.name : `${entry.send}:${entry.send === 'EMAIL' ? entry.email : entry.phone}`;
  }
  if (kind === 'item') return draft.items[Number(index)];
  return field === 'title' || field === 'customKey' || field === 'expires' ? draft[field] : undefined;
}

/** Prix's codes that are about one field of the form. */
export const fieldOfVendorCode: Readonly<Record<string, string>> = {
  INVALID_SIGNATURE_TITLE: 'title',
  INVALID_SIGNATURE_EXPIRED_DATE: 'expires',
  EXISTING_CONTRACT_KEY: 'customKey',
};
