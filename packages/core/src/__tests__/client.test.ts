import { describe, expect, it, vi } from 'vitest';
import { createEsignClient } from '../client/createEsignClient.js';
import { EsignKitError } from '../errors/EsignKitError.js';
import { findContract } from '../operations/contracts/findContract.js';
import { findContractRoute, sendReminderRoute } from '../operations/routes.generated.js';
import { sendReminder } from '../operations/signatures/sendReminder.js';
import { validated } from '../schemas/validated.js';
import { referenceFindData, referenceParticipantUuid, referenceSignatureUuid } from './fixtures.js';

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function recordingFetch(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return respond(request);
  });
  return { fetch, requests };
}

const reminder = { signatureUuid: referenceSignatureUuid, participantUuid: referenceParticipantUuid };

describe('createEsignClient', () => {
  it('sends a query as GET with the input in the query string and returns data', async () => {
    const { fetch, requests } = recordingFetch(() => json({ ok: true, data: referenceFindData }));
    const client = createEsignClient({ baseUrl: 'https://app.test/api/esign/', fetch, locale: 'en' });

    const data = await client.request(findContract, { customKey: 'a4-k1234' });

    expect(data).toEqual(referenceFindData);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url).toBe('https://app.test/api/esign/contracts/find?customKey=a4-k1234');
    expect(requests[0]?.headers.get('accept')).toBe('application/json');
  });

  it('sends a validated mutation as POST with a JSON body, defaults applied', async () => {
    const { fetch, requests } = recordingFetch(() =>
      json({ ok: true, data: { participantUuid: referenceParticipantUuid, sendType: 'EMAIL', sendAddress: 'a@b.c' } }),
    );
    const client = createEsignClient({
      baseUrl: '/api/esign',
      fetch: (url, init) => fetch(`https://app.test${url}`, init),
    });

    await client.request(validated(sendReminder), reminder);

    expect(requests[0]?.url).toBe(`https://app.test/api/esign/signatures/${referenceSignatureUuid}/send`);
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]?.json()).toEqual({ participantUuid: referenceParticipantUuid, type: 'REQUEST' });
  });

  it('rejects invalid input to a validated route with a typed error and makes no request', async () => {
    const { fetch } = recordingFetch(() => json({ ok: true, data: {} }));
    const client = createEsignClient({ baseUrl: '/api/esign', fetch, locale: 'en' });

    const error = await client.request(validated(findContract), { uuid: 'nope' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(EsignKitError);
    expect(error).toMatchObject({
      errorCode: 'ESIGN_KIT_INVALID_INPUT',
      status: undefined,
      issues: [{ path: 'uuid', message: 'Must be a valid uuid.' }],
      message: 'The input is not valid. uuid: Must be a valid uuid.',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('validates only when asked: a definition passed as it is goes to the proxy unchecked, like its route', async () => {
    const { fetch, requests } = recordingFetch(() =>
      json({ ok: false, errorCode: 'ESIGN_KIT_INVALID_INPUT', message: 'Invalid input.', issues: [] }, 400),
    );
    const client = createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch, locale: 'en' });

    const error = await client.request(findContract, { uuid: 'nope' }).catch((caught: unknown) => caught);

    expect(requests.map((request) => request.url)).toEqual(['https://app.test/api/esign/contracts/find?uuid=nope']);
    expect(error).toMatchObject({ errorCode: 'ESIGN_KIT_INVALID_INPUT', status: 400 });
    expect(validated(findContract)).toBe(validated(findContract));
    expect('input' in validated(findContract)).toBe(false);
  });

  it('checks data against the schema of a validated route when validateResponses is on', async () => {
    const { fetch } = recordingFetch(() => json({ ok: true, data: { contract: 'not an object' } }));
    const client = createEsignClient({ baseUrl: 'https://app.test', fetch, locale: 'en', validateResponses: true });

    await expect(client.request(validated(findContract), { customKey: 'k' })).rejects.toMatchObject({
      errorCode: 'ESIGN_KIT_INVALID_RESPONSE',
    });
    await expect(client.request(findContractRoute, { customKey: 'k' })).resolves.toEqual({ contract: 'not an object' });
  });

  it("leaves validation to the proxy for a route: sends the input as given and reports the proxy's issues", async () => {
    const issues = [{ path: 'uuid', message: 'Expected a UUID.' }];
    const { fetch, requests } = recordingFetch(() =>
      json({ ok: false, errorCode: 'ESIGN_KIT_INVALID_INPUT', message: 'Invalid input.', issues }, 400),
    );
    const client = createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch, locale: 'en' });

    const error = await client.request(findContractRoute, { uuid: 'nope' }).catch((caught: unknown) => caught);

    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('https://app.test/api/esign/contracts/find?uuid=nope');
    expect(error).toBeInstanceOf(EsignKitError);
    expect(error).toMatchObject({ errorCode: 'ESIGN_KIT_INVALID_INPUT', status: 400, issues });
  });

  it("sends a route's mutation without defaults (the proxy applies them) and still joins a double click", async () => {
    const { fetch, requests } = recordingFetch(() =>
      json({ ok: true, data: { participantUuid: referenceParticipantUuid, sendType: 'EMAIL', sendAddress: 'a@b.c' } }),
    );
    const client = createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch });

    await Promise.all([
      client.request(sendReminderRoute, reminder),
      client.request(sendReminderRoute, { ...reminder }),
    ]);

    expect(requests).toHaveLength(1);
    expect(await requests[0]?.json()).toEqual({ participantUuid: referenceParticipantUuid });
  });

  it("turns an error envelope into an EsignKitError carrying Prix's code, status, text and the proxy's sentences", async () => {
    const texts = { ko: '존재하지 않는 고객입니다.', en: 'The customer does not exist.' };
    const { fetch } = recordingFetch(() =>
      json({ ok: false, errorCode: 'NOT_FOUND_CUSTOMER', message: '존재하지 않는 고객', texts }, 404),
    );
    const client = createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch, locale: 'en' });

    const error = await client.request(findContract, { customKey: 'nobody' }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({
      errorCode: 'NOT_FOUND_CUSTOMER',
      status: 404,
      vendorMessage: '존재하지 않는 고객',
      operationId: 'contracts.find',
      message: 'The customer does not exist.',
      texts,
    });
    expect((error as EsignKitError).messageIn('ko')).toBe('존재하지 않는 고객입니다.');
  });

  it("falls back to the vendor's text when the answer has no sentences, unless describeError gives them", async () => {
    const answer = () => json({ ok: false, errorCode: 'NOT_FOUND_CUSTOMER', message: '존재하지 않는 고객' }, 404);
    const bare = createEsignClient({ baseUrl: 'https://app.test', fetch: recordingFetch(answer).fetch, locale: 'en' });
    await expect(bare.request(findContract, { customKey: 'nobody' })).rejects.toMatchObject({
      message: '존재하지 않는 고객',
      texts: undefined,
    });

    const described: string[] = [];
    const withCatalogue = createEsignClient({
      baseUrl: 'https://app.test',
      fetch: recordingFetch(answer).fetch,
      locale: 'en',
      describeError: (code) => {
        described.push(code);
        return { ko: '고객 없음', en: 'No such customer' };
      },
    });
    await expect(withCatalogue.request(findContract, { customKey: 'nobody' })).rejects.toMatchObject({
      message: 'No such customer',
    });
    expect(described).toEqual(['NOT_FOUND_CUSTOMER']);
  });

  it('reports an unreachable proxy as ESIGN_KIT_NETWORK_ERROR and a non-envelope answer as ESIGN_KIT_INVALID_RESPONSE', async () => {
    const down = createEsignClient({
      baseUrl: 'https://app.test',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    await expect(down.request(findContract, { customKey: 'k' })).rejects.toMatchObject({
      errorCode: 'ESIGN_KIT_NETWORK_ERROR',
      status: undefined,
    });

    const html = createEsignClient({
      baseUrl: 'https://app.test',
      fetch: async () => new Response('<html>502</html>', { status: 502 }),
    });
    await expect(html.request(findContract, { customKey: 'k' })).rejects.toMatchObject({
      errorCode: 'ESIGN_KIT_INVALID_RESPONSE',
      status: 502,
    });
  });

  it('lets an abort through as the abort reason, not as a network error', async () => {
    const controller = new AbortController();
    const client = createEsignClient({
      baseUrl: 'https://app.test',
      fetch: (_, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    });
    const pending = client.request(findContract, { customKey: 'k' }, { signal: controller.signal });
    controller.abort(new DOMException('gone', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('joins an identical mutation already in flight, and sends again once it has settled', async () => {
    let release: () => void = () => {};
    const { fetch } = recordingFetch(
      () =>
        new Promise<Response>((resolve) => {
          release = () =>
            resolve(
              json({
                ok: true,
                data: { participantUuid: referenceParticipantUuid, sendType: 'EMAIL', sendAddress: 'a@b.c' },
              }),
            );
        }),
    );
    const client = createEsignClient({ baseUrl: 'https://app.test', fetch });

    const first = client.request(sendReminder, reminder);
    const second = client.request(sendReminder, {
      participantUuid: reminder.participantUuid,
      signatureUuid: reminder.signatureUuid,
    });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    release();
    expect(await second).toEqual(await first);
    expect(fetch).toHaveBeenCalledTimes(1);

    const third = client.request(sendReminder, reminder);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    release();
    await third;
  });

  it('does not join different mutations', async () => {
    const { fetch } = recordingFetch(() =>
      json({ ok: true, data: { participantUuid: referenceParticipantUuid, sendType: 'EMAIL', sendAddress: 'a@b.c' } }),
    );
    const client = createEsignClient({ baseUrl: 'https://app.test', fetch });
    await Promise.all([
      client.request(sendReminder, reminder),
      client.request(sendReminder, { ...reminder, type: 'DONE' }),
    ]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
