/**
 * Korean particles whose form depends on the word before them: the first form follows a final
 * consonant (batchim), the second a vowel. `으로/로` is the exception: a final ㄹ takes `로`.
 */
const particles = {
  으로: ['으로', '로'],
  이: ['이', '가'],
  을: ['을', '를'],
  은: ['은', '는'],
  과: ['과', '와'],
  이나: ['이나', '나'],
} as const;

/** A particle, named by its after-a-consonant form. */
export type KoreanParticle = keyof typeof particles;

const hangulFirst = 0xac00;
const hangulLast = 0xd7a3;
/** Index of ㄹ among the 28 final-consonant slots of a precomposed syllable (0 = none). */
const finalRieul = 8;

/**
 * The final consonant slot of the last character when it is a Hangul syllable: 0 for none,
 * 1–27 for one; `undefined` when the word does not end in Hangul (a Latin name, a digit).
 */
function finalConsonant(word: string): number | undefined {
  const last = word.trimEnd().at(-1);
  if (last === undefined) return undefined;
  const code = last.codePointAt(0) ?? 0;
  if (code < hangulFirst || code > hangulLast) return undefined;
  return (code - hangulFirst) % 28;
}

/**
 * The particle's form that fits after `word`, e.g. `particleFor('이서연', '으로')` → `'으로'`,
 * `particleFor('김하늘', '으로')` → `'로'` (ㄹ), `particleFor('박도윤', '이')` → `'이'`.
 * Words that do not end in Hangul get the after-a-vowel form, which reads naturally after
 * most romanized names ("Seoyeon Lee로").
 */
export function particleFor(word: string, particle: KoreanParticle): string {
  const [afterConsonant, afterVowel] = particles[particle];
  const final = finalConsonant(word);
  if (!final) return afterVowel;
  if (particle === '으로' && final === finalRieul) return afterVowel;
  return afterConsonant;
}

/** `word` followed by the particle's fitting form: `withParticle('이서연', '으로')` → `'이서연으로'`. */
export function withParticle(word: string, particle: KoreanParticle): string {
  return `${word}${particleFor(word, particle)}`;
}
