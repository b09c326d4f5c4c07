import type { Slide } from '../src/model/index.ts';

export const opener = {
  id: 'best-in-series',
  section: 'best-in-series',
  layout: 'section',
  heading: 'Why the Rocky IV montage is the best in the series',
  notes: 'So why does this one stand above the rest of the series?',
} as const satisfies Slide;

export const reasons = {
  id: 'reasons',
  section: 'best-in-series',
  layout: 'bullets',
  title: 'Three reasons',
  reveal: 'each',
  items: [
    'Two ways of life, shown side by side',
    'The longest montage in the franchise',
    'The most formidable opponent',
  ],
  notes: [
    'Three reasons.',
    'It shows two ways of life side by side.',
    'It is the longest montage the franchise ever made.',
    'And it faces the most formidable opponent Rocky ever met.',
  ],
} as const satisfies Slide;

export const lineage = {
  id: 'lineage',
  section: 'best-in-series',
  layout: 'timeline',
  title: 'Montages of the franchise',
  axis: { from: 1975, to: 2020, unit: 'year', step: 5 },
  points: [
    { at: 1976, label: 'Rocky', detail: 'the steps' },
    { at: 1985, label: 'Rocky IV', detail: 'the mountain' },
    { at: 2015, label: 'Creed', detail: 'a new generation' },
  ],
  notes: 'Across four decades the franchise kept returning to the montage, from the steps in 1976 to Creed in 2015.',
} as const satisfies Slide;
