import type { Slide } from '../src/model/index.ts';

export const title = {
  id: 'title',
  section: 'opening',
  layout: 'title',
  kicker: 'A film essay, in slides',
  title: [{ strong: 'Rocky IV' }, ' has the greatest training montage of all time'],
  subtitle: 'Why the snow, the barn and the mountain beat every montage the franchise made',
  notes:
    'Tonight I want to make one case: that the training montage in Rocky IV, from 1985, is the best the genre has ever produced, better even than the one that started it all.',
} as const satisfies Slide;

export const original = {
  id: 'the-original',
  section: 'opening',
  layout: 'statement',
  kicker: 'Where it began',
  statement: 'The steps of the Philadelphia Museum of Art made the modern training montage.',
  detail: [{ em: 'Rocky' }, ' (1976), to Bill Conti’s “Gonna Fly Now”.'],
  notes:
    'Everything starts in 1976. Rocky Balboa runs up the steps of the Philadelphia Museum of Art to Bill Conti’s Gonna Fly Now, and the modern sports training montage is born.',
} as const satisfies Slide;
