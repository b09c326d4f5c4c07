import type { DeckSlide } from './deck-slide.ts';

export const opener = {
  id: 'best-in-series',
  section: 'best-in-series',
  layout: 'section',
  heading: 'Why the Rocky IV montage is the best in the series',
  lede: 'Excess, contrast, length, an opponent, and belief',
  notes:
    'The fourth section asks the big question: why is this the best montage in the series? I count five reasons in the essay, and I will take them in its order.',
} as const satisfies DeckSlide;

export const eightiesExcess = {
  id: 'eighties-excess',
  section: 'best-in-series',
  layout: 'statement',
  kicker: 'Reason one',
  statement: 'Pure eighties excess, and proud of it',
  detail: 'A cartoon Rocky for the Reagan years: in the essay’s image, “Captain America selling war bonds”.',
  claims: ['eighties-excess'],
  notes:
    'First, it is pure eighties excess, and it knows it. The essay calls this a bombastic, cartoon version of Rocky, the Reagan-era answer to Captain America selling war bonds in the Second World War. That is not an insult: the montage works because it goes all the way, and nothing in it is small.',
} as const satisfies DeckSlide;

export const twoWaysOfLife = {
  id: 'two-ways-of-life',
  section: 'best-in-series',
  layout: 'figure',
  title: 'Two ways of life, pair by pair',
  figure: { svg: 'figures/drago-vs-rocky.svg' },
  alt: 'Drago’s training set against Rocky’s, pair by pair: a laboratory against a barn, a curl machine against a stuck cart, a treadmill against deep snow, a sparring partner knocked down against a tree chopped down, a crunch machine used alone against hanging sit-ups with Paulie holding Rocky’s feet.',
  claims: ['two-ways-of-life'],
  notes:
    'Second, the contrast. We met these pairs one cut at a time; set them all side by side, and you are not looking at two workouts any more. You are looking at two ways of life. On one side, a laboratory, machines and technicians: a man built by a system. On the other, a barn, snow, an axe and a mountain: a man building himself.',
} as const satisfies DeckSlide;

export const length = {
  id: 'almost-eight-minutes',
  section: 'best-in-series',
  layout: 'statement',
  kicker: 'Reason three: the longest in the franchise',
  statement: 'Almost eight minutes',
  detail: 'By the essay’s count, and none of it wasted.',
  claims: ['longest-montage'],
  notes:
    'Third, its length. By the essay’s count it runs almost eight minutes, the longest montage the franchise ever made. That would sink most films. Here it does not drag, because so much is going on: a rivalry, a grief and a whole Cold War, told almost entirely without words.',
} as const satisfies DeckSlide;

export const mustBreakYou = {
  id: 'i-must-break-you',
  section: 'best-in-series',
  layout: 'quote',
  quote: 'I must break you.',
  attribution: { speaker: 'Ivan Drago (Dolph Lundgren)', source: 'Rocky IV (1985)' },
  context: 'Reason four: the most formidable opponent Rocky ever faced',
  claims: ['formidable-opponent'],
  notes:
    'Fourth, the opponent. Drago is the most formidable man Rocky ever faced, and when they finally meet in the ring, he tells Rocky what he means to do in four words. He has already killed Apollo. So Rocky has to grieve and prepare for the fight of his life at the same time. And it is a fight that costs him: in Rocky V, in 1990, he is still paying for it, in body and in mind.',
} as const satisfies DeckSlide;

export const believingAgain = {
  id: 'believing-again',
  section: 'best-in-series',
  layout: 'statement',
  kicker: 'Reason five, the one that matters most',
  statement: [{ strong: 'Rocky' }, ' believes again'],
  detail: 'On the summit, we already know who will hit the canvas.',
  claims: ['believing-again'],
  notes:
    'And fifth, the reason that matters most. What this montage really shows is a man getting his faith back: by the end, Rocky believes he can do what nobody else thinks can be done. Everyone says Drago cannot be beaten. Yet when Rocky lifts his arms on that summit, the essay says, we already know who will end up on the canvas. And it is not Rocky.',
} as const satisfies DeckSlide;
