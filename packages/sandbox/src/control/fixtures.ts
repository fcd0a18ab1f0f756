import type { CreateCustomerInput, ParticipantType, TagColorCode } from '@esign-kit/core';
import { addCustomer } from '../domain/customers.js';
import { fileUrl } from '../domain/files.js';
import { nextId } from '../domain/ids.js';
import type { SandboxState } from '../state/index.js';
import type { SandboxCredits, SandboxTemplate } from '../state/model.js';

/** A template to add: roles in signing order, and its input objects. */
export interface TemplateFixture {
  name: string;
  /** @default null */
  slug?: string | null;
  /** @default 'TOGETHER' */
  participantType?: ParticipantType;
  /** Role names in signing order, e.g. `['갑', '을']`; one role makes the template bulk-eligible. */
  roles: string[];
  objects?: {
    name: string;
    /** @default 'TEXT' */
    type?: 'TEXT' | 'SIGNATURE' | 'CHECKBOX';
    /** `DEFAULT`: filled by the requester (`items[]`); `INPUT`: by a participant. @default 'DEFAULT' */
    category?: 'DEFAULT' | 'INPUT';
    description?: string;
    slug?: string;
    /** A pre-input value every request must fill. @default false */
    required?: boolean;
  }[];
  /** Ids of existing tags, or of tags added by the same fixtures (their ids follow the last one). @default [] */
  tagIds?: number[];
  ccEmails?: string[];
  managerNames?: string[];
  /** "일부 참여자에게 요청": a request may name only some roles. @default false */
  allowPartialParticipants?: boolean;
}

/** Data to add to the sandbox (`POST /__sandbox/seed`, `sandbox.control.seed`). */
export interface SandboxFixtures {
  /** Restore the seed data first (logs are kept). @default false */
  reseed?: boolean;
  /** Customers, with the fields `POST customers` takes (`title` and `customKey` unique). */
  customers?: CreateCustomerInput['input'][];
  /** Tags, added after the last one in display order; `colorCode` defaults to `GRAY`. */
  tags?: { name: string; colorCode?: TagColorCode }[];
  templates?: TemplateFixture[];
  /** Overrides of the credit balance, e.g. `{ remainingDefaultCount: 0, remainingPaidCount: 0 }`. */
  credits?: Partial<SandboxCredits>;
}

/** The ids given to what was added, in the order of the fixtures. */
export interface SeedResult {
  readonly customerIds: number[];
  readonly tagIds: number[];
  readonly templateIds: number[];
}

/** Adds fixtures that `checkFixtures` accepted (see `checkFixtures.ts`). */
export function applyFixtures(state: SandboxState, fixtures: SandboxFixtures, now: Date): SeedResult {
  const at = now.toISOString();
  const customerIds = (fixtures.customers ?? []).map((fields) => {
    const added = addCustomer(state, fields);
    if (!added.ok) throw new Error(`Fixture customer "${fields.title}" was refused: ${added.errorCode}`);
    return added.value.id;
  });
  const tagIds = (fixtures.tags ?? []).map((tag) => {
    const id = nextId(state, 'tag');
    const order = Math.max(0, ...state.tags.map((existing) => existing.order)) + 1;
    state.tags.push({ id, name: tag.name, colorCode: tag.colorCode ?? 'GRAY', order });
    return id;
  });
  const templateIds = (fixtures.templates ?? []).map((fixture) => {
    const template = buildTemplate(state, fixture, at);
    state.templates.push(template);
    return template.id;
  });
  Object.assign(state.credits, fixtures.credits);
  return { customerIds, tagIds, templateIds };
}

function buildTemplate(state: SandboxState, fixture: TemplateFixture, at: string): SandboxTemplate {
  const id = nextId(state, 'template');
  return {
    id,
    name: fixture.name,
    slug: fixture.slug ?? null,
    participantType: fixture.participantType ?? 'TOGETHER',
    ccEmails: [...(fixture.ccEmails ?? [])],
    managerNames: [...(fixture.managerNames ?? [])],
    createdAt: at,
    updatedAt: at,
    contractFile: fileUrl(`templates/${id}`, 'template.pdf'),
    participants: fixture.roles.map((role, index) => ({
      id: nextId(state, 'templateParticipant'),
      order: index + 1,
      role,
    })),
    objects: (fixture.objects ?? []).map((object) => ({
      id: nextId(state, 'templateObject'),
      slug: object.slug ?? null,
      type: object.type ?? 'TEXT',
      category: object.category ?? 'DEFAULT',
      name: object.name,
      description: object.description ?? '',
      required: object.required ?? false,
    })),
    tagIds: [...(fixture.tagIds ?? [])],
    signatureCount: 0,
    allowPartialParticipants: fixture.allowPartialParticipants ?? false,
  };
}
