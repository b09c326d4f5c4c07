/**
 * Characters the deck's fonts cannot draw. The browser draws such a character in some system font
 * on screen, and in the PDFs it comes out as blank space and drops out of the copied text, so the
 * build refuses it, naming the slide, the character and its code point.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Deck, type DeckProblem, FixableError, formatProblems, visibleText } from '../model/index.ts';

/** Spaces and line breaks are laid out, not drawn: no font needs a glyph for them. */
const NOT_DRAWN = /[\s\u200b-\u200d\u2060\ufeff]/u;

export class GlyphError extends FixableError {
  override readonly name = 'GlyphError';
}

/** The characters one font has, by its name as the messages give it. */
export interface FontCoverage {
  readonly font: string;
  readonly has: (codePoint: number) => boolean;
}

/** A character as a message names it: `"😀" (U+1F600)`. */
export function nameCharacter(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  return `"${character}" (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** One place text comes from, as a message names it. */
export interface TextSource {
  readonly slideId: string | null;
  readonly where?: string;
  /** Where the text is, as the start of a sentence: "it shows", "its notes say", "its meta.title has". */
  readonly field: string;
  readonly text: string;
}

/** Every piece of text the deck shows or says, slide by slide, with where it comes from. */
export function deckTexts(deck: Deck, assetsDir: string, deckFile?: string): TextSource[] {
  const deckWhere = deckFile ? { where: deckFile } : {};
  const sources: TextSource[] = [
    { slideId: null, ...deckWhere, field: 'its meta.title has', text: deck.meta.title },
    { slideId: null, ...deckWhere, field: 'its meta.subtitle has', text: deck.meta.subtitle ?? '' },
    ...deck.sections.map((section) => ({
      slideId: null,
      ...deckWhere,
      field: `the heading of its section "${section.id}" has`,
      text: section.heading,
    })),
  ];
  for (const placed of deck.slides) {
    const { slide } = placed;
    const where = `${slide.layout}, slide ${placed.number}`;
    for (const text of visibleText(slide)) sources.push({ slideId: slide.id, where, field: 'it shows', text });
    for (const text of placed.script) sources.push({ slideId: slide.id, where, field: 'its notes say', text });
    if (slide.layout === 'figure' && 'svg' in slide.figure) {
      const svg = readFileSync(resolve(assetsDir, slide.figure.svg), 'utf8');
      sources.push({
        slideId: slide.id,
        where,
        field: `its drawing assets/${slide.figure.svg} draws`,
        text: svgText(svg),
      });
    }
  }
  return sources;
}

/**
 * One problem per character and place that a font of the deck lacks. Every text can be set in
 * any of the deck's fonts (a title in the display face, its notes as captions in the text face),
 * so each must have it.
 */
export function glyphProblems(sources: readonly TextSource[], fonts: readonly FontCoverage[]): DeckProblem[] {
  const problems: DeckProblem[] = [];
  for (const source of sources) {
    const seen = new Set<string>();
    for (const character of source.text) {
      if (seen.has(character) || NOT_DRAWN.test(character)) continue;
      seen.add(character);
      const codePoint = character.codePointAt(0) ?? 0;
      const lacking = fonts.filter((font) => !font.has(codePoint)).map((font) => font.font);
      if (lacking.length === 0) continue;
      const which =
        lacking.length === fonts.length
          ? `none of the deck's fonts (${lacking.join(', ')}) has a glyph for it`
          : `${lacking.join(' and ')} ${lacking.length === 1 ? 'has' : 'have'} no glyph for it`;
      problems.push({
        slideId: source.slideId,
        ...(source.where ? { where: source.where } : {}),
        problem: `${source.field} ${nameCharacter(character)} in "${around(source.text, character)}", and ${which}: it would be drawn in another font on screen and print as blank space`,
        fix: 'remove it or write it another way, or add a font that has it to src/theme/',
      });
    }
  }
  return problems;
}

/** Throws a GlyphError listing every character the fonts lack, if there is one. */
export function assertGlyphs(sources: readonly TextSource[], fonts: readonly FontCoverage[], deckFile?: string): void {
  const problems = glyphProblems(sources, fonts);
  if (problems.length > 0) throw new GlyphError(formatProblems(problems, deckFile));
}

/** The words around a character, for finding it: `the summit 😀 at dawn`. */
function around(text: string, character: string): string {
  const at = text.indexOf(character);
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 20)));
  const end = text.indexOf(' ', at + character.length + 20);
  const snippet = text.slice(start, end === -1 ? undefined : end).trim();
  return `${start > 0 ? '…' : ''}${snippet}${end === -1 ? '' : '…'}`;
}

/** The words an SVG draws: its <text> elements' content, entities decoded. */
export function svgText(svg: string): string {
  return [...svg.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map(([, inner = '']) => decodeEntities(inner.replace(/<[^>]*>/g, '')))
    .join(' ');
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return named[name.toLowerCase()] ?? entity;
  });
}
