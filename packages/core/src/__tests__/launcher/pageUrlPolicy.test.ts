import { describe, expect, it } from 'vitest';
import { parseLauncherMessage } from '../../launcher/launcherMessages.js';
import { checkPageUrl, defaultOriginsFor, defaultPageOrigins, loopbackOrigins } from '../../launcher/pageUrlPolicy.js';
import { withSuccessUrl } from '../../launcher/successUrl.js';
import {
  contractDetailUrlRoute,
  templateFormUrlRoute,
  templateUseUrlRoute,
} from '../../operations/routes.generated.js';

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
    ['http://www.prix.im/x', 'allowlist'],
    ['http://127.0.0.1:4011/x', 'allowlist'],
    ['ftp://www.prix.im/x', 'protocol'],
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

  it('names the origin when only the origin is wrong, and nothing else', () => {
    expect(checkPageUrl('http://127.0.0.1:4011/x', origins)).toMatchObject({
      ok: false,
      origin: 'http://127.0.0.1:4011',
    });
    expect(checkPageUrl('javascript:alert(1)', origins)).not.toHaveProperty('origin');
    expect(checkPageUrl('https://user:pass@www.prix.im/x', origins)).not.toHaveProperty('origin');
  });

  it('lets `loopback` stand for every loopback origin, over http or https, and nothing else', () => {
    const withLoopback = [...defaultPageOrigins, loopbackOrigins];
    for (const url of [
      'http://127.0.0.1:4010/p',
      'http://localhost:5173/p',
      'http://[::1]:4010/p',
      'https://localhost/p',
    ]) {
      expect(checkPageUrl(url, withLoopback)).toMatchObject({ ok: true });
    }
    for (const url of ['http://127.0.0.2:4010/p', 'http://localhost.evil.example/p', 'http://evil.example/127.0.0.1']) {
      expect(checkPageUrl(url, withLoopback).ok).toBe(false);
    }
    expect(defaultOriginsFor('http://localhost:5173')).toEqual([...defaultPageOrigins, loopbackOrigins]);
    expect(defaultOriginsFor('https://app.example.test')).toEqual(defaultPageOrigins);
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
    expect(withSuccessUrl(templateUseUrlRoute, input, 'https://app.test/r')).toEqual({
      templateKey: 1,
      input: { defaultValue: { contract: { title: 'A' } }, option: { successUrl: 'https://app.test/r' } },
    });
    expect(input).toEqual({ templateKey: 1, input: { defaultValue: { contract: { title: 'A' } } } });
    expect(withSuccessUrl(templateFormUrlRoute, {}, 'https://app.test/r')).toEqual({
      successUrl: 'https://app.test/r',
    });
    expect(withSuccessUrl(contractDetailUrlRoute, { contractUuid: 'x' }, 'https://app.test/r')).toEqual({
      contractUuid: 'x',
    });
  });
});
