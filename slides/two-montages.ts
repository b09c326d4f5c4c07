import type { Slide } from '../src/model/index.ts';

export const opener = {
  id: 'two-montages',
  section: 'two-montages',
  layout: 'section',
  heading: 'Two montages in one',
  lede: 'A Cold War fable, told as a workout.',
  notes: 'The montage in Rocky IV is really two montages, and the first one is built on cross-cutting.',
} as const satisfies Slide;

export const intercut = {
  id: 'intercut',
  section: 'two-montages',
  layout: 'versus',
  title: 'Machine against barn',
  left: { label: 'Drago', sublabel: 'the lab' },
  right: { label: 'Rocky', sublabel: 'the farm' },
  reveal: 'cells',
  rows: [
    { topic: 'Arms', left: 'A machine for curls', right: 'Lifting a stuck cart' },
    { topic: 'Power', left: 'Knocks down a sparring partner', right: 'Chops down a tree' },
  ],
  notes: [
    'The editing cuts between the two men, pair by pair.',
    'Drago curls against a machine.',
    'Rocky works the same muscles freeing a stuck cart.',
    'Drago knocks down a sparring partner.',
    'And Rocky chops down a tree with an axe: the best edit in the sequence.',
  ],
} as const satisfies Slide;
