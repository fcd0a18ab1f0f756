import {
  bulkContractUrl,
  createSignatureFromTemplate,
  listContracts,
  sendReminder,
  templateFormUrl,
  templateUseUrl,
} from '@esign-kit/core/server';
import {
  allow,
  allowReminderAddressOverride,
  createEsignProxy,
  createEsignServerClient,
  createHostedPageReconciler,
  type EsignProxyHandler,
  hideInputs,
  type OperationRule,
  type OutOfScopeContract,
} from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { type RunningSandbox, seedIds, startSandbox } from '@esign-kit/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listen, sandboxKey } from './servers.js';

// Issue 12, "Scope that a user cannot widen": hosted pages and reminders, over loopback HTTP
// from a tenant-scoped proxy to the real sandbox.
const { customers, templates, mou } = seedIds;
const tenants = {
  a: { id: 'a', customerIds: new Set<number>([customers.partner, customers.seoulLogistics]) },
  b: { id: 'b', customerIds: new Set<number>([customers.hanbit]) },
} as const;
const tenantOf = (request: Request) => tenants[request.headers.get('x-tenant') as keyof typeof tenants] ?? undefined;
const owns = (request: Request, ids: readonly (number | undefined)[]) => {
  const tenant = tenantOf(request);
  return !!tenant && ids.length > 0 && ids.every((id) => id !== undefined && tenant.customerIds.has(id));
};

let sandbox: RunningSandbox;
const servers: { close(): Promise<void> }[] = [];
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, apiKey: sandboxKey });
});
afterEach(() => sandbox.sandbox.reset());
afterAll(async () => {
  for (const server of servers) await server.close();
  await sandbox.close();
});

