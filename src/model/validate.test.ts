import { describe, expect, it } from 'vitest';
import type { Slide } from '../layouts/registry.ts';
import { buildDeck } from './build-deck.ts';
import { DeckValidationError, formatProblem } from './errors.ts';
import { deckOf, FIXTURE_SECTIONS, validSlides } from './test-fixtures.ts';
import { validateDeck } from './validate.ts';

function messagesFor(slides: Slide[], assetExists?: (path: string) => boolean): string[] {
  try {
    buildDeck(deckOf(slides), assetExists ? { assetExists } : {});
    return [];
  } catch (error) {
    if (!(error instanceof DeckValidationError)) throw error;
    return error.problems.map(formatProblem);
  }
}

function withSlide(index: number, change: (slide: Slide) => Slide): Slide[] {
  const slides = validSlides();
  slides[index] = change(slides[index] as Slide);
  return slides;
}

describe('deck validation', () => {
  it('accepts a sound deck', () => {
    expect(validateDeck(deckOf(validSlides()))).toEqual([]);
  });

  it('names a duplicated id with the slide that already has it', () => {
    expect(messagesFor(withSlide(2, (slide) => ({ ...slide, id: 'two' })))).toEqual([
      'Slide "two" (statement, slide 3): its id is already used by slide 2. Fix: give every slide its own id (ids are deep links and must be unique).',
    ]);
  });

  it('refuses an id that cannot be a deep link', () => {
    expect(messagesFor(withSlide(0, (slide) => ({ ...slide, id: '3rd Slide' })))).toEqual([
      'Slide "3rd Slide" (title, slide 1): its id is not kebab-case starting with a letter, so it cannot be a deep link. Fix: use lowercase letters, digits and single hyphens, e.g. "two-montages-3".',
    ]);
  });

  it('names the slide that moved out of its section, not the slides it now sits before', () => {
    // Two slides of each section; the first of "The underdog’s champion" moved up into "Two montages in one".
    const base = validSlides();
    const twin = (slide: Slide, id: string): Slide => ({ ...slide, id });
    const [title, two, three, four, five] = base as [Slide, Slide, Slide, Slide, Slide];
    const slides = [title, two, three, twin(two, 'two-b'), twin(two, 'two-c'), twin(three, 'three-b'), four, five];
    expect(messagesFor(slides)).toEqual([
      'Slide "three" (statement, slide 3): it belongs to section "The underdog’s champion" but sits among the slides of "Two montages in one". Fix: move it into its own section (slide 6 now) in the deck module, or change its section, so the slides follow the deck\'s sections.',
    ]);
    expect(validateDeck(deckOf(slides), { deckFile: 'examples/tour/index.ts' })[0]?.fix).toBe(
      "move it into its own section (slide 6 now) in examples/tour/index.ts, or change its section, so the slides follow the deck's sections",
    );
  });

  it('of two neighbouring slides in each other’s places, names the first', () => {
    const slides = validSlides();
    const moved = slides.splice(1, 1)[0] as Slide;
    slides.splice(2, 0, moved);
    expect(messagesFor(slides)).toEqual([
      'Slide "three" (statement, slide 2): it belongs to section "The underdog’s champion" but sits among the slides of "Opening". Fix: move it into its own section in the deck module, or change its section, so the slides follow the deck\'s sections.',
    ]);
  });

  it('names a slide of a section the deck does not have, listing the ones it has', () => {
    expect(messagesFor(withSlide(2, (slide) => ({ ...slide, section: 'montages' })))).toEqual([
      'Slide "three" (statement, slide 3): its section "montages" is not one of the deck\'s sections (opening, two-montages, underdogs-champion, best-in-series, verdict). Fix: give it one of those, or add the section to the sections of the deck module.',
      'Deck: section "The underdog’s champion" has no slides. Fix: add at least one slide with section: \'underdogs-champion\'.',
    ]);
  });

  it('asks a deck for its sections, each with its own id and a heading', () => {
    const none = { ...deckOf(validSlides()), sections: [] };
    expect(validateDeck(none).map((problem) => problem.problem)).toContain('it has no sections');
    const twice = { ...deckOf(validSlides()), sections: [...FIXTURE_SECTIONS, { id: 'verdict', heading: ' ' }] };
    expect(validateDeck(twice).map((problem) => problem.problem)).toEqual([
      'section id "verdict" is used twice',
      'section "verdict" has no heading',
    ]);
  });

  it('names an empty script', () => {
    expect(messagesFor(withSlide(2, (slide) => ({ ...slide, notes: '   ' })))).toEqual([
      'Slide "three" (statement, slide 3): its speaker notes are empty. Fix: write what the presenter says aloud on this slide.',
    ]);
  });

  it('asks for one script part per fragment step plus one', () => {
    expect(messagesFor(withSlide(3, (slide) => ({ ...slide, notes: ['Two reasons.', 'The first.'] })))).toEqual([
      'Slide "four" (bullets, slide 4): its speaker notes have 2 parts but the slide has 2 fragment steps. Fix: give one part for arrival plus one per step (3 in all), or write the notes as one string.',
    ]);
  });

  it('names a versus row that lacks a side, by the sides’ own labels', () => {
    const slides = withSlide(1, (slide) =>
      slide.layout === 'versus' ? { ...slide, rows: [...slide.rows, { left: 'Steroids', right: '' }] } : slide,
    );
    expect(messagesFor(slides)).toEqual([
      'Slide "two" (versus, slide 2): every row needs both a Drago and a Rocky side (row 2 has no Rocky side). Fix: fill in both sides of the row, or remove it.',
    ]);
  });

  it('names a figure whose asset is missing', () => {
    const slides = withSlide(2, (slide) => ({
      id: slide.id,
      section: slide.section,
      notes: slide.notes,
      layout: 'figure',
      figure: { svg: 'figures/nowhere.svg' },
      alt: 'A mountain with a man on top',
    }));
    expect(messagesFor(slides, () => false)).toEqual([
      'Slide "three" (figure, slide 3): its figure "assets/figures/nowhere.svg" does not exist. Fix: add the file under assets/ or correct the path.',
    ]);
  });

  it('refuses a figure without alt text', () => {
    const slides = withSlide(2, (slide) => ({
      id: slide.id,
      section: slide.section,
      notes: slide.notes,
      layout: 'figure',
      figure: { svg: 'figures/summit.svg' },
      alt: '',
    }));
    expect(messagesFor(slides)).toEqual([
      'Slide "three" (figure, slide 3): its alt text is missing or too short to describe the figure. Fix: say in alt what the figure shows.',
    ]);
  });

  it('refuses a quote without a speaker, and one that brings its own quotation marks', () => {
    const slides = withSlide(2, (slide) => ({
      id: slide.id,
      section: slide.section,
      notes: slide.notes,
      layout: 'quote',
      quote: '“No pain.”',
      attribution: { speaker: '' },
    }));
    expect(messagesFor(slides)).toEqual([
      'Slide "three" (quote, slide 3): its quote carries its own quotation marks. Fix: remove them: the quote layout adds them.',
      'Slide "three" (quote, slide 3): its quote has no speaker. Fix: say who said or wrote it in attribution.speaker.',
    ]);
  });

  it('names timeline points out of time order or off the axis', () => {
    const slides = withSlide(2, (slide) => ({
      id: slide.id,
      section: slide.section,
      notes: slide.notes,
      layout: 'timeline',
      title: 'Lineage',
      axis: { from: 1975, to: 2020, unit: 'year', step: 5 },
      points: [
        { at: 1985, label: 'Rocky IV' },
        { at: 1976, label: 'Rocky' },
        { at: 2030, label: 'Future' },
      ],
    }));
    expect(messagesFor(slides)).toEqual([
      'Slide "three" (timeline, slide 3): point "Rocky" comes before "Rocky IV" in time. Fix: list points in time order.',
      'Slide "three" (timeline, slide 3): point "Future" at 2030 is outside the axis. Fix: keep points between 1975 and 2020.',
    ]);
  });

  it('takes spoken forms as written and spoken, a function of the match, and one engine only; refuses anything else', () => {
    const withForms = (pronunciation: unknown) =>
      validateDeck({ ...deckOf(validSlides()), pronunciation } as never).map(formatProblem);
    expect(
      withForms([
        [/\bIV\b/g, 'Four'],
        [/\b19\d\d\b/g, (year: string) => `the year ${year}`],
        [/\bDiCola\b/g, 'Dee Cola', { engine: 'espeak-ng' }],
      ]),
    ).toEqual([]);
    expect(withForms([[/\bIV\b/g, 4]])).toEqual([
      "Deck: its pronunciation[0][1] is a number (4), not a string or a function. Fix: write pronunciation[0][1] as a string or a function, e.g. '…'.",
    ]);
    expect(withForms([[/\bDiCola\b/g, 'Dee Cola', { engine: 'espeak' }]])).toEqual([
      'Deck: its pronunciation[0][2].engine is "espeak", which a deck does not take. Fix: use "espeak-ng" or "flite" or "festival".',
    ]);
    expect(withForms([[/\bIV\b/g]])).toEqual([
      "Deck: its pronunciation[0] is a list, not a list [written, spoken, only?]. Fix: write pronunciation[0] as a list [written, spoken, only?], e.g. [/…/g, '…'].",
    ]);
  });

  it('names a section with no slides', () => {
    const slides = validSlides().filter((slide) => slide.section !== 'underdogs-champion');
    expect(messagesFor(slides)).toEqual([
      'Deck: section "The underdog’s champion" has no slides. Fix: add at least one slide with section: \'underdogs-champion\'.',
    ]);
  });

  it('reports every problem at once, so one build shows them all', () => {
    const slides = validSlides().map((slide) => ({ ...slide, notes: '' }));
    expect(messagesFor(slides)).toHaveLength(5);
  });
});
