import { describe, expect, it } from 'vitest';
import { deckCharacters, themeFontSpecifiers } from './font-subset-plugin.ts';

describe('cutting the fonts down to the deck’s glyphs', () => {
  it('keeps every character of the slides and notes, in both cases, and drops markup', () => {
    const characters = deckCharacters(
      '<section aria-label="x"><h2>Café &amp; “Noël”</h2><svg><text>ü</text></svg></section>',
    );
    for (const kept of ['é', 'É', 'ë', 'Ë', '“', '”', '&', 'ü', 'Ü']) expect(characters).toContain(kept);
    expect(characters).not.toContain('ß');
  });

  it('always keeps printable ASCII, typographic punctuation and the handout’s middle dot', () => {
    const characters = deckCharacters('');
    for (const kept of ['~', '{', '0', 'Z', '—', '–', '…', '’', '·']) expect(characters).toContain(kept);
  });

  it('finds the @fontsource files the theme points at', () => {
    const css = `@font-face { src: url("@fontsource/anton/files/a.woff2") format("woff2"); }
      @font-face { src: url('@fontsource-variable/source-sans-3/files/b.woff2'); } .x { background: url(./local.svg); }`;
    expect(themeFontSpecifiers(css)).toEqual([
      '@fontsource/anton/files/a.woff2',
      '@fontsource-variable/source-sans-3/files/b.woff2',
    ]);
  });
});
