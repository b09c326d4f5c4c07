import { describe, expect, it } from 'vitest';
import { buildDeck, spokenText } from '../src/model/index.ts';
import { NARRATION_ENGINES } from '../src/narration/index.ts';
import { deck } from './index.ts';
import { PRONUNCIATION } from './pronunciation.ts';

const said = (text: string) => spokenText(text, PRONUNCIATION);

describe('the script as a voice says it', () => {
  it('names the sequels by number, not by Roman numeral', () => {
    expect(said('Rocky IV beat Rocky III, Rocky II and Rocky V, and Rocky.')).toBe(
      'Rocky Four beat Rocky Three, Rocky Two and Rocky Five, and Rocky.',
    );
  });

  it('says years as words, the way a person reads them', () => {
    expect(said('From 1976 to 1985, then 2009 and 2015.')).toBe(
      'From nineteen seventy-six to nineteen eighty-five, then two thousand and nine and twenty fifteen.',
    );
  });

  it('leaves no Roman numeral, digit or misread name anywhere in the spoken script, for any engine', () => {
    const script = buildDeck(deck).slides.flatMap((placed) => placed.script);
    for (const engine of NARRATION_ENGINES) {
      const spoken = script.map((part) => spokenText(part, PRONUNCIATION, engine));
      for (const part of spoken) expect(part, engine).not.toMatch(/\b(?:[IVX]{2,}|V)\b|\d/);
    }
    for (const part of script) expect(spokenText(part, PRONUNCIATION, 'espeak-ng')).not.toMatch(/DiCola/);
  });

  it("keeps one engine's respelling from every other voice, the browser's included", () => {
    expect(said('DiCola')).toBe('DiCola');
    expect(spokenText('DiCola', PRONUNCIATION, 'flite')).toBe('DiCola');
    expect(said('The montage, two montages, Adonis and Conti.')).toBe('The montage, two montages, Adonis and Conti.');
    expect(spokenText('The montage, two montages, Adonis and Conti.', PRONUNCIATION, 'espeak-ng')).toBe(
      'The montage, two montages, Adonis and Conti.',
    );
  });

  it('steers Flite to "mon-TAHZH", "uh-DON-iss" and "KON-tee", which its own rules say wrong', () => {
    expect(spokenText('Montage: the montage, two montages. Adonis, Conti’s score.', PRONUNCIATION, 'flite')).toBe(
      "monn taj: the monn taj, two monn taj's. a donnis, Kontee’s score.",
    );
  });
});
