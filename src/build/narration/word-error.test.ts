import { describe, expect, it } from 'vitest';
import { errorRate, normalWords, sumErrors, wordErrors } from './word-error.ts';

describe('word error rate', () => {
  it('compares words without case or punctuation, hyphenated words as their parts', () => {
    expect(normalWords('Drago’s biceps — a cart-horse, “Rocky Four”!')).toEqual([
      "drago's",
      'biceps',
      'a',
      'cart',
      'horse',
      'rocky',
      'four',
    ]);
  });

  it('counts a substitution, a deletion and an insertion once each', () => {
    const reference = normalWords('Rocky trains on a remote farm');
    expect(wordErrors(reference, normalWords('Rocky trains on the remote farm'))).toEqual({
      words: 6,
      substitutions: 1,
      deletions: 0,
      insertions: 0,
    });
    expect(wordErrors(reference, normalWords('Rocky trains on remote farm')).deletions).toBe(1);
    expect(wordErrors(reference, normalWords('Rocky trains on a remote farm farm')).insertions).toBe(1);
    expect(errorRate(wordErrors(reference, reference))).toBe(0);
  });

  it('is the errors over the words, across passages added up', () => {
    const all = sumErrors([wordErrors(['a', 'b'], ['a', 'c']), wordErrors(['d', 'e', 'f', 'g'], ['d', 'e', 'f', 'g'])]);
    expect(all.words).toBe(6);
    expect(errorRate(all)).toBeCloseTo(1 / 6);
    expect(errorRate(wordErrors(['a'], []))).toBe(1);
  });
});
