import type { CreateSignatureFromTemplateInput, SendChannel, TemplateDetail, TemplateObject } from '@esign-kit/core';

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
      participants: [...template.participants]
        .sort((a, b) => a.order - b.order)
        .map(({ role }) => {
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
