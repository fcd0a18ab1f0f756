import { describe, expect, it } from 'vitest';
import { particleFor, withParticle } from './koreanParticle.js';

describe('particleFor', () => {
  it('takes 으로 after a final consonant and 로 after a vowel or ㄹ', () => {
    expect(withParticle('이서연', '으로')).toBe('이서연으로');
    expect(withParticle('박도윤', '으로')).toBe('박도윤으로');
    expect(withParticle('김하늘', '으로')).toBe('김하늘로');
    expect(withParticle('서울', '으로')).toBe('서울로');
    expect(withParticle('오지후', '으로')).toBe('오지후로');
  });

  it('chooses 이/가, 을/를, 은/는, 과/와 by the final consonant, ㄹ included', () => {
    expect(particleFor('계약서', '이')).toBe('가');
    expect(particleFor('서명', '이')).toBe('이');
    expect(particleFor('하늘', '이')).toBe('이');
    expect(particleFor('태그', '을')).toBe('를');
    expect(particleFor('고객', '을')).toBe('을');
    expect(particleFor('서울', '을')).toBe('을');
    expect(particleFor('파트너', '은')).toBe('는');
    expect(particleFor('한빛', '은')).toBe('은');
    expect(particleFor('갑', '과')).toBe('과');
    expect(particleFor('을', '과')).toBe('과');
    expect(particleFor('수급사', '과')).toBe('와');
  });

  it('looks at the last Hangul syllable, ignoring trailing spaces', () => {
    expect(particleFor('김하늘 ', '으로')).toBe('로');
    expect(particleFor('㈜한빛소프트', '은')).toBe('는');
  });

  it('uses the after-a-vowel form when the word does not end in Hangul', () => {
    expect(withParticle('Seoyeon Lee', '으로')).toBe('Seoyeon Lee로');
    expect(particleFor('', '이')).toBe('가');
  });
});
