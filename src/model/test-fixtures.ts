import type { Slide } from '../layouts/registry.ts';
import type { DeckSource } from './types.ts';

/** A small deck that passes validation, touching every section; tests change one thing in it. */
export function validSlides(): Slide[] {
  return [
    { id: 'title', section: 'opening', layout: 'title', title: 'A title', notes: 'Welcome to the talk.' },
    {
      id: 'two',
      section: 'two-montages',
      layout: 'versus',
      title: 'Versus',
      left: { label: 'Drago' },
      right: { label: 'Rocky' },
      rows: [{ left: 'Machines', right: 'A barn' }],
      notes: 'Machines against a barn.',
    },
    { id: 'three', section: 'underdogs-champion', layout: 'statement', statement: 'No pain', notes: 'Two words.' },
    {
      id: 'four',
      section: 'best-in-series',
      layout: 'bullets',
      title: 'Reasons',
      items: ['One', 'Two'],
      reveal: 'each',
      notes: ['Two reasons.', 'The first.', 'The second.'],
    },
    {
      id: 'five',
      section: 'verdict',
      layout: 'closing',
      verdict: 'The best',
      source: { title: 'The essay' },
      notes: 'That is the verdict.',
    },
  ];
}

/** The fixture deck's sections, in order. */
export const FIXTURE_SECTIONS = [
  { id: 'opening', heading: 'Opening' },
  { id: 'two-montages', heading: 'Two montages in one' },
  { id: 'underdogs-champion', heading: 'The underdog’s champion' },
  { id: 'best-in-series', heading: 'Why the Rocky IV montage is the best in the series' },
  { id: 'verdict', heading: 'The verdict' },
] as const;

export function deckOf(slides: Slide[]): DeckSource {
  return {
    meta: { title: 'Test deck', author: 'Tests', subject: 'Testing', lang: 'en' },
    sections: FIXTURE_SECTIONS,
    pronunciation: [[/\bRocky IV\b/g, 'Rocky Four']],
    slides,
  };
}
