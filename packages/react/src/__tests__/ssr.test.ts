import { describe, expect, it } from 'vitest';

describe('server-side import', () => {
  it('imports every public entry in Node without a window', async () => {
    expect(typeof globalThis.window).toBe('undefined');
    const react = await import('../index.js');
    const core = await import('@esign-kit/core');
    expect(Object.keys(react)).toEqual(
      expect.arrayContaining([
        'EsignKitProvider',
        'useContract',
        'useSendReminder',
        'useEsignQuery',
        'useEsignMutation',
      ]),
    );
    expect(typeof core.createEsignClient).toBe('function');
  });

  it("marks the React entry as a client module ('use client' first)", async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../index.ts', import.meta.url), 'utf8');
    expect(source.startsWith("'use client';")).toBe(true);
  });
});
