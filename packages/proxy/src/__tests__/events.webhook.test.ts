import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SigningEvent } from '@esign-kit/core/events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryEventBus } from '../events/memoryEventBus.js';
import { prixWebhook } from '../events/prixWebhook.js';
import { serveOnLoopback } from './eventsClient.js';

// The receiver with a stand-in spec (Prix's is unknown): an HMAC-SHA256 of the raw body in a
// header, and a body `{ events: [{ contract, status }] }`. What is tested is the receiver's
// order and its refusals, whatever verify and parse will be.
const secret = 'whsec_test_0123456789';
const contract = '11111111-1111-4111-8111-111111111111';
const sign = (body: string) => createHmac('sha256', secret).update(body).digest('hex');

const bus = createMemoryEventBus();
const published: SigningEvent[] = [];
const refused: string[] = [];
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  await bus.subscribe((envelope) => published.push(envelope.event));
  const handler = prixWebhook({
    bus,
    maxBodyBytes: 1024,
    verify: (request, raw) => {
      const given = Buffer.from(request.headers.get('x-test-signature') ?? '', 'hex');
      const expected = Buffer.from(sign(Buffer.from(raw).toString('utf8')), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
    parse: (body) =>
      (body as { events: { contract: string; status: string; extra?: string }[] }).events.map(
        (item) =>
          ({
            type: 'contract.status',
            vendor: 'prix',
            contractUuid: item.contract,
            status: item.status,
            ...(item.extra ? { email: item.extra } : {}),
          }) as SigningEvent,
      ),
    onRefused: (reason) => refused.push(reason),
  });
  ({ url, close } = await serveOnLoopback(handler));
});
afterAll(() => close());
beforeEach(() => {
  published.length = 0;
  refused.length = 0;
});

const deliver = (body: string, signature = sign(body), method = 'POST') =>
  fetch(url, {
    method,
    headers: { 'content-type': 'application/json', 'x-test-signature': signature },
    ...(method === 'POST' ? { body } : {}),
  });

describe('prixWebhook', () => {
  it('publishes the events of a verified, well-formed delivery', async () => {
    const body = JSON.stringify({ events: [{ contract, status: 'CONCLUDED' }] });
    const response = await deliver(body);
    expect(response.status).toBe(200);
    expect(published).toEqual([
      { type: 'contract.status', vendor: 'prix', contractUuid: contract, status: 'CONCLUDED' },
    ]);
  });

  it('refuses an unverified delivery with 401, publishing nothing', async () => {
    const body = JSON.stringify({ events: [{ contract, status: 'CONCLUDED' }] });
    expect((await deliver(body, sign('something else'))).status).toBe(401);
    expect((await deliver(body, '')).status).toBe(401);
    expect(published).toEqual([]);
    expect(refused).toEqual(['unverified', 'unverified']);
  });

  it('refuses a malformed delivery with 400, publishing nothing of it', async () => {
    for (const body of [
      '{not json',
      JSON.stringify({ no: 'events' }),
      // One good event and one carrying a field no event declares: the whole delivery is refused.
      JSON.stringify({
        events: [
          { contract, status: 'DONE' },
          { contract, status: 'DONE', extra: 'kim@example.com' },
        ],
      }),
      JSON.stringify({ events: [{ contract: '', status: 'DONE' }] }),
    ]) {
      expect((await deliver(body)).status).toBe(400);
    }
    expect(published).toEqual([]);
    expect(refused).toEqual(['malformed', 'malformed', 'malformed', 'malformed']);
  });

  it('refuses a body over the limit (413) and another method (405)', async () => {
    const big = JSON.stringify({ events: [{ contract, status: 'x'.repeat(2000) }] });
    expect((await deliver(big)).status).toBe(413);
    const wrongMethod = await deliver('', '', 'GET');
    expect(wrongMethod.status).toBe(405);
    expect(published).toEqual([]);
  });
});
