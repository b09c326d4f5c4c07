import type { DeckSlide } from './deck-slide.ts';

export const title = {
  id: 'title',
  section: 'opening',
  layout: 'title',
  kicker: 'A film essay, in slides',
  title: [{ strong: 'Rocky\u00a0IV' }, ' has the greatest training montage of all time'],
  subtitle: 'The snow, the barn and the mountain, against the machine',
  notes:
    'I want to make one case, and make it properly: that the training montage in Rocky IV is the greatest ever put on film. Not just the best in the Rocky series, but the best of its kind. The case comes from an essay with exactly that title. We will follow its argument section by section, and check its facts as we go.',
} as const satisfies DeckSlide;

export const franchise = {
  id: 'philly-to-the-mountain',
  section: 'opening',
  layout: 'statement',
  kicker: 'The franchise',
  statement: 'From the streets of Philadelphia to a Soviet mountaintop',
  detail: [
    { em: 'Rocky' },
    ' (1976) won Best Picture. ',
    { em: 'Rocky IV' },
    ' (1985) held the worldwide record for a sports film until ',
    { em: 'The Blind Side' },
    ' (2009).',
  ],
  claims: ['franchise-arc'],
  notes:
    'Rocky IV was a giant hit: for more than twenty years it was the highest-grossing sports film in the world, until The Blind Side, released in 2009, passed it. It belongs to a series that carried one fighter from the streets of Philadelphia to a frozen mountaintop in the Soviet Union. The first film, which won the Oscar for Best Picture, and Rocky II after it, kept him grounded: an underdog, picked as a publicity stunt for the champion Apollo Creed, until the whole sporting world had to take him seriously.',
} as const satisfies DeckSlide;

export const theSteps = {
  id: 'the-steps',
  section: 'opening',
  layout: 'statement',
  kicker: 'Where it began',
  statement: 'The museum steps made the modern training montage',
  detail: [{ em: 'Rocky' }, ' (1976), to Bill Conti’s “Gonna Fly Now”'],
  claims: ['original-montage'],
  notes:
    'The essay’s first point is that we knew Rocky long before the big fight. We had seen his lonely life and the fights going on inside him. Then we watched him run up the steps of the Philadelphia Museum of Art to Bill Conti’s “Gonna Fly Now”. In the essay’s words, that sequence “invented the modern sports training montage”. Whether or not it was the very first, it became the one every later montage is measured against.',
} as const satisfies DeckSlide;

export const montageFormula = {
  id: 'what-a-montage-does',
  section: 'opening',
  layout: 'bullets',
  title: 'What a montage does',
  reveal: 'each',
  items: ['Builds momentum', 'Tells us the hero is ready, body and mind', 'Carries the series from Rocky to Adonis'],
  claims: ['montage-formula'],
  notes: [
    'That scene became a formula. The essay points out that the Rocky films, and the Creed films after them, are built around the montage, because it does two jobs at once.',
    'First, it builds momentum. Weeks of work pass in a few minutes of music, and the story gathers speed.',
    'Second, it tells us the hero is ready, in body and in mind, for whatever comes next.',
    'And it carries the series across a generation: the same ritual that made Rocky later makes Adonis Creed, Apollo’s son.',
  ],
} as const satisfies DeckSlide;

export const climbsHigher = {
  id: 'higher-than-the-steps',
  section: 'opening',
  layout: 'statement',
  kicker: 'The claim',
  statement: [{ strong: 'Rocky\u00a0IV' }, ' climbs higher: from the steps to a mountain'],
  detail: 'Far from home, against the “unbeatable” Ivan Drago',
  claims: ['climbs-higher'],
  notes:
    'The original is hard to beat, and the essay admits it. But its claim is that Rocky IV climbs higher, and it means that literally: not a flight of steps but a mountain. This montage takes the champion off American soil, to get ready for Ivan Drago, a fighter everyone calls unbeatable. To Drago, Rocky may seem like “a piece of iron”; the essay’s pun is that he is also ready to take on the Iron Curtain. Which brings us to the politics.',
} as const satisfies DeckSlide;
