import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type AnyOperation, defineOperation } from '../../operation.js';
import { builtInOperations } from '../../operations/registry.js';
import { getTemplate } from '../../operations/templates/index.js';
import { validateInput } from '../../schemas/validateInput.js';
import { decodeRequest } from '../../wire/decodeRequest.js';
import { encodeRequest } from '../../wire/encodeRequest.js';
import { createRouteMatcher } from '../../wire/matchRoute.js';
import { allExamples } from './fixtures/index.js';

const matchRoute = createRouteMatcher(builtInOperations);

/** Validates, sends through text (path, query string, JSON) as the client does, and reads it back as the proxy does. */
function roundTrip(operation: AnyOperation, input: unknown) {
  const parsed = validateInput(operation, input);
  if (!parsed.ok) throw new Error(`${operation.id}: the example is invalid`);
  const encoded = encodeRequest(operation, parsed.value);
  const match = matchRoute(encoded.method, encoded.path);
  if (match.kind !== 'match') throw new Error(`${operation.id}: no route for ${encoded.method} ${encoded.path}`);
  const decoded = decodeRequest(match.operation, {
    params: match.params,
    search: new URLSearchParams(encoded.search.toString()),
    body: encoded.body === undefined ? undefined : JSON.parse(JSON.stringify(encoded.body)),
  });
  if (!decoded.ok) throw new Error(`${operation.id}: ${JSON.stringify(decoded.issues)}`);
  return {
    parsed: parsed.value,
    encoded,
    matched: match.operation,
    again: validateInput(match.operation, decoded.input),
  };
}

/**
 * A template key travels as text (a path cannot tell 4328 from '4328'); Prix reads both the same
 * way, so the round trip gives it back as a string.
 */
function asSent(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('templateKey' in value)) return value;
  return { ...value, templateKey: String(value.templateKey) };
}

describe('request round trip (client → wire → proxy)', () => {
  // The reference's examples (fixtures/), and the one a definition carries itself (`example`).
  const ownExamples = builtInOperations.flatMap((operation) =>
    operation.example ? [{ operation, input: operation.example.input, source: `${operation.id}'s own example` }] : [],
  );
  const withInput = [...allExamples.filter((entry) => 'input' in entry), ...ownExamples];

  it('has an example input for every built-in operation', () => {
    expect(new Set(withInput.map((entry) => entry.operation.id))).toEqual(
      new Set(builtInOperations.map((operation) => operation.id)),
    );
  });

  it.each(withInput.map((entry) => [entry.operation.id, entry] as const))(
    '%s gives back the same parsed input',
    (_, entry) => {
      const { parsed, encoded, matched, again } = roundTrip(entry.operation, entry.input);
      expect(matched).toBe(entry.operation);
      expect(encoded.path).not.toMatch(/[{}]/);
      expect(again).toEqual({ ok: true, value: asSent(parsed) });
    },
  );

  it('sends the typed query fields as text that decodes back to numbers, booleans and lists', () => {
    const listContracts = allExamples.find((entry) => entry.operation.id === 'contracts.list');
    const { encoded } = roundTrip(listContracts?.operation as AnyOperation, listContracts?.input);
    expect(encoded.search.get('customerIds')).toBe('1,3');
    expect(encoded.search.get('customerCustomKeys')).toBe('A5-k159402,B5-k159402');
    expect(encoded.search.get('tagIds')).toBe('2,3');
    expect(encoded.search.get('hasNoCustomer')).toBe('true');
    expect(encoded.search.get('limit')).toBe('10');
  });

  it("keeps a definition's own example, typed by its input and left off its route", () => {
    const lookUp = defineOperation({
      id: 'custom.lookUp',
      method: 'GET',
      path: 'custom/{key}',
      kind: 'query',
      summary: 'Look one up.',
      example: { input: { key: 'a-1', limit: 5 } },
      input: z.strictObject({ key: z.string(), limit: z.optional(z.number()) }),
      data: z.object({}),
      wireTypes: { limit: 'number' },
    });
    expect(lookUp.example).toEqual({ input: { key: 'a-1', limit: 5 } });
    expect(Object.isFrozen(lookUp.example)).toBe(true);
    const encoded = encodeRequest(lookUp, lookUp.example?.input);
    expect(encoded.path).toBe('custom/a-1');
    expect(encoded.search.get('limit')).toBe('5');
    // @ts-expect-error the example is checked against the input type
    defineOperation({ ...lookUp, input: lookUp.input, data: lookUp.data, example: { input: { key: 1 } } });
  });

  it('makes the same request for a template id given as a number or as text', () => {
    expect(encodeRequest(getTemplate, { templateKey: 4328 })).toEqual(
      encodeRequest(getTemplate, { templateKey: '4328' }),
    );
  });

  it('wraps the body in input where Prix does, and keeps path parameters out of it', () => {
    const setTags = allExamples.find((entry) => entry.operation.id === 'contracts.setTags');
    const { encoded } = roundTrip(setTags?.operation as AnyOperation, setTags?.input);
    expect(encoded).toMatchObject({ method: 'PATCH', body: { input: { tagIds: [2, 3] } } });
    expect(encoded.path).toBe('contracts/ed976505-bcbd-47bd-913d-f4cde05dea7a');
  });
});
