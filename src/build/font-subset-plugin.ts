import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, relative, resolve } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { FixableError } from '../model/errors.ts';
import { defaultShortcutGroups } from '../runtime/keys.ts';
import { assertGlyphs, deckTexts, type FontCoverage } from './glyph-coverage.ts';
import { type LoadedDeck, loadProjectDeck, PROJECT_ROOT, renderProjectDeck } from './load-deck.ts';

/** The theme's stylesheets: every @font-face in them is cut down. */
const THEME_DIR = resolve(PROJECT_ROOT, 'src/theme');
/** The faces the first screen sets text in (the build preloads them); later UI declares its own beside its styles. */
export const FIRST_SCREEN_FONTS_CSS = resolve(THEME_DIR, 'fonts.css');
const CACHE_DIR = resolve(PROJECT_ROOT, 'node_modules/.cache/deck-fonts');

/**
 * Printable ASCII and the typographic punctuation block: whatever text the runtime adds is covered;
 * and the middle dot of the handout's labels ("Script · about 0:37 spoken").
 */
const ALWAYS_KEPT =
  String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index)) +
  String.fromCharCode(...Array.from({ length: 0x2027 - 0x2010 + 1 }, (_, index) => 0x2010 + index)) +
  '\u00b7';

export class ThemeFontError extends FixableError {
  override readonly name = 'ThemeFontError';
}

/** One font file the theme's CSS points at. */
export interface ThemeFont {
  /** The url() as written in the CSS, which the build swaps for the cut-down file. */
  readonly specifier: string;
  /** The file inside node_modules. */
  readonly file: string;
  /** Where a variable font's weight axis is pinned (`?wght=600`), making a static font; null keeps it as it is. */
  readonly weight: number | null;
  /** The stylesheet that declares it, from the project's root. */
  readonly sheet: string;
  /** The family its @font-face declares: "Anton". */
  readonly family: string;
}

/** Every font file of every theme stylesheet, each once. */
export function allThemeFonts(themeDir = THEME_DIR): ThemeFont[] {
  const fonts = new Map<string, ThemeFont>();
  for (const name of readdirSync(themeDir)
    .filter((file) => file.endsWith('.css'))
    .sort()) {
    const file = resolve(themeDir, name);
    for (const font of themeFonts(readFileSync(file, 'utf8'), relative(PROJECT_ROOT, file))) {
      fonts.set(font.specifier, font);
    }
  }
  return [...fonts.values()];
}

/** Every character the deck can show: its slides and notes (which captions show), the help, ASCII. */
export function deckCharacters(deckHtml: string): string {
  const text = deckHtml
    .replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<[^>]*>/g, ' '))
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const help = defaultShortcutGroups()
    .flatMap((group) => [group.title, ...group.shortcuts.flatMap((shortcut) => [...shortcut.keys, shortcut.action])])
    .join(' ');
  const all = `${ALWAYS_KEPT}${text}${help}`;
  // Headings are set in capitals by CSS, so both cases of every letter are kept.
  return [...new Set(`${all}${all.toUpperCase()}${all.toLowerCase()}`)].sort().join('');
}

/**
 * The `@fontsource` font files the theme's CSS points at, each once. A `?wght=` must match its
 * @font-face's font-weight, or text of that weight would be drawn with another weight's glyphs.
 */
export function themeFonts(css: string, cssFile = 'src/theme/fonts.css'): ThemeFont[] {
  const fonts = new Map<string, ThemeFont>();
  for (const [, block = ''] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const declared = /font-weight\s*:\s*([^;]+)/.exec(block)?.[1]?.trim() ?? '400';
    const family = /font-family\s*:\s*["']?([^;"']+)/.exec(block)?.[1]?.trim() ?? 'the theme font';
    for (const [, specifier = '', file = '', pinned] of block.matchAll(
      /url\(\s*["']?((@fontsource[^"')\s?]+\.woff2)(?:\?wght=([^"')\s]*))?)["']?\s*\)/g,
    )) {
      const weight = pinned === undefined ? null : Number(pinned);
      if (weight !== null && !(Number.isInteger(weight) && String(weight) === declared)) {
        throw new ThemeFontError(
          `${cssFile}: the @font-face for "${specifier}" declares font-weight ${declared} but pins the font’s weight axis to "${pinned}". Fix: make the ?wght= value the same whole number as the face’s font-weight.`,
        );
      }
      fonts.set(specifier, { specifier, file, weight, sheet: cssFile, family });
    }
  }
  return [...fonts.values()];
}

