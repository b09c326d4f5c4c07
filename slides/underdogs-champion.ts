import type { Slide } from '../src/model/index.ts';

export const opener = {
  id: 'underdogs-champion',
  section: 'underdogs-champion',
  layout: 'section',
  heading: 'The underdog’s champion',
  notes: 'Then the music changes, and the second montage begins.',
} as const satisfies Slide;

export const noPain = {
  id: 'no-pain',
  section: 'underdogs-champion',
  layout: 'quote',
  quote: 'No pain.',
  attribution: { speaker: 'Duke', source: 'Rocky IV (1985)' },
  notes: 'Duke, Apollo’s old trainer, watches Rocky work and gives him two words: no pain.',
} as const satisfies Slide;

export const summit = {
  id: 'summit',
  section: 'underdogs-champion',
  layout: 'figure',
  title: 'The summit',
  figure: { svg: 'figures/summit.svg' },
  alt: 'A lone figure stands on a snowy peak with both arms raised as the sun sets behind the ridge.',
  notes: 'Rocky outruns his minders, climbs the mountain and shouts Drago’s name from the top.',
} as const satisfies Slide;
