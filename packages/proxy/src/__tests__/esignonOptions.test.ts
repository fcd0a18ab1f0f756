import { describe, expect, it } from 'vitest';
import { esignon } from '../esignon/index.js';
import type { EsignonOptions } from '../esignon/options.js';

const valid: EsignonOptions = {
  upstream: 'https://docs.esignon.net',
  companyId: 'esignkit',
  email: 'admin@esignkit.example',
  password: 'sandbox-esignon-pw',
  callback: {
    url: 'https://admin.example.com/api/esign/esignon/callback',
    authorization: 'a-long-random-callback-secret',
  },
};

function build(overrides: Partial<Record<keyof EsignonOptions, unknown>>) {
  return () => esignon({ ...valid, ...overrides } as EsignonOptions);
}

describe('esignon options', () => {
  it('builds a vendor from valid options, with loopback http allowed for the sandbox', () => {
    const vendor = esignon({
      ...valid,
      upstream: 'http://127.0.0.1:4010/esignon',
      callback: {
        url: 'http://localhost:3000/api/esign/esignon/callback',
        authorization: valid.callback.authorization,
      },
    });
    expect(vendor.id).toBe('esignon');
    expect(vendor.operations.map((operation) => operation.id)).toContain('esignon.workflows.start');
    expect(vendor.routes?.map((route) => `${route.method} ${route.path}`)).toEqual(['POST esignon/callback']);
  });

  it('refuses a plain-http upstream off this machine, or no URL at all', () => {
    expect(build({ upstream: 'http://docs.esignon.net' })).toThrow(/`upstream` must use https/);
    expect(build({ upstream: 'not a url' })).toThrow(TypeError);
  });

  it.each(['companyId', 'email', 'password'] as const)('refuses an empty or missing %s', (name) => {
    expect(build({ [name]: '  ' })).toThrow(new RegExp(`\`${name}\` must be a non-empty string`));
    expect(build({ [name]: undefined })).toThrow(TypeError);
  });

  it('refuses a company id that would change the path', () => {
    expect(build({ companyId: 'a/../b' })).toThrow(/companyId/);
  });

  it('refuses a callback URL that is not https (loopback aside) or carries credentials', () => {
    const authorization = valid.callback.authorization;
    expect(build({ callback: { url: 'http://admin.example.com/cb', authorization } })).toThrow(
      /`callback.url` must use https/,
    );
    expect(build({ callback: { url: 'https://u:p@admin.example.com/cb', authorization } })).toThrow(
      /user name or password/,
    );
    expect(build({ callback: undefined })).toThrow(/`callback` is required/);
  });

  it('refuses a callback authorization shorter than 16 characters or unfit for a header', () => {
    const url = valid.callback.url;
    expect(build({ callback: { url, authorization: 'fifteen-chars-x' } })).toThrow(/at least 16 characters/);
    expect(build({ callback: { url, authorization: 'sixteen-chars-ok' } })).not.toThrow();
    expect(build({ callback: { url, authorization: 'sixteen-chars-ok\r\nx' } })).toThrow(/printable ASCII/);
  });

  it('serves the callback route at `callback.path` (esignon/callback by default) and refuses a path that is not plain', () => {
    expect(esignon(valid).routes?.map((route) => route.path)).toEqual(['esignon/callback']);
    const secretPath = 'esignon/callback-5f1c9a2b7e';
    const moved = esignon({
      ...valid,
      callback: { ...valid.callback, url: `https://admin.example.com/api/esign/${secretPath}`, path: secretPath },
    });
    expect(moved.routes?.map((route) => route.path)).toEqual([secretPath]);
    for (const path of ['/esignon/callback', 'esignon/../callback', 'esignon//callback', 'esignon/callback?x=1', '']) {
      expect(build({ callback: { ...valid.callback, path } })).toThrow(/callback\.path/);
    }
  });

  it('refuses a token lifetime of a minute or less, and hooks that are not functions', () => {
    expect(build({ tokenTtlMs: 60_000 })).toThrow(/tokenTtlMs/);
    expect(build({ onCallback: 'yes' })).toThrow(/`onCallback` must be a function/);
  });

  it('never puts the password or the callback secret in its messages', () => {
    let message = '';
    try {
      build({ callback: { url: 'ftp://x', authorization: valid.callback.authorization } })();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe('');
    expect(message).not.toContain(valid.callback.authorization);
    expect(message).not.toContain(valid.password);
  });

  it('redacts the password and the callback secret from the start, and names the account by a hash', async () => {
    const vendor = esignon(valid);
    expect(vendor.staticSecrets).toEqual([valid.password, valid.callback.authorization]);
    const account = await vendor.account(new Request('http://localhost/'));
    expect(account.tenant).toMatch(/^esignon:[0-9a-f]{32}$/);
    expect(account.tenant).not.toContain(valid.companyId);
    expect(account.secrets).toEqual([valid.password, valid.callback.authorization]);
    const other = await esignon({ ...valid, email: 'someone@esignkit.example' }).account(
      new Request('http://localhost/'),
    );
    expect(other.tenant).not.toBe(account.tenant);
  });
});
