import { describe, expect, it } from 'vitest';
import { parseLauncherMessage } from '../../launcher/launcherMessages.js';
import { checkPageUrl, defaultPageOrigins } from '../../launcher/pageUrlPolicy.js';
import { withSuccessUrl } from '../../launcher/successUrl.js';

describe('checkPageUrl', () => {
  const origins = [...defaultPageOrigins, 'https://*.prix.im', 'http://127.0.0.1:4010'];

  it.each([
    'https://www.prix.im/contracts/1?token=x',
    'https://app.prix.im/bulk',
    'http://127.0.0.1:4010/pages/detail',
  ])('accepts %s', (url) => {
    expect(checkPageUrl(url, origins)).toMatchObject({ ok: true });
  });

  it.each([
    ['javascript:alert(1)', 'protocol'],
    ['data:text/html,<script>alert(1)</script>', 'protocol'],
    ['http://www.prix.im/x', 'protocol'],
    ['http://127.0.0.1:4011/x', 'protocol'],
    ['https://prix.im.evil.example/x', 'allowlist'],
    ['https://evilprix.im/x', 'allowlist'],
    ['https://www.prix.im:8443/x', 'allowlist'],
    ['https://user:pass@www.prix.im/x', 'credentials'],
    ['/relative/path', 'absolute'],
    ['', 'empty'],
  ])('refuses %s', (url, reason) => {
    const result = checkPageUrl(url, origins);
    expect(result.ok).toBe(false);
    expect(result.ok || result.reason).toContain(reason);
  });

  it('refuses a non-string', () => {
    expect(checkPageUrl({ toString: () => 'https://www.prix.im' }, origins).ok).toBe(false);
  });
});

describe('parseLauncherMessage', () => {
  it('accepts exactly the two shapes', () => {
    expect(parseLauncherMessage({ type: 'esign-kit:page-ready' })).toEqual({ type: 'esign-kit:page-ready' });
    const launchId = 'a'.repeat(32);
    expect(parseLauncherMessage({ type: 'esign-kit:complete', launchId })).toEqual({
      type: 'esign-kit:complete',
      launchId,
    });
  });

  it.each([
    null,
    'esign-kit:page-ready',
    { type: 'esign-kit:complete' },
    { type: 'esign-kit:complete', launchId: 'short' },
    { type: 'esign-kit:complete', launchId: `${'a'.repeat(32)}<` },
    { type: 'esign-kit:page-ready', extra: true },
    { type: 'something-else', launchId: 'a'.repeat(32) },
  ])('refuses %j', (data) => {
    expect(parseLauncherMessage(data)).toBeUndefined();
  });
});

describe('withSuccessUrl', () => {
  it('sets the field where each operation takes it, without touching the rest', () => {
    const input = { templateKey: 1, input: { defaultValue: { contract: { title: 'A' } } } };
    expect(withSuccessUrl('templates.useUrl', input, 'https://app.test/r')).toEqual({
      templateKey: 1,
      input: { defaultValue: { contract: { title: 'A' } }, option: { successUrl: 'https://app.test/r' } },
    });
    expect(input).toEqual({ templateKey: 1, input: { defaultValue: { contract: { title: 'A' } } } });
    expect(withSuccessUrl('templates.formUrl', {}, 'https://app.test/r')).toEqual({ successUrl: 'https://app.test/r' });
    expect(withSuccessUrl('contracts.detailUrl', { contractUuid: 'x' }, 'https://app.test/r')).toEqual({
      contractUuid: 'x',
    });
  });
});
