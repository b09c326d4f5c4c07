/**
 * Finds the slide a person means by what they type into the jump box (G): a slide number, a
 * slide's id, or words from its title (then from its text). Pure, and safe for any text: the query
 * is compared word by word, never turned into a regular expression.
 */

/** What is searched of a slide. */
export interface SlideEntry {
  readonly id: string;
  readonly title: string;
  /** The slide's visible words (not its notes). */
  readonly text: string;
}

export type SlideSearch =
  | { readonly kind: 'empty' }
  /** Slides that match, best first, by 0-based index. */
  | { readonly kind: 'found'; readonly by: 'number' | 'id' | 'title' | 'text'; readonly slides: readonly number[] }
  | { readonly kind: 'none'; readonly query: string; readonly slideCount: number };

export function searchSlides(query: string, slides: readonly SlideEntry[]): SlideSearch {
  const trimmed = query.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (/^\d+$/.test(trimmed)) {
    const number = Number(trimmed);
    if (number >= 1 && number <= slides.length) return { kind: 'found', by: 'number', slides: [number - 1] };
  }
  // As a deep link writes it, too: #/summit.
  const id = trimmed.replace(/^#?\/?/, '').toLowerCase();
  const byId = slides.findIndex((slide) => slide.id.toLowerCase() === id);
  if (byId >= 0) return { kind: 'found', by: 'id', slides: [byId] };

  const wanted = words(trimmed);
  if (wanted.length > 0) {
    const matching = (text: (slide: SlideEntry) => string) =>
      slides.flatMap((slide, index) => (hasEveryWord(words(text(slide)), wanted) ? [index] : []));
    const inTitles = matching((slide) => slide.title);
    if (inTitles.length > 0) return { kind: 'found', by: 'title', slides: inTitles };
    const inText = matching((slide) => `${slide.title} ${slide.text}`);
    if (inText.length > 0) return { kind: 'found', by: 'text', slides: inText };
  }
  return { kind: 'none', query: trimmed, slideCount: slides.length };
}

/** The words of a text, compared without case, accents or apostrophes ("Underdog’s" is "underdogs"). */
export function words(text: string): string[] {
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'‘]/g, '');
  return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every wanted word begins some word of the text, so a word may be typed in part ("mont" for montage). */
function hasEveryWord(text: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((word) => text.some((candidate) => candidate.startsWith(word)));
}
