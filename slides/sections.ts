import type { SectionInfo } from '../src/model/index.ts';

/** One part of the essay's argument, in the essay's order. */
export interface EssaySection extends SectionInfo {
  /** True where `heading` is the essay's own words rather than the deck's label. */
  readonly fromEssay: boolean;
}

/** The essay's sections; the opening and the verdict have no heading in the essay, so they get a label. */
export const SECTIONS = [
  { id: 'opening', heading: 'Opening', fromEssay: false },
  { id: 'two-montages', heading: 'Two montages in one', fromEssay: true },
  // Typographic apostrophe, as on the slides: this label is printed on slides, handout pages and bookmarks.
  { id: 'underdogs-champion', heading: 'The underdog’s champion', fromEssay: true },
  {
    id: 'best-in-series',
    heading: 'Why the Rocky IV montage is the best in the series',
    fromEssay: true,
  },
  { id: 'verdict', heading: 'The verdict', fromEssay: false },
] as const satisfies readonly EssaySection[];

export type SectionId = (typeof SECTIONS)[number]['id'];

export function sectionInfo(id: SectionId): EssaySection {
  const section = SECTIONS.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`Unknown section "${id}"`);
  return section;
}
