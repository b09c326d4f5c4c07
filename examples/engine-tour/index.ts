/**
 * A second, small deck: a tour of the engine that builds these decks, in eight slides. It has its
 * own sections, spoken forms and drawing, and no narration audio, so it is narrated by the
 * browser's voice where there is one, and otherwise by captions timed at the deck's pace.
 *   DECK=examples/engine-tour/index.ts npm run build   (or npm run dev, npm run export)
 */
import type { DeckSource, SectionedSlide, SectionInfo } from '../../src/model/index.ts';

const SECTIONS = [
  { id: 'write', heading: 'Write the slides' },
  { id: 'build', heading: 'Build the page' },
  { id: 'present', heading: 'Present and print' },
] as const satisfies readonly SectionInfo[];

/** A slide of this deck: a misspelt section does not compile. */
type TourSlide = SectionedSlide<(typeof SECTIONS)[number]['id']>;

const slides = [
  {
    id: 'slides-as-data',
    section: 'write',
    layout: 'title',
    kicker: 'A tour of the deck engine',
    title: 'Slides as data',
    subtitle: 'From a TypeScript module to a narrated deck and its PDFs',
    notes:
      'This short deck is built by the same engine as the Rocky IV talk, from a module of its own. In seven more slides it shows where a slide starts, what the build makes of it, and how it reaches an audience.',
  },
  {
    id: 'a-typed-object',
    section: 'write',
    layout: 'bullets',
    title: 'A slide is a typed object',
    reveal: 'each',
    items: [
      'An id, which becomes its deep link',
      'A layout, such as bullets, versus or timeline',
      [{ strong: 'A script' }, ': what the presenter says, a part per step'],
    ],
    notes: [
      'Every slide is a plain object in a TypeScript module, checked by the compiler before anything is built.',
      'Its id names it everywhere: in the address bar, in the narration files and in the tests.',
      'Its layout decides which fields it has. Each layout lives in one file, with its checks and its rendering.',
      'And its notes are the spoken script. Split into parts, each part is said as its step appears, as this one was.',
    ],
  },
  {
    id: 'written-and-made',
    section: 'build',
    layout: 'versus',
    title: 'Written, then built',
    left: { label: 'The module', sublabel: 'written by hand' },
    right: { label: 'The page', sublabel: 'made by the build' },
    reveal: 'rows',
    rows: [
      { topic: 'Text', left: 'Strings, with a little emphasis', right: 'Escaped HTML, never parsed as markup' },
      { topic: 'Script', left: 'The notes of each slide', right: 'Speaker notes, captions and pacing' },
      { topic: 'Drawings', left: 'An SVG file beside the deck', right: 'One image with its alt text' },
    ],
    notes: [
      'The build reads the module and writes one HTML page that already holds every slide.',
      'Slide text is data. The renderer escapes every string, so nothing a slide says can turn into markup.',
      'The script becomes the speaker view notes, the captions, and the pacing of the talk, all from the same words.',
      'A drawing is checked before it is put in the page, and a screen reader meets it once, by its alt text.',
    ],
  },
  {
    id: 'five-rooms',
    section: 'build',
    layout: 'figure',
    title: 'Five rooms, one way through',
    figure: { svg: 'figures/engine-rooms.svg' },
    alt: 'Five boxes in a row, joined by arrows: slide modules, content as data; the deck model, checked and placed; the renderer, the only markup; the runtime, slides and narration, in the browser; and the exporter, the two PDFs, in Node. The first three work at build time, and the renderer hands the runtime and the exporter one page with its deck data.',
    notes:
      'Here is the whole engine on one line. The modules feed the model, which checks them and gives each slide its place. The renderer is the only code that writes markup. In the browser, the runtime presents the page, and in Node, the exporter prints it. Both read the same deck data that the build wrote into the page, so nobody has to read the slides back out of their HTML.',
  },
  {
    id: 'kept-honest',
    section: 'build',
    layout: 'stats',
    title: 'Kept honest',
    reveal: 'each',
    stats: [
      { value: '1', label: 'file for each layout' },
      { value: '1', label: 'page contract, written once' },
      { value: '0', label: 'decks imported by the engine' },
      { value: '2', label: 'decks built by the same code' },
    ],
    notes: [
      'Four numbers sum up how the engine is kept honest.',
      'One file for each layout: its type, its checks, its visible text and its markup live together, so a layout with a part missing does not compile.',
      'One page contract: the build writes each slide’s data into the page once, and everything else reads it from there.',
      'No deck is imported anywhere in the engine. A lint rule fails the moment one is.',
      'And two decks show it works: the Rocky IV talk, and this tour, built by the same code.',
    ],
  },
  {
    id: 'tools-underneath',
    section: 'present',
    layout: 'timeline',
    title: 'The tools underneath',
    axis: { from: 2010, to: 2022, unit: 'year', step: 2 },
    points: [
      { at: 2011, label: 'reveal.js', detail: 'presents the slides' },
      { at: 2017, label: 'Headless Chrome', detail: 'prints the PDFs' },
      { at: 2020, label: 'Vite', detail: 'builds the page' },
    ],
    notes:
      'None of this is new machinery. The slides are presented by reveal.js, first released in 2011. The PDFs are printed by Chrome with no window, a mode it gained in 2017, driven by Playwright. And the page is built by Vite, which appeared in 2020, the same year as Playwright. TypeScript checks all of it.',
  },
  {
    id: 'no-audio',
    section: 'present',
    layout: 'statement',
    kicker: 'No audio of its own',
    statement: 'This deck narrates itself with timed captions',
    detail: 'Press Play narration: each sentence shows as its moment comes.',
    notes:
      'This deck has no recorded voice and no generated audio. So when you press Play narration, the browser speaks it if it offers a voice, and otherwise each sentence appears as a caption, timed at a hundred and fifty words a minute.',
  },
  {
    id: 'any-deck',
    section: 'present',
    layout: 'closing',
    kicker: 'In short',
    verdict: ['One engine, ', { strong: 'any deck' }],
    source: { kind: 'the notes', title: 'The deck engine', note: 'docs/engine.md in this repository' },
    credits: ['Built with reveal.js, Vite and Playwright.', 'The drawing was made for this deck.'],
    notes:
      'So a new deck is one module: its sections, how its words are said, and its slides. Point the build at it with the DECK setting, and the same engine presents it, narrates it and prints it. Thank you for taking the tour.',
  },
] as const satisfies readonly TourSlide[];

export const deck: DeckSource = {
  meta: {
    title: 'Slides as data: a tour of the deck engine',
    author: 'The deck engine',
    subject: 'How the deck engine turns a TypeScript module into a narrated slide deck and its PDFs',
    lang: 'en',
  },
  sections: SECTIONS,
  // What a voice would misread in this deck's script and on its slides.
  pronunciation: [
    [/\bRocky IV\b/g, 'Rocky Four'],
    [/\breveal\.js\b/g, 'reveal J S'],
    [/\bVite\b/g, 'Veet'],
    [/\bHTML\b/g, 'H T M L'],
    [/\bPDFs\b/g, 'P D Fs'],
    [/\bSVG\b/g, 'S V G'],
  ],
  slides,
};
