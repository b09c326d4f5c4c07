import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { defaultShortcutGroups } from '../runtime/keys.ts';
import { PROJECT_ROOT, renderProjectDeck } from './load-deck.ts';

/** Where the theme loads its web fonts; only these are cut down. */
const THEME_FONTS_CSS = resolve(PROJECT_ROOT, 'src/theme/fonts.css');
const CACHE_DIR = resolve(PROJECT_ROOT, 'node_modules/.cache/deck-fonts');

/**
 * Printable ASCII and the typographic punctuation block: whatever text the runtime adds is covered;
 * and the middle dot of the handout's labels ("Script · about 0:37 spoken").
 */
const ALWAYS_KEPT =
  String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index)) +
  String.fromCharCode(...Array.from({ length: 0x2027 - 0x2010 + 1 }, (_, index) => 0x2010 + index)) +
  '\u00b7';

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

/** The `@fontsource` font files the theme's CSS points at, as written there. */
export function themeFontSpecifiers(css: string): string[] {
  return [
    ...new Set(
      [...css.matchAll(/url\(\s*["']?(@fontsource[^"')\s]+\.woff2)["']?\s*\)/g)].map((match) => match[1] ?? ''),
    ),
  ];
}

/**
 * Cuts the theme's web fonts down to the glyphs the deck uses, at build time: the first load
 * carries about 40% less font. Each subset is a file of its own that the theme's url() is aliased
 * to, so the built file's name changes whenever the deck's text does.
 */
export function fontSubsetPlugin(): Plugin {
  return {
    name: 'deck-font-subset',
    apply: 'build',
    async config() {
      const characters = deckCharacters(renderProjectDeck());
      const require = createRequire(import.meta.url);
      const specifiers = themeFontSpecifiers(readFileSync(THEME_FONTS_CSS, 'utf8'));
      mkdirSync(CACHE_DIR, { recursive: true });
      const alias = await Promise.all(
        specifiers.map(async (specifier) => {
          const subset: Uint8Array = await subsetFont(readFileSync(require.resolve(specifier)), characters, {
            targetFormat: 'woff2',
          });
          const file = resolve(CACHE_DIR, basename(specifier));
          writeFileSync(file, subset);
          return { find: specifier, replacement: file };
        }),
      );
      return { resolve: { alias } };
    },
  };
}
