import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  allThemeFonts,
  cutFileName,
  cutFont,
  deckCharacters,
  ThemeFontError,
  themeFonts,
} from './font-subset-plugin.ts';

const VARIABLE_SOURCE_SANS = '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2';

/** The tags of an SFNT font's tables, from its table directory. */
function tableTags(sfnt: Uint8Array): string[] {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, index) =>
    String.fromCharCode(...sfnt.subarray(12 + 16 * index, 16 + 16 * index)),
  );
}

/** The OS/2 table's usWeightClass: the weight the font says it is. */
function weightClass(sfnt: Uint8Array): number {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const index = tableTags(sfnt).indexOf('OS/2');
  return view.getUint16(view.getUint32(12 + 16 * index + 8) + 4);
}

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

  it('finds the @fontsource files the theme points at, with the weight each variable one is pinned to', () => {
    const css = `@font-face { font-family: Anton; font-weight: 400; src: url("@fontsource/anton/files/a.woff2") format("woff2"); }
      @font-face { font-family: 'Source Sans 3'; font-weight: 600; src: url('@fontsource-variable/source-sans-3/files/b.woff2?wght=600'); }
      @font-face { font-weight: 700; src: url(@fontsource-variable/source-sans-3/files/b.woff2?wght=700); }
      .x { background: url(./local.svg); }`;
    const sheet = 'src/theme/x.css';
    expect(themeFonts(css, sheet)).toEqual([
      {
        specifier: '@fontsource/anton/files/a.woff2',
        file: '@fontsource/anton/files/a.woff2',
        weight: null,
        sheet,
        family: 'Anton',
      },
      {
        specifier: '@fontsource-variable/source-sans-3/files/b.woff2?wght=600',
        file: '@fontsource-variable/source-sans-3/files/b.woff2',
        weight: 600,
        sheet,
        family: 'Source Sans 3',
      },
      {
        specifier: '@fontsource-variable/source-sans-3/files/b.woff2?wght=700',
        file: '@fontsource-variable/source-sans-3/files/b.woff2',
        weight: 700,
        sheet,
        // A face that names no family is named as the theme's font in messages.
        family: 'the theme font',
      },
    ]);
  });

  it('cuts the faces of every theme stylesheet, each named with the sheet that declares it', () => {
    const faces = allThemeFonts().map((font) => `${font.sheet} ${cutFileName(font)}`);
    expect(faces).toEqual(
      expect.arrayContaining([
        'src/theme/fonts.css anton-latin-400-normal.woff2',
        'src/theme/fonts.css source-sans-3-latin-400-normal.woff2',
        'src/theme/narration.css source-sans-3-latin-500-normal.woff2',
      ]),
    );
  });

  it('refuses a face whose pinned weight is not its font-weight, naming the file and the fix', () => {
    const css = '@font-face { font-weight: 600; src: url("@fontsource-variable/x/files/b.woff2?wght=700"); }';
    expect(() => themeFonts(css)).toThrow(ThemeFontError);
    expect(() => themeFonts(css)).toThrow(
      'src/theme/fonts.css: the @font-face for "@fontsource-variable/x/files/b.woff2?wght=700" declares font-weight 600 but pins the font’s weight axis to "700". Fix: make the ?wght= value the same whole number as the face’s font-weight.',
    );
  });

  it('names each pinned file for its weight', () => {
    expect(cutFileName({ file: VARIABLE_SOURCE_SANS, weight: 600 })).toBe('source-sans-3-latin-600-normal.woff2');
    expect(cutFileName({ file: '@fontsource/anton/files/anton-latin-400-normal.woff2', weight: null })).toBe(
      'anton-latin-400-normal.woff2',
    );
  });

  // Chromium embeds a variable font in a PDF as Type 3 glyph drawings; a static one as TrueType.
  it('pins Source Sans 3 to a static font per weight: no variation tables left, and it says its weight', async () => {
    const variable = readFileSync(createRequire(import.meta.url).resolve(VARIABLE_SOURCE_SANS));
    expect(tableTags(await cutFont(variable, 'Rocky', null, 'sfnt'))).toContain('fvar');
    for (const weight of [400, 700]) {
      const pinned = await cutFont(variable, 'Rocky', weight, 'sfnt');
      expect(tableTags(pinned)).toEqual(expect.arrayContaining(['glyf', 'cmap', 'OS/2']));
      for (const variation of ['fvar', 'gvar', 'avar', 'HVAR', 'MVAR'])
        expect(tableTags(pinned)).not.toContain(variation);
      expect(weightClass(pinned)).toBe(weight);
    }
  });
});
