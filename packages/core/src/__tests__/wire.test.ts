import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { type AnyOperation, defineOperation } from '../operation.js';
import { findContract } from '../operations/contracts/findContract.js';
import { sendReminder } from '../operations/signatures/sendReminder.js';
import { validateInput } from '../schemas/validateInput.js';
import { decodeRequest } from '../wire/decodeRequest.js';
import { encodeRequest } from '../wire/encodeRequest.js';
import { createRouteMatcher } from '../wire/matchRoute.js';
import { referenceContractUuid, referenceParticipantUuid, referenceSignatureUuid } from './fixtures.js';

const listThings = defineOperation({
  id: 'things.list',
  method: 'GET',
  path: 'things',
  kind: 'query',
  summary: 'test operation with typed query fields',
  input: z.strictObject({
    limit: z.optional(z.number()),
    tagIds: z.optional(z.array(z.number())),
    signatureCount: z.optional(z.boolean()),
  }),
  data: z.object({}),
  wireTypes: { limit: 'number', tagIds: 'number[]', signatureCount: 'boolean' },
});

function roundTrip(operation: AnyOperation, input: Record<string, unknown>) {
  const encoded = encodeRequest(operation, input);
  const match = createRouteMatcher([operation])(encoded.method, encoded.path);
  if (match.kind !== 'match') throw new Error(`no route for ${encoded.path}`);
  return {
    encoded,
    decoded: decodeRequest(operation, { params: match.params, search: encoded.search, body: encoded.body }),
  };
}

describe('encodeRequest / decodeRequest', () => {
  it('puts path parameters in the path and the rest of a POST in the body', () => {
    const input = { signatureUuid: referenceSignatureUuid, participantUuid: referenceParticipantUuid, type: 'DONE' };
    const { encoded, decoded } = roundTrip(sendReminder, input);
    expect(encoded.path).toBe(`signatures/${referenceSignatureUuid}/send`);
    expect(encoded.body).toEqual({ participantUuid: referenceParticipantUuid, type: 'DONE' });
    expect(encoded.search.size).toBe(0);
    expect(decoded).toEqual({ ok: true, input });
  });

  it('round-trips typed query fields through text', () => {
    const input = { limit: 20, tagIds: [2, 3], signatureCount: false };
    const { encoded, decoded } = roundTrip(listThings, input);
    expect(encoded.search.toString()).toBe('limit=20&tagIds=2%2C3&signatureCount=false');
    expect(decoded).toEqual({ ok: true, input });
  });

  it('leaves text that is not a number as text, so the schema reports it', () => {
    const decoded = decodeRequest(listThings, {
      params: {},
      search: new URLSearchParams('limit=ten'),
      body: undefined,
    });
    expect(decoded).toEqual({ ok: true, input: { limit: 'ten' } });
  });

  it('refuses a query parameter given twice', () => {
    const decoded = decodeRequest(findContract, {
      params: {},
      search: new URLSearchParams(`uuid=${referenceContractUuid}&uuid=${referenceContractUuid}`),
      body: undefined,
    });
    expect(decoded).toEqual({
      ok: false,
      issues: [{ path: 'uuid', message: 'Given more than once.', code: 'custom' }],
    });
  });

  it('refuses a path parameter smuggled into the body, and a body that is not an object', () => {
    const smuggled = decodeRequest(sendReminder, {
      params: { signatureUuid: referenceSignatureUuid },
      search: new URLSearchParams(),
      body: { signatureUuid: referenceContractUuid, participantUuid: referenceParticipantUuid },
    });
    expect(smuggled).toEqual({
      ok: false,
      issues: [{ path: 'signatureUuid', message: 'Belongs in the path only.', code: 'custom' }],
    });

    const array = decodeRequest(sendReminder, { params: {}, search: new URLSearchParams(), body: [] });
    expect(array.ok).toBe(false);
  });

  it('keeps a "__proto__" field a field: the strict schema refuses it instead of reading through it', () => {
    // JSON.parse makes "__proto__" an own key; copying it by assignment would set the prototype.
    const body = JSON.parse(`{"__proto__": {"participantUuid": "${referenceParticipantUuid}"}}`) as unknown;
    const decoded = decodeRequest(sendReminder, {
      params: { signatureUuid: referenceSignatureUuid },
      search: new URLSearchParams(),
      body,
    });
    expect(decoded.ok && Object.getPrototypeOf(decoded.input)).toBe(Object.prototype);
    expect(decoded.ok && validateInput(sendReminder, decoded.input)).toMatchObject({
      ok: false,
      issues: expect.arrayContaining([{ path: 'participantUuid', message: 'Required.', code: 'required' }]),
    });

    const query = decodeRequest(findContract, {
      params: {},
      search: new URLSearchParams(`uuid=${referenceContractUuid}&__proto__=x`),
      body: undefined,
    });
    expect(query.ok && Object.keys(query.input)).toEqual(['uuid', '__proto__']);
    expect(query.ok && validateInput(findContract, query.input).ok).toBe(false);
  });

  it('refuses a body on a GET and query fields on a POST', () => {
    expect(decodeRequest(findContract, { params: {}, search: new URLSearchParams(), body: {} }).ok).toBe(false);
    const withQuery = decodeRequest(sendReminder, {
      params: { signatureUuid: referenceSignatureUuid },
      search: new URLSearchParams('participantUuid=x'),
      body: {},
    });
    expect(withQuery.ok).toBe(false);
  });
});

describe('createRouteMatcher', () => {
  // The matcher's own rules, on two operations; the full registry is covered in operations/registry.test.ts.
  const match = createRouteMatcher([findContract, sendReminder]);

  it('matches a literal path and a parameterised one', () => {
    expect(match('GET', 'contracts/find')).toMatchObject({ kind: 'match', operation: findContract, params: {} });
    expect(match('POST', `signatures/${referenceSignatureUuid}/send`)).toMatchObject({
      kind: 'match',
      operation: sendReminder,
      params: { signatureUuid: referenceSignatureUuid },
    });
  });

  it('prefers a literal segment over a parameter', () => {
    const byUuid = defineOperation({
      id: 'contracts.get',
      method: 'GET',
      path: 'contracts/{uuid}',
      kind: 'query',
      summary: 'test',
      input: z.object({ uuid: z.string() }),
      data: z.object({}),
    });
    const both = createRouteMatcher([byUuid, findContract]);
    expect(both('GET', 'contracts/find')).toMatchObject({ operation: findContract });
    expect(both('GET', 'contracts/abc')).toMatchObject({ operation: byUuid, params: { uuid: 'abc' } });
  });

  it('answers method-not-allowed with the methods the path does accept', () => {
    expect(match('DELETE', 'contracts/find')).toEqual({ kind: 'method-not-allowed', allowed: ['GET'] });
  });

  it.each([
    'contracts/nope',
    'contracts/find/extra',
    'contracts//find',
    'signatures/../contracts/send',
    'signatures/%2e%2e/send',
    'signatures/a%2Fb/send',
    'signatures/a%5Cb/send',
    'signatures/%E0%A4%A/send',
  ])('matches nothing for %s', (path) => {
    expect(match('POST', path).kind).toBe('not-found');
  });
});
