import { describe, expect, it } from 'vitest';
import { type Pronunciation, spokenText, yearInWords } from './pronunciation.ts';

const PRONUNCIATION: Pronunciation = [
  [/\bRocky IV\b/g, 'Rocky Four'],
  [/\b19\d\d\b/g, (year) => yearInWords(Number(year))],
  [/\bDiCola\b/g, 'Dee Cola', { engine: 'espeak-ng' }],
];

describe('spoken forms', () => {
  it('says the words meant for every voice, in order, with a function of the match where one is given', () => {
    expect(spokenText('Rocky IV (1985) with DiCola', PRONUNCIATION)).toBe(
      'Rocky Four (nineteen eighty-five) with DiCola',
    );
  });

  it("adds an engine's own respellings only for that engine", () => {
    expect(spokenText('DiCola', PRONUNCIATION, 'espeak-ng')).toBe('Dee Cola');
    expect(spokenText('DiCola', PRONUNCIATION, 'flite')).toBe('DiCola');
  });

  it('reads years as a person does', () => {
    expect([1976, 1900, 2000, 2009, 2015, 1905].map(yearInWords)).toEqual([
      'nineteen seventy-six',
      'nineteen hundred',
      'two thousand',
      'two thousand and nine',
      'twenty fifteen',
      'nineteen oh five',
    ]);
  });
});
