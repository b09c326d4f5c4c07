import type { DeckSlide } from './deck-slide.ts';

export const opener = {
  id: 'underdogs-champion',
  section: 'underdogs-champion',
  layout: 'section',
  heading: 'The underdog’s champion',
  lede: 'The music changes, and Rocky takes over the montage',
  notes:
    'That takes us to the essay’s third section, “The underdog’s champion”: the second montage, where the film takes Rocky’s side.',
} as const satisfies DeckSlide;

export const secondSong = {
  id: 'second-song',
  section: 'underdogs-champion',
  layout: 'statement',
  kicker: 'The music changes',
  statement: '“Training Montage” fades out. “Hearts on Fire” comes in.',
  detail: 'Vince DiCola’s instrumental hands over to a song performed by John Cafferty.',
  claims: ['second-song'],
  notes:
    'The first part ends as Vince DiCola’s instrumental, called simply “Training Montage”, dies away. Then “Hearts on Fire”, performed by John Cafferty, comes blasting in. The essay hears the film telling Rocky he is not finished yet: not with his workout, and, it jokes, not with his therapy either.',
} as const satisfies DeckSlide;

export const winningTheMontage = {
  id: 'winning-the-montage',
  section: 'underdogs-champion',
  layout: 'versus',
  title: 'Rocky starts winning the montage',
  left: { label: 'Drago', sublabel: 'with his machines' },
  right: { label: 'Rocky', sublabel: 'with his people' },
  reveal: 'rows',
  rows: [
    { topic: 'On screen', left: 'Less and less', right: 'More and more' },
    { topic: 'Sit-ups', left: 'A crunch machine, no help', right: 'Hanging crunches, Paulie holds his feet' },
    { topic: 'Company', left: 'Technicians', right: 'Paulie, Adrian and Duke' },
  ],
  claims: ['winning-the-montage'],
  notes: [
    'The second part still cuts between the two men, but more slowly, and the balance tips. In the essay’s lovely phrase, Rocky seems to be “winning the montage itself”.',
    'Watch the screen time shift: less of Drago, more and more of Rocky, skipping rope in a barn with the dust flying around him.',
    'Even the sit-ups make the point. Drago works a futuristic machine with nobody near him; Rocky hangs upside down doing crunches while his brother-in-law Paulie, played by Burt Young, holds his feet.',
    'And Rocky is no longer alone. His wife Adrian, played by Talia Shire, arrives to see how he is doing; the essay calls her Adrienne, but her name is Adrian. And Duke has two words for him.',
  ],
} as const satisfies DeckSlide;

export const noPain = {
  id: 'no-pain',
  section: 'underdogs-champion',
  layout: 'quote',
  quote: 'No pain.',
  attribution: { speaker: 'Duke (Tony Burton)', source: 'Rocky IV (1985)' },
  context: 'Apollo’s old trainer, now in Rocky’s corner',
  claims: ['winning-the-montage'],
  notes:
    'No pain. That is all Duke says, and it is all he needs to say. Duke is played by Tony Burton. He was Apollo’s trainer for years, and now he stands in Rocky’s corner, which tells you what this fight means to both of them.',
} as const satisfies DeckSlide;

export const summit = {
  id: 'summit',
  section: 'underdogs-champion',
  layout: 'figure',
  title: 'The summit',
  figure: { svg: 'figures/summit.svg' },
  alt: 'A lone figure stands on a snowy peak with both arms raised, ridge after ridge falling away below, and the shout “Drago!” ringing out across the range.',
  claims: ['summit'],
  notes:
    'Then the climb. Rocky’s minders follow him by car, and he leaves them behind, running on up the mountainside through the snow. By now, the essay says, he is both men at once: the hungry fighter of the first film and the champion he still is. At the top he throws up his arms and shouts Drago’s name across the mountains. It is one of the great moments of the whole series.',
} as const satisfies DeckSlide;

export const backToBasics = {
  id: 'back-to-basics',
  section: 'underdogs-champion',
  layout: 'bullets',
  title: 'A gym made of the farm',
  reveal: 'each',
  items: [
    'A wheelbarrow full of rocks',
    'A wagon, pressed with his people riding on it',
    [{ strong: 'The common man' }, ', with a superhero’s strength'],
  ],
  claims: ['back-to-basics'],
  notes: [
    'The essay also lists what Rocky’s gym is made of, and none of it came from a shop.',
    'He hauls a wheelbarrow loaded with stones, where another man would lift a barbell.',
    'A wagon, which, in the essay’s telling, he presses while Paulie, Duke and Adrian ride on it.',
    'That is the point of the whole second half. He is the common man again, only now with the strength of a superhero.',
  ],
} as const satisfies DeckSlide;
