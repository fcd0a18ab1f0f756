import type { ValidationIssue } from '@esign-kit/core';
import { createCustomer, validateInput } from '@esign-kit/core/server';
import { type CustomerFields, checkCustomerUnique } from '../domain/customers.js';
import type { SandboxState } from '../state/index.js';

type JsonObject = Record<string, unknown>;
const isRecord = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

const fixtureKinds = ['reseed', 'customers', 'tags', 'templates', 'credits'];
const creditKeys = ['defaultCount', 'remainingDefaultCount', 'paidCreditCount', 'remainingPaidCount'];

/** Collects issues with their dotted path. */
class Issues {
  readonly list: ValidationIssue[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}

/**
 * Checks fixtures (`SandboxFixtures`, received as JSON) against the current state without
 * changing anything: shapes, unique customer titles and keys and template slugs (among
 * themselves and against the state), and that tag ids exist. Returns every problem found; an
 * empty list means `applyFixtures` will succeed.
 */
export function checkFixtures(state: SandboxState, fixtures: unknown): ValidationIssue[] {
  if (!isRecord(fixtures)) return [{ path: '', message: 'Expected an object of fixtures.' }];
  const issues = new Issues();
  for (const key of Object.keys(fixtures)) if (!fixtureKinds.includes(key)) issues.add(key, 'Unknown fixture kind.');
  if (fixtures.reseed !== undefined && typeof fixtures.reseed !== 'boolean')
    issues.add('reseed', 'Expected a boolean.');
  const customers = listOf(fixtures, 'customers', issues);
  const tags = listOf(fixtures, 'tags', issues);
  const templates = listOf(fixtures, 'templates', issues);

  checkCustomers(state, customers, issues);
  tags.forEach((tag, index) => {
    if (!isRecord(tag) || !isText(tag.name)) issues.add(`tags.${index}.name`, 'Required.');
    else if (tag.colorCode !== undefined && !isText(tag.colorCode))
      issues.add(`tags.${index}.colorCode`, 'Expected a string.');
  });
  const slugs = new Set(state.templates.map((template) => template.slug));
  // Tags are added before templates, so a template may name them: their ids follow the last one.
  const tagIds = [...state.tags.map((tag) => tag.id), ...tags.map((_, index) => state.counters.tag + index)];
  templates.forEach((template, index) => {
    checkTemplate(template, `templates.${index}`, { slugs, tagIds }, issues);
  });
  checkCredits(fixtures.credits, issues);
  return issues.list;
}

function listOf(fixtures: JsonObject, key: string, issues: Issues): unknown[] {
  const value = fixtures[key];
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  issues.add(key, 'Expected an array.');
  return [];
}

function checkCustomers(state: SandboxState, customers: unknown[], issues: Issues): void {
  const titles = new Set<string>();
  const keys = new Set<string>();
  customers.forEach((customer, index) => {
    // The same check as `POST customers`, so a fixture customer is one the API could have made.
    const checked = validateInput(createCustomer, { input: customer });
    if (!checked.ok) {
      for (const issue of checked.issues)
        issues.add(`customers.${index}.${issue.path.replace(/^input\.?/, '')}`, issue.message);
      return;
    }
    const { title, customKey } = (checked.value as { input: CustomerFields }).input;
    const taken = !checkCustomerUnique(state, { title, customKey }).ok || titles.has(title);
    if (taken || (customKey !== undefined && keys.has(customKey))) {
      issues.add(`customers.${index}`, 'Another customer already uses this title or customKey.');
    }
    titles.add(title);
    if (customKey !== undefined) keys.add(customKey);
  });
}

function checkTemplate(
  template: unknown,
  path: string,
  known: { readonly slugs: Set<string | null>; readonly tagIds: readonly number[] },
  issues: Issues,
): void {
  if (!isRecord(template)) {
    issues.add(path, 'Expected an object.');
    return;
  }
  if (!isText(template.name)) issues.add(`${path}.name`, 'Required.');
  const { roles, slug, participantType, objects = [], tagIds = [] } = template;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isText) || new Set(roles).size !== roles.length) {
    issues.add(`${path}.roles`, 'Expected one or more distinct role names.');
  }
  if (slug !== undefined && slug !== null) {
    if (!isText(slug)) issues.add(`${path}.slug`, 'Expected a non-empty string or null.');
    else if (known.slugs.has(slug)) issues.add(`${path}.slug`, 'Another template already uses this slug.');
    else known.slugs.add(slug);
  }
  if (participantType !== undefined && participantType !== 'TOGETHER' && participantType !== 'ORDER') {
    issues.add(`${path}.participantType`, 'Must be "TOGETHER" or "ORDER".');
  }
  if (!Array.isArray(objects)) issues.add(`${path}.objects`, 'Expected an array.');
  else {
    objects.forEach((object, index) => {
      checkTemplateObject(object, `${path}.objects.${index}`, issues);
    });
  }
  if (!Array.isArray(tagIds) || !tagIds.every((id) => known.tagIds.includes(id))) {
    issues.add(`${path}.tagIds`, 'Expected ids of existing tags.');
  }
  for (const key of ['ccEmails', 'managerNames']) {
    if (template[key] !== undefined && !isTextList(template[key])) issues.add(`${path}.${key}`, 'Expected strings.');
  }
}

function checkTemplateObject(object: unknown, path: string, issues: Issues): void {
  if (!isRecord(object) || !isText(object.name)) {
    issues.add(`${path}.name`, 'Required.');
    return;
  }
  if (object.type !== undefined && !['TEXT', 'SIGNATURE', 'CHECKBOX'].includes(object.type as string)) {
    issues.add(`${path}.type`, 'Must be "TEXT", "SIGNATURE" or "CHECKBOX".');
  }
  if (object.category !== undefined && object.category !== 'DEFAULT' && object.category !== 'INPUT') {
    issues.add(`${path}.category`, 'Must be "DEFAULT" or "INPUT".');
  }
  if (object.slug !== undefined && !isText(object.slug)) issues.add(`${path}.slug`, 'Expected a non-empty string.');
}

function checkCredits(credits: unknown, issues: Issues): void {
  if (credits === undefined) return;
  if (!isRecord(credits)) {
    issues.add('credits', 'Expected an object.');
    return;
  }
  for (const [key, value] of Object.entries(credits)) {
    if (!creditKeys.includes(key)) issues.add(`credits.${key}`, 'Unknown field.');
    else if (!Number.isInteger(value) || (value as number) < 0)
      issues.add(`credits.${key}`, 'Expected an integer ≥ 0.');
  }
}
