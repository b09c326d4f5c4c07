import type { DeckSlide } from './deck-slide.ts';
import { ESSAY_TITLE } from './outline.ts';

export const opener = {
  id: 'the-verdict',
  section: 'verdict',
  layout: 'section',
  heading: 'The verdict',
  lede: 'Contenders, and a champion',
  notes: 'That leaves the verdict. The essay ends by naming the rivals for the crown, so let us line them all up.',
} as const satisfies DeckSlide;

export const lineage = {
  id: 'lineage',
  section: 'verdict',
  layout: 'figure',
  title: 'Five montages, one peak',
  figure: { svg: 'figures/montage-lineage.svg' },
  alt: 'The franchise’s montages as a line of steps climbing from Rocky in 1976 (the museum steps) through Rocky II in 1979 (the streets) and Rocky III in 1982 (the beach) to a peak at Rocky IV in 1985 (the mountain), then, thirty years on, Creed in 2015 (a new generation). Rocky and Rocky III are marked as contenders, Rocky IV as champion.',
  claims: ['contenders'],
  notes:
    'Here is the family tree. The first film gave us the steps in 1976. Rocky II sent him running through the streets of Philadelphia, Rocky III put him on a beach with Apollo, and in 2015 Ryan Coogler’s Creed handed the tradition to Adonis, played by Michael B. Jordan. Rocky V and Rocky Balboa have montages too, but the essay does not weigh them. It names two real contenders, the original and Rocky III, and it is right to: both are superb.',
} as const satisfies DeckSlide;

export const closing = {
  id: 'closing',
  section: 'verdict',
  layout: 'closing',
  kicker: 'The verdict',
  verdict: ['Rocky and Rocky\u00a0III are contenders. ', { strong: 'Rocky\u00a0IV' }, ' is the champion.'],
  source: { kind: 'the essay', title: ESSAY_TITLE },
  credits: [
    'Corrected from the essay: Adrian, not “Adrienne”; the Soviet Union, not “Russia”; the reforms took shape after the film; Drago turns more machine than man.',
    'Paraphrased, quoted briefly. Drawings made for this deck; no film stills, posters, lyrics or music.',
  ],
  claims: ['contenders'],
  notes:
    'But neither climbs as high. Rocky IV takes the montage off the steps and up a mountain, and lets the editing itself tell the story. So that is the verdict: the others are contenders, and Rocky IV is the champion. This talk was drawn from the essay “Rocky IV Has The Greatest Training Montage Of All Time”. Where it slipped on the facts, we have said what is right: Adrian’s name, the Soviet Union, the timing of Gorbachev’s reforms, and a Drago who becomes more machine than man. Thank you.',
} as const satisfies DeckSlide;
