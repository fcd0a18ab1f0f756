import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { esignonSandboxDefaults } from '../esignon/options.js';
import { type RunningSandbox, type StartSandboxOptions, startSandbox } from '../startSandbox.js';

/** The legacy answer envelope, as tests read it. */
export interface WireAnswer<TBody = Record<string, unknown>> {
  header: { response_code: string; result_code: string; result_msg: string };
  body: TBody;
}

/** A clock tests move by hand. */
export function manualClock(start = '2026-12-06T01:00:00.000Z') {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}

/** A sandbox on a free loopback port; `base` is the proxy's eSignon base URL (`<sandbox>/esignon`). */
export async function startEsignonSandbox(options: StartSandboxOptions = {}) {
  const running: RunningSandbox = await startSandbox({ port: 0, ...options });
  return { running, base: `${running.url}/esignon`, esignon: running.sandbox.esignon };
}

/** POSTs `{ header: { request_code }, body }` with an optional token. */
export async function legacyPost<TBody = Record<string, unknown>>(
  url: string,
  requestCode: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; answer: WireAnswer<TBody> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `esignon ${token}` } : {}) },
    body: JSON.stringify({ header: { request_code: requestCode, version: '9.9.99' }, body }),
  });
  return { status: response.status, answer: (await response.json()) as WireAnswer<TBody> };
}

/** Logs in with the sandbox defaults and returns the access token. */
export async function login(base: string): Promise<string> {
  const { answer } = await legacyPost<{ access_token: string }>(
    `${base}/api/${esignonSandboxDefaults.companyId}/login`,
    '1001Q',
    {
      memb_email: esignonSandboxDefaults.email,
      memb_pwd: esignonSandboxDefaults.password,
    },
  );
  if (answer.header.result_code !== '00') throw new Error(`login failed: ${JSON.stringify(answer)}`);
  return answer.body.access_token;
}

/** A valid 5005Q body for template 101 (two signers), embed mode, with `overrides` on top. */
export function startBody(overrides: Record<string, unknown> = {}, callbackUrl = 'http://127.0.0.1:9/callback') {
  return {
    biz_id: '0',
    workflow_name: '근로계약서 김민수',
    doc_id: '101',
    memb_email: esignonSandboxDefaults.email,
    language: 'ko-KR',
    comment: '확인 후 서명해 주세요',
    player_list: [
      { field_owner: '1', email: 'boss@example.com', name: '박사장' },
      { field_owner: '2', email: '010-1234-5678', name: '김민수' },
    ],
    field_list: [
      { field_name: '근무지', field_value: '서울' },
      { field_name: '시급', field_value: '12000' },
    ],
    export_api_info: {
      api_type: 'ALL',
      url: callbackUrl,
      request_code: 'embed',
      authorization: 'callback-secret-value-123',
    },
    ...overrides,
  };
}

/** Starts a workflow and returns the 5005A body. */
export async function start(
  base: string,
  token: string,
  overrides: Record<string, unknown> = {},
  callbackUrl?: string,
) {
  const { answer } = await legacyPost<Record<string, string>>(
    `${base}/api/${esignonSandboxDefaults.companyId}/startsimple`,
    '5005Q',
    startBody(overrides, callbackUrl),
    token,
  );
  if (answer.header.result_code !== '00') throw new Error(`start failed: ${JSON.stringify(answer)}`);
  return answer.body;
}

/** Reads a workflow through the v2 GET. */
export async function read(base: string, token: string | undefined, workflowId: string, query = '') {
  const response = await fetch(`${base}/api/v2/workflows/${workflowId}${query}`, {
    headers: token ? { authorization: `esignon ${token}` } : {},
  });
  return { status: response.status, answer: (await response.json()) as WireAnswer<Record<string, unknown>> };
}

/** One request the receiver got. */
export interface ReceivedCallback {
  readonly headers: IncomingHttpHeaders;
  readonly body: { header: Record<string, string>; body: Record<string, string> };
}

/**
 * A tiny callback receiver on loopback. It answers each request with the next status of
 * `statuses` (then 200), or drops the connection for `'drop'`.
 */
export async function startReceiver(statuses: (number | 'drop')[] = []) {
  const received: ReceivedCallback[] = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(text) });
      const status = statuses.shift() ?? 200;
      if (status === 'drop') {
        request.socket.destroy();
        return;
      }
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/esign/esignon/callback`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