/** Serves a proxy (wrapped or not) on loopback; returns its base URL and a caller per tenant. */
async function serve(handler: EsignProxyHandler) {
  const server = await listen(toNodeListener(handler));
  servers.push(server);
  const base = `${server.url}/api/esign`;
  const call = (tenant: string, path: string, body?: unknown) =>
    fetch(`${base}/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'x-tenant': tenant, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { base, call };
}

function proxyWith(operations: readonly OperationRule[]) {
  return createEsignProxy({
    apiKey: sandboxKey,
    upstream: sandbox.upstream,
    authorize: ({ request }) => tenantOf(request) !== undefined,
    operations,
  });
}

/** The sandbox page session a minted URL opened (the input the upstream received). */
const mintedInput = <T>(url: string) => sandbox.sandbox.state.pageSessions.get(url.split('/').at(-1) ?? '')?.input as T;
const postPage = (url: string, form: Record<string, string>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(url).origin },
    body: new URLSearchParams(form).toString(),
    redirect: 'manual',
  });
const mintedUrl = async (response: Response) => {
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { url: string } }).data.url;
};

describe('pages with inputs Prix lets us hide', () => {
  const bulkRow = {
    title: '동의서',
    participant: { name: '김프릭', send: 'EMAIL', email: 'kim@prix.im' },
    items: [{ id: 13, contents: '김프릭' }],
  };

  it('mints the bulk page with the customer hidden whatever the browser asked, and the page refuses one posted', async () => {
    const { call } = await serve(
      proxyWith([
        hideInputs(bulkContractUrl, ['CUSTOMER'], ({ request, input }) =>
          owns(request, [input.input.defaultValue?.customer?.id]),
        ),
      ]),
    );
    const url = await mintedUrl(
      await call('a', `signature-templates/${templates.consent.id}/bulk-url`, {
        input: {
          defaultValue: { customer: { id: customers.partner } },
          options: { disabledInputs: ['REQUESTER_EMAIL'] },
          items: [bulkRow],
        },
      }),
    );

    const input = mintedInput<{ input: { options?: { disabledInputs?: string[] } } }>(url);
    expect(input.input.options?.disabledInputs).toEqual(['REQUESTER_EMAIL', 'CUSTOMER']);
    expect(await (await fetch(url)).text()).not.toContain('name="customer"');
    const before = sandbox.sandbox.state.contracts.length;
    const tampered = await postPage(url, { row: '0', customer: String(customers.hanbit) });
    expect(tampered.status).toBe(400);
    expect(sandbox.sandbox.state.contracts).toHaveLength(before);

    expect((await postPage(url, { row: '0' })).status).toBe(303);
    expect(sandbox.sandbox.state.contracts.slice(before).map((contract) => contract.customerIds)).toEqual([
      [customers.partner],
    ]);
  });

  it('adds the pinned inputs to the template form page, keeping the ones the browser chose', async () => {
    const { call } = await serve(proxyWith([hideInputs(templateFormUrl, ['PERMISSION', 'TAG'])]));
    const url = await mintedUrl(await call('a', 'signature-templates/form-url?tagIds=2&disabledInputs=SLUG'));

    expect(mintedInput<{ disabledInputs?: string[] }>(url).disabledInputs).toEqual(['SLUG', 'PERMISSION', 'TAG']);
    expect(await (await fetch(url)).text()).not.toContain('name="tag"');
    const tampered = await postPage(url, { name: '몰래', roles: '본인', tag: String(seedIds.tags.important) });
    expect(tampered.status).toBe(400);
  });
});

describe('the use-template page, which can hide nothing: reconciled on completion', () => {
  const reports: OutOfScopeContract[] = [];
  afterEach(() => {
    reports.length = 0;
  });

  async function scopedStack() {
    const server = createEsignServerClient({ apiKey: sandboxKey, upstream: sandbox.upstream });
    const pages = createHostedPageReconciler({
      client: server,
      scopeOf: tenantOf,
      onViolation: (report) => reports.push(report),
    });
    const proxy = proxyWith([
      pages.track(
        allow(templateUseUrl, ({ request, input }) => owns(request, [input.input?.defaultValue?.customer?.id])),
      ),
      pages.track(
        allow(createSignatureFromTemplate, ({ request, input }) =>
          owns(
            request,
            (input.input.contract?.customers ?? []).map((customer) => customer.id),
          ),
        ),
      ),
      pages.reconcileBefore(allow(listContracts, ({ request, input }) => owns(request, input.customerIds ?? []))),
    ]);
    const served = await serve(pages.wrap(proxy));
    return { ...served, pages };
  }

  /** Mints the consent template's page for `tenant` (pre-set to its own customer) and submits it for `customer`. */
  async function submitUseTemplatePage(
    stack: Awaited<ReturnType<typeof scopedStack>>,
    tenant: 'a' | 'b',
    customer: number | '',
    launchId: string,
  ) {
    const successUrl = `${stack.base}/return?esign-kit-launch=${launchId}`;
    const url = await mintedUrl(
      await stack.call(tenant, `signature-templates/${templates.consent.id}/use-template-url`, {
        input: {
          option: { successUrl },
          defaultValue: { customer: { id: [...tenants[tenant].customerIds][0] as number } },
        },
      }),
    );
    const submitted = await postPage(url, {
      title: `${tenant}의 동의서`,
      customer: String(customer),
      'role-0-name': '김프릭',
      'role-0-send': 'EMAIL',
      'role-0-email': 'kim@prix.im',
      'item-13': '김프릭',
    });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get('location')).toBe(successUrl);
    const contract = sandbox.sandbox.state.contracts.at(-1);
    // The page came back: the browser loads the return page, which reports completion.
    expect((await fetch(successUrl)).status).toBe(200);
    return contract;
  }

  it("cancels and reports a contract made for another tenant's customer", async () => {
    const stack = await scopedStack();
    const contract = await submitUseTemplatePage(stack, 'a', customers.hanbit, 'launch-a-0123456789');

    const after = sandbox.sandbox.state.contracts.find((candidate) => candidate.uuid === contract?.uuid);
    expect(after?.customerIds).toEqual([customers.hanbit]);
    expect(after?.signature?.status).toBe('CANCELED');
    expect(reports).toEqual([
      {
        errorCode: 'ESIGN_KIT_HOSTED_PAGE_OUT_OF_SCOPE',
        contractUuid: contract?.uuid,
        signatureUuid: contract?.signature?.uuid,
        customerIds: [customers.hanbit],
        suspects: ['a'],
        canceled: true,
      },
    ]);
  });

  it('cancels a contract linked to no customer, and leaves a contract for the own customer alone', async () => {
    const stack = await scopedStack();
    const own = await submitUseTemplatePage(stack, 'a', customers.seoulLogistics, 'launch-a-1111111111');
    const none = await submitUseTemplatePage(stack, 'a', '', 'launch-a-2222222222');

    const status = (uuid: string | undefined) =>
      sandbox.sandbox.state.contracts.find((candidate) => candidate.uuid === uuid)?.signature?.status;
    expect(status(own?.uuid)).toBe('WAITING');
    expect(status(none?.uuid)).toBe('CANCELED');
    expect(reports.map((report) => [report.contractUuid, report.customerIds])).toEqual([[none?.uuid, []]]);
  });

  it("does not touch the other tenant's own contract made through the API while the page was open", async () => {
    const stack = await scopedStack();
    await mintedUrl(
      await stack.call('a', `signature-templates/${templates.consent.id}/use-template-url`, {
        input: { defaultValue: { customer: { id: customers.partner } } },
      }),
    );
    const made = await stack.call('b', `signature-templates/${templates.consent.id}/signatures`, {
      input: {
        title: '한빛 동의서',
        participants: [
          { role: '고객', input: { name: '이한빛', send: 'EMAIL', auth: 'EMAIL', email: 'lee@hanbit.example' } },
        ],
        items: [{ id: 13, contents: '이한빛' }],
        contract: { customers: [{ id: customers.hanbit }] },
      },
    });
    expect(made.status).toBe(200);

    // A read reconciles first: nothing out of scope, nothing canceled.
    expect((await stack.call('b', `contracts?customerIds=${customers.hanbit}`)).status).toBe(200);
    expect(await stack.pages.reconcile()).toEqual([]);
    expect(sandbox.sandbox.state.contracts.at(-1)?.signature?.status).toBe('WAITING');
    expect(reports).toEqual([]);
  });
});

describe('reminders to another address', () => {
  const sendPath = `signatures/${mou.signatureUuid}/send`;
  const reminders = () => sandbox.sandbox.state.reminders;

  it('are refused by default (403, a code of their own), while a plain reminder goes out', async () => {
    const { call } = await serve(proxyWith([allow(sendReminder, () => true)]));

    const refused = await call('a', sendPath, {
      participantUuid: mou.emailParticipantUuid,
      sendInput: { sendType: 'EMAIL', sendAddress: 'attacker@evil.example' },
    });

    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      ok: false,
      errorCode: 'ESIGN_KIT_REMINDER_ADDRESS_NOT_ALLOWED',
      texts: { ko: expect.stringMatching(/다른 주소/), en: expect.stringMatching(/another address/) },
    });
    expect(reminders()).toEqual([]);
    expect((await call('a', sendPath, { participantUuid: mou.emailParticipantUuid })).status).toBe(200);
    expect(reminders().map((reminder) => reminder.sendAddress)).toEqual(['test@prix.im']);
  });

  it('are refused by the default proxy too (every browser-safe operation, no rules)', async () => {
    const proxy = createEsignProxy({ apiKey: sandboxKey, upstream: sandbox.upstream, authorize: () => true });
    const { call } = await serve(proxy);
    const refused = await call('a', sendPath, {
      participantUuid: mou.phoneParticipantUuid,
      sendInput: { sendType: 'PHONE', sendAddress: '010-9999-0000' },
    });
    expect(refused.status).toBe(403);
    expect(reminders()).toEqual([]);
  });

  it('go out when a rule allows them, to a valid e-mail address or Korean mobile number', async () => {
    const { call } = await serve(
      proxyWith([allowReminderAddressOverride({ allowAddress: ({ request }) => tenantOf(request)?.id === 'a' })]),
    );

    const email = await call('a', sendPath, {
      participantUuid: mou.emailParticipantUuid,
      sendInput: { sendType: 'EMAIL', sendAddress: 'kim@example.co.kr' },
    });
    const phone = await call('a', sendPath, {
      participantUuid: mou.emailParticipantUuid,
      sendInput: { sendType: 'PHONE', sendAddress: '010-1234-5678' },
    });
    const notAllowed = await call('b', sendPath, {
      participantUuid: mou.emailParticipantUuid,
      sendInput: { sendType: 'EMAIL', sendAddress: 'kim@example.co.kr' },
    });

    expect([email.status, phone.status, notAllowed.status]).toEqual([200, 200, 403]);
    expect(reminders().map((reminder) => [reminder.sendType, reminder.sendAddress])).toEqual([
      ['EMAIL', 'kim@example.co.kr'],
      ['PHONE', '010-1234-5678'],
    ]);
  });

  it('answer 400 for an address that does not suit the channel, even when allowed', async () => {
    const { call } = await serve(proxyWith([allowReminderAddressOverride()]));

    const abc = await call('a', sendPath, {
      participantUuid: mou.emailParticipantUuid,
      sendInput: { sendType: 'PHONE', sendAddress: 'abc' },
    });
    const phoneAsEmail = await call('a', sendPath, {
      participantUuid: mou.emailParticipantUuid,
      sendInput: { sendType: 'EMAIL', sendAddress: '010-1234-5678' },
    });

    expect([abc.status, phoneAsEmail.status]).toEqual([400, 400]);
    expect(await abc.json()).toMatchObject({
      errorCode: 'ESIGN_KIT_INVALID_INPUT',
      issues: [{ path: 'sendInput.sendAddress', message: expect.stringContaining('010-1234-5678') }],
    });
    expect(reminders()).toEqual([]);
  });
});
