import { describe, expect, it } from 'vitest';
import { buildDeck } from '../src/model/index.ts';
import { deck } from './index.ts';
import { spokenText } from './pronunciation.ts';

describe('the script as a voice says it', () => {
  it('names the sequels by number, not by Roman numeral', () => {
    expect(spokenText('Rocky IV beat Rocky III, Rocky II and Rocky V, and Rocky.')).toBe(
      'Rocky Four beat Rocky Three, Rocky Two and Rocky Five, and Rocky.',
    );
  });

  it('leaves no Roman numeral or misread name anywhere in the spoken script', () => {
    const spoken = buildDeck(deck).slides.flatMap((placed) => placed.script.map(spokenText));
    for (const part of spoken) expect(part).not.toMatch(/\b(?:[IVX]{2,}|V)\b|DiCola/);
  });
});
