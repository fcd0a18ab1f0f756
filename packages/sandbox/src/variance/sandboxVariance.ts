import type { AnyOperation } from '@esign-kit/core/server';
import { seededRandom } from './random.js';
import { varyData } from './varyData.js';

/** The sandbox's variance mode: answers in the shapes a real vendor may use, reproducibly. */
export interface VarianceOptions {
  /** The seed: the same seed and the same requests give the same answers. */
  seed: number;
  /**
   * How likely each place that may vary does vary (a nullable field, an open enum, an object).
   * @default 0.5
   */
  rate?: number;
  /**
   * Also answer shapes the schemas do not accept (`null` or nothing where a value is required),
   * as a vendor that changed without notice would. Off, every variant is one the schemas accept.
   * @default false
   */
  undocumented?: boolean;
}

/** Turns the variance mode on and off, and applies it to each answer. */
export interface SandboxVariance {
  /** The options in force, or `undefined` when answers are served as they are. */
  readonly current: Readonly<VarianceOptions> | undefined;
  /** Turns the mode on (its sequence starts again from `seed`) or off (`false`). */
  set(options: VarianceOptions | false): void;
  /** `data` of a successful answer, varied when the mode is on. */
  vary(operation: Pick<AnyOperation, 'data'>, data: unknown): unknown;
}

/**
 * The variance switch of one sandbox.
 *
 * @example
 * ```ts
 * const variance = createSandboxVariance({ seed: 42 })
 * variance.vary(findContract, data) // `null` for absent, an undocumented status, extra fields…
 * ```
 */
export function createSandboxVariance(initial: VarianceOptions | false = false): SandboxVariance {
  let current: Required<VarianceOptions> | undefined;
  let random = seededRandom(0);
  const variance: SandboxVariance = {
    get current() {
      return current;
    },
    set(options) {
      if (options === false) {
        current = undefined;
        return;
      }
      const { seed, rate = 0.5, undocumented = false } = options;
      if (!Number.isInteger(seed)) throw new TypeError('Sandbox variance: `seed` must be an integer.');
      if (!(rate >= 0 && rate <= 1)) throw new TypeError('Sandbox variance: `rate` must be between 0 and 1.');
      current = { seed, rate, undocumented };
      random = seededRandom(seed);
    },
    vary(operation, data) {
      if (!current) return data;
      const options = { random, rate: current.rate, undocumented: current.undocumented };
      // An answer without `data` (setting tags) may come with an empty or null one.
      if (data === undefined) return random() < current.rate ? (random() < 0.5 ? null : {}) : undefined;
      return varyData(operation.data as never, data, options);
    },
  };
  variance.set(initial);
  return variance;
}
