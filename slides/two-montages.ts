import type { DeckSlide } from './deck-slide.ts';

export const opener = {
  id: 'two-montages',
  section: 'two-montages',
  layout: 'section',
  heading: 'Two montages in one',
  lede: 'A Cold War fable, told as a workout',
  notes:
    'The essay’s next section is called “Two montages in one”. Before we get to the editing, we need two things: when the film arrived, and what its two fighters stand for.',
} as const satisfies DeckSlide;

export const november1985 = {
  id: 'november-1985',
  section: 'two-montages',
  layout: 'figure',
  title: 'A week after Geneva',
  figure: { svg: 'figures/cold-war-1985.svg' },
  alt: 'Rocky IV opened in the US on 27 November 1985, a week after Reagan and Gorbachev first met at Geneva on the 19th and 20th, and eight months after Gorbachev took power in March. Glasnost and perestroika take shape only after the film, through 1986 and 1987.',
  claims: ['cold-war-frame'],
  notes:
    'The essay credits Stallone with sensing the national mood, and that is fair. But its history runs ahead of itself: it has glasnost and perestroika easing the Cold War when the film came out. In fact Gorbachev had only taken power in March 1985; glasnost and perestroika became his programme from 1986, and the big reforms in 1987, well after the film. What did happen that November was the first summit between Reagan and Gorbachev, in Geneva, on the nineteenth and twentieth. Rocky IV opened in American cinemas a week later.',
} as const satisfies DeckSlide;

export const whatTheyStandFor = {
  id: 'what-they-stand-for',
  section: 'two-montages',
  layout: 'versus',
  title: 'Two fighters, two flags',
  left: { label: 'Drago', sublabel: 'the Soviet state' },
  right: { label: 'Rocky', sublabel: 'the little man' },
  rows: [
    { topic: 'Stands for', left: 'A totalitarian system', right: 'The American dream' },
    { topic: 'Built by', left: 'Scientists and officials', right: 'Himself, and his friends' },
  ],
  claims: ['cold-war-frame'],
  notes:
    'So the frame is the Cold War between the United States and the Soviet Union, and the film puts it into two bodies. Ivan Drago, played by Dolph Lundgren, stands for the Soviet state, which the film paints as totalitarian. Rocky stands for the American dream and, the essay adds, for something wider: the little man who always seems to end up under the government’s boot.',
} as const satisfies DeckSlide;

export const timeline = {
  id: 'montage-timeline',
  section: 'two-montages',
  layout: 'timeline',
  title: 'One montage, two halves',
  axis: { from: 0, to: 480, unit: 'seconds', step: 60 },
  spans: [
    { from: 0, to: 220, label: 'Part one: intercut', detail: '“Training Montage”, Vince DiCola' },
    { from: 220, to: 470, label: 'Part two: Rocky takes over', detail: '“Hearts on Fire”, sung by John Cafferty' },
  ],
  points: [
    { at: 220, label: 'About 3:40', detail: 'the music changes' },
    { at: 470, label: 'Almost 8:00', detail: 'the series’ longest, by the essay’s count' },
  ],
  reveal: 'each',
  claims: ['two-parts'],
  notes: [
    'Now to the montage itself. The essay’s key move is to split it in two: a first part that is all intercutting, Drago, then Rocky, then Drago again, and a second part that belongs to Rocky.',
    'By the essay’s count, the first part runs about three minutes and forty seconds, until the music changes.',
    'All told, it runs almost eight minutes. Keep those two halves in mind, because the rest of the argument hangs on them.',
  ],
} as const satisfies DeckSlide;

export const intercut = {
  id: 'intercut',
  section: 'two-montages',
  layout: 'versus',
  title: 'Machine against barn',
  left: { label: 'Drago', sublabel: 'the lab' },
  right: { label: 'Rocky', sublabel: 'the barn, the snow' },
  reveal: 'cells',
  rows: [
    { topic: 'Arms', left: 'Curls on a high-tech machine', right: 'Frees a local man’s cart' },
    { topic: 'Legs', left: 'Runs on a treadmill', right: 'Runs through deep snow' },
    { topic: 'Power', left: 'Floors a sparring partner', right: 'Chops down a tree' },
  ],
  claims: ['two-parts', 'best-edits'],
  notes: [
    'Rocky trains on a remote farm, shadowed by Soviet minders, while the locals watch him work and, the essay says, start to see him as a man rather than an enemy. Then the cutting turns fast and furious, in pairs.',
    'Drago’s biceps get a machine built for that one job.',
    'Rocky works the same muscles the hard way, helping a local man get his cart back on the road.',
    'Drago pounds a treadmill under the lights, and for all that effort goes nowhere.',
    'Rocky’s road is outdoors and real, and every step of it fights back.',
    'Then comes what the essay calls the best edit by far. Drago knocks down a sparring partner…',
    '…and Rocky brings down a tree with an axe. Same blow, two worlds.',
  ],
} as const satisfies DeckSlide;

export const machineAndMan = {
  id: 'more-machine-than-man',
  section: 'two-montages',
  layout: 'statement',
  kicker: 'As the cutting goes on',
  statement: [{ strong: 'Drago' }, ' becomes a machine. ', { strong: 'Rocky' }, ' becomes himself again.'],
  detail: 'And he is still grieving for Apollo.',
  claims: ['finding-himself'],
  notes:
    'As the cutting goes on, the two men move in opposite directions. The essay writes that Drago becomes “more man than machine”, but it plainly means the reverse: he becomes more machine than man. Rocky, meanwhile, is finding himself again, and he is grieving. Apollo Creed, played by Carl Weathers, died in the ring against Drago, and that loss sits under every lift and every stride.',
} as const satisfies DeckSlide;
