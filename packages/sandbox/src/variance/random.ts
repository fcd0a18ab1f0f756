/** A seeded pseudo-random source: the same seed gives the same sequence (mulberry32). */
export type Random = () => number;

/**
 * A reproducible random source in [0, 1): the variance mode draws from it, so a seed replays
 * the same answers for the same requests.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
