import type { Slide } from '../src/model/index.ts';

export const closing = {
  id: 'verdict',
  section: 'verdict',
  layout: 'closing',
  verdict: 'Rocky and Rocky III are contenders. Rocky IV is the champion.',
  source: { title: 'Rocky IV Has The Greatest Training Montage Of All Time' },
  notes: 'Rocky and Rocky III have their claims. But it will take a great deal to beat Rocky IV.',
} as const satisfies Slide;
