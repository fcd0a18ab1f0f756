import { findContract, validateData } from '@esign-kit/core/server';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import type { SandboxContract } from '../state/model.js';
import { createSandboxVariance } from '../variance/sandboxVariance.js';
import { callKit, readFailure } from './helpers.js';

const findPath = `contracts/find?uuid=${seedIds.mou.contractUuid}`;
const readBody = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe('variance mode', () => {
  it('answers as documented while off, and in other shapes once on', async () => {
    const sandbox = createSandbox();
    const plain = await readBody(await callKit(sandbox, findPath));
    expect(sandbox.variance.current).toBeUndefined();

    sandbox.variance.set({ seed: 3, rate: 1 });
    const varied = await readBody(await callKit(sandbox, findPath));

    expect(varied).not.toStrictEqual(plain);
    // Every variant is one the schema accepts, unknown fields dropped.
    const read = validateData(findContract, varied.data);
    expect(read.ok).toBe(true);
    expect(JSON.stringify(varied.data)).toMatch(/vendorField\d+/);
    expect(JSON.stringify(varied.data)).toMatch(/UNDOCUMENTED_\d+/);
  });

  it('is reproducible: a seed replays the same answers, another seed gives others', async () => {
    const answers = async (seed: number) => {
      const sandbox = createSandbox({ variance: { seed } });
      return [await readBody(await callKit(sandbox, findPath)), await readBody(await callKit(sandbox, findPath))];
    };
    expect(await answers(11)).toStrictEqual(await answers(11));
    expect(await answers(11)).not.toStrictEqual(await answers(12));
  });

  it('still refuses to serve a handler bug: the schema check comes before the variance', async () => {
    const sandbox = createSandbox({ variance: { seed: 1, rate: 1 } });
    Object.assign(sandbox.state.contracts[0] as SandboxContract, { status: 42 });

    const response = await callKit(sandbox, findPath);

    expect(response.status).toBe(500);
    expect((await readFailure(response)).errorCode).toBe('SANDBOX_INTERNAL_ERROR');
  });

  it('with undocumented shapes, also breaks the schema somewhere over many answers', async () => {
    const { data } = await readBody(await callKit(createSandbox(), findPath));
    expect(validateData(findContract, data).ok).toBe(true);
    const documented = createSandboxVariance({ seed: 5 });
    const undocumented = createSandboxVariance({ seed: 5, undocumented: true });
    const read = (variance: typeof documented) =>
      Array.from({ length: 20 }, () => validateData(findContract, variance.vary(findContract, data)).ok);
    expect(read(documented)).not.toContain(false);
    expect(read(undocumented)).toContain(false);
  });

  it('refuses options it cannot use', () => {
    const variance = createSandboxVariance();
    expect(() => variance.set({ seed: 1.5 })).toThrow(/seed/);
    expect(() => variance.set({ seed: 1, rate: 2 })).toThrow(/rate/);
  });
});