/** The font cut to `characters`; with a weight, a variable font becomes the static font of that weight. */
export function cutFont(
  font: Uint8Array,
  characters: string,
  weight: number | null,
  targetFormat: 'woff2' | 'sfnt' = 'woff2',
): Promise<Uint8Array> {
  return subsetFont(font, characters, {
    targetFormat,
    ...(weight === null ? {} : { variationAxes: { wght: weight } }),
  });
}

/**
 * Refuses a character of the deck that a font of the theme cannot draw (it would be drawn in a
 * system font on screen and print as blank space): a GlyphError naming each slide and character.
 */
export async function checkDeckGlyphs(
  loaded: LoadedDeck,
  fonts: readonly ThemeFont[] = allThemeFonts(),
  characters: string = deckCharacters(renderProjectDeck(loaded)),
): Promise<void> {
  const texts = deckTexts(loaded.deck, loaded.assetsDir, loaded.path.file);
  const shown = `${characters}${texts.map((source) => source.text).join('')}`;
  assertGlyphs(texts, await fontCoverage(fonts, shown), loaded.path.file);
}

/**
 * Which of `characters` each family of the theme has, read from the font's own character map
 * (through HarfBuzz, as the subsetter cuts it): a family per font file, whatever its weights.
 */
export async function fontCoverage(fonts: readonly ThemeFont[], characters: string): Promise<FontCoverage[]> {
  const hb = await import('harfbuzzjs');
  const require = createRequire(import.meta.url);
  const byFamily = new Map<string, ThemeFont>();
  for (const font of fonts) if (!byFamily.has(font.family)) byFamily.set(font.family, font);
  return Promise.all(
    [...byFamily.values()].map(async (font) => {
      const cut = await cutFont(readFileSync(require.resolve(font.file)), characters, null, 'sfnt');
      const face = new hb.Face(new hb.Blob(cut), 0);
      const has = new Set(face.collectUnicodes());
      return { font: font.family, has: (codePoint: number) => has.has(codePoint) };
    }),
  );
}

/** The cut file's name: `source-sans-3-latin-wght-normal.woff2` pinned to 600 is `source-sans-3-latin-600-normal.woff2`. */
export function cutFileName({ file, weight }: Pick<ThemeFont, 'file' | 'weight'>): string {
  const name = basename(file);
  if (weight === null) return name;
  return name.includes('-wght-') ? name.replace('-wght-', `-${weight}-`) : name.replace(/\.woff2$/, `-${weight}.woff2`);
}

/**
 * Cuts the theme's web fonts down to the glyphs the deck uses, at build time: the first load
 * carries about 40% less font. Each subset is a file of its own that the theme's url() is aliased
 * to, so the built file's name changes whenever the deck's text does.
 */
export interface FontSubsetPluginOptions {
  /**
   * The deck the build renders, from the deck plugin (whose config hook runs first), so it is
   * loaded and rendered once per build. @defaultValue the deck DECK names, loaded here
   */
  readonly built?: () => { readonly loaded: LoadedDeck; readonly html: string } | null;
}

export function fontSubsetPlugin(options: FontSubsetPluginOptions = {}): Plugin {
  return {
    name: 'deck-font-subset',
    apply: 'build',
    async config() {
      const built = options.built?.() ?? null;
      const loaded = built?.loaded ?? loadProjectDeck();
      const characters = deckCharacters(built?.html ?? renderProjectDeck(loaded));
      const require = createRequire(import.meta.url);
      const fonts = allThemeFonts();
      await checkDeckGlyphs(loaded, fonts, characters);
      // A folder per set of characters: builds of two decks never overwrite each other's cut fonts.
      const folder = resolve(CACHE_DIR, createHash('sha256').update(characters).digest('hex').slice(0, 12));
      mkdirSync(folder, { recursive: true });
      const alias = await Promise.all(
        fonts.map(async (font) => {
          let subset: Uint8Array;
          try {
            subset = await cutFont(readFileSync(require.resolve(font.file)), characters, font.weight);
          } catch (error) {
            throw new ThemeFontError(
              `${font.sheet}: "${font.specifier}" could not be cut to the deck’s glyphs${font.weight === null ? '' : ` at weight ${font.weight}`} (${error instanceof Error ? error.message : String(error)}). Fix: ?wght= is only for a variable font with a weight axis; use the package's static file otherwise.`,
            );
          }
          const file = resolve(folder, cutFileName(font));
          // Whole or not at all: a build of the same deck running beside this one may be reading it.
          const staging = `${file}.${process.pid}`;
          writeFileSync(staging, subset);
          renameSync(staging, file);
          return { find: font.specifier, replacement: file };
        }),
      );
      return { resolve: { alias } };
    },
  };
}
