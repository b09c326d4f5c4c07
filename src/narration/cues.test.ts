import { describe, expect, it } from 'vitest';
import { MAX_CUE_CHARS, splitCues, splitSentences } from './cues.ts';

describe('splitting a script part into sentences', () => {
  it('ends sentences at full stops, question and exclamation marks, keeping closing quotes', () => {
    expect(splitSentences('Everything starts in 1976. Why? Because “it works!” Then it ends.')).toEqual([
      'Everything starts in 1976.',
      'Why?',
      'Because “it works!”',
      'Then it ends.',
    ]);
  });

  it('does not end a sentence at an abbreviation, an initial or before a lowercase word', () => {
    expect(splitSentences('Mr. Balboa met Dr. Ivan J. Drago vs. the world. e.g. a test. Done.')).toEqual([
      'Mr. Balboa met Dr. Ivan J. Drago vs. the world. e.g. a test.',
      'Done.',
    ]);
  });

  it('keeps a text without end punctuation whole and collapses whitespace', () => {
    expect(splitSentences('  Two  montages\n in one  ')).toEqual(['Two montages in one']);
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('caption cues', () => {
  it('are the sentences when each fits in two caption lines', () => {
    expect(splitCues('Three reasons. It shows two ways of life side by side.')).toEqual([
      'Three reasons.',
      'It shows two ways of life side by side.',
    ]);
  });

  it('cut a long sentence at clause punctuation into cues that fit, losing no word', () => {
    const sentence =
      'Rocky Balboa runs up the steps of the Philadelphia Museum of Art to Bill Conti’s Gonna Fly Now, and the modern sports training montage is born, in a single morning of film that every sequel would answer.';
    const cues = splitCues(sentence);
    expect(cues.length).toBeGreaterThan(1);
    for (const cue of cues) expect(cue.length).toBeLessThanOrEqual(MAX_CUE_CHARS);
    expect(cues.join(' ')).toBe(sentence);
    expect(cues[0]).toMatch(/,$/);
  });

  it('share a long sentence evenly rather than leave a stub at its end', () => {
    const sentence =
      'In fact Gorbachev had only taken power in March 1985, and those reforms were launched in 1986 and 1987, after Rocky IV opened.';
    expect(splitCues(sentence)).toEqual([
      'In fact Gorbachev had only taken power in March 1985,',
      'and those reforms were launched in 1986 and 1987, after Rocky IV opened.',
    ]);
  });

  it('wrap a long run of words without punctuation at spaces', () => {
    const words = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    const cues = splitCues(words, 60);
    for (const cue of cues) expect(cue.length).toBeLessThanOrEqual(60);
    expect(cues.join(' ')).toBe(words);
  });
});
