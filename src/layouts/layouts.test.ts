import { describe, expect, it } from 'vitest';
import { buildDeck } from '../model/build-deck.ts';
import { deckOf, validSlides } from '../model/test-fixtures.ts';
import { trusted } from '../render/html.ts';
import { renderDeck } from '../render/render-deck.ts';
import { bullets } from './bullets.ts';
import { LAYOUTS, type LayoutRegistry, layoutOf, type Slide, visibleText } from './registry.ts';

/** The fixture deck, its optional fields filled, with a slide of every layout it lacks. */
function everyLayout(): Slide[] {
  const slides = validSlides().map((slide): Slide => {
    if (slide.layout === 'title') return { ...slide, kicker: 'A kicker', subtitle: 'A subtitle' };
    if (slide.layout === 'statement') return { ...slide, kicker: 'Said once', detail: 'A detail' };
    if (slide.layout === 'closing')
      return { ...slide, kicker: 'In the end', source: { kind: 'the book', title: 'A book' }, credits: ['A credit'] };
    return slide;
  });
  const third = { section: 'underdogs-champion', notes: 'Something worth saying.' } as const;
  slides.splice(
    2,
    0,
    { ...third, id: 'a-section', layout: 'section', heading: 'A heading', lede: 'A lede' },
    { ...third, id: 'a-quote', layout: 'quote', quote: 'No pain.', attribution: { speaker: 'Duke', source: 'A film' } },
    {
      ...third,
      id: 'a-timeline',
      layout: 'timeline',
      title: 'A timeline',
      axis: { from: 0, to: 60, unit: 'seconds', step: 30 },
      spans: [{ from: 0, to: 30, label: 'First half', detail: 'quiet' }],
      points: [{ at: 30, label: 'Turn', detail: 'loud' }],
    },
    {
      ...third,
      id: 'a-stats',
      layout: 'stats',
      title: 'In numbers',
      stats: [
        { value: '26', label: 'slides' },
        { value: '12', label: 'minutes' },
      ],
    },
    {
      ...third,
      id: 'a-figure',
      layout: 'figure',
      title: 'A figure',
      figure: { svg: 'figures/a.svg' },
      alt: 'A drawing of a mountain',
      caption: 'Its caption',
    },
  );
  return slides;
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('the layout registry', () => {
  it('has a layout of each kind the fixture uses, so the checks below see every layout', () => {
    expect(new Set(everyLayout().map((slide) => slide.layout))).toEqual(new Set(Object.keys(LAYOUTS)));
  });

  it('shows every piece of a slide’s visible text, and its heading, and names the slide by its label', () => {
    const deck = buildDeck(deckOf(everyLayout()));
    const page = renderDeck(deck, {
      inlineSvg: () => trusted('<svg viewBox="0 0 1 1"></svg>'),
      assetUrl: (path) => `./assets/${path}`,
    });
    for (const placed of deck.slides) {
      const { slide } = placed;
      const start = page.indexOf(`<section id="${slide.id}"`);
      const own = page.slice(start, page.indexOf('<aside class="notes">', start));
      expect(own, slide.id).toContain(`aria-label="${html(placed.label).replace(/"/g, '&quot;')}"`);
      const heading = layoutOf(slide).heading(slide);
      if (heading !== null) expect(own, `${slide.id}: heading`).toContain(html(heading));
      for (const text of visibleText(slide)) {
        expect(own, `${slide.id}: "${text}"`).toContain(html(text));
      }
    }
  });

  it('does not compile without a spec for every layout, or with one for the wrong slide type', () => {
    const { closing: left, ...withoutClosing } = LAYOUTS;
    // @ts-expect-error the closing layout is missing
    const missing = withoutClosing satisfies LayoutRegistry;
    // @ts-expect-error the closing layout's spec is the bullets one
    const wrong = { ...LAYOUTS, closing: bullets } satisfies LayoutRegistry;
    expect([missing, wrong, left]).toHaveLength(3);
  });
});

describe('the stats layout', () => {
  it('asks for 1 to 4 figures, each a short value with a label', () => {
    const slide = (stats: readonly { value: string; label: string }[]): Slide => ({
      id: 'numbers',
      section: 'opening',
      layout: 'stats',
      title: 'In numbers',
      stats,
      notes: 'Some numbers.',
    });
    const problems = (candidate: Slide) => {
      const found: string[] = [];
      layoutOf(candidate).check(candidate, (problem, fix) => found.push(`${problem}. Fix: ${fix}.`), {});
      return found;
    };
    expect(problems(slide([{ value: '26', label: 'slides' }]))).toEqual([]);
    expect(problems(slide([]))).toEqual(['it has 0 figures. Fix: give it 1 to 4, or split the slide.']);
    expect(problems(slide([{ value: '1,773 words', label: 'of script' }]))).toEqual([
      'figure 1\'s value "1,773 words" is longer than 6 characters. Fix: shorten it and say the rest in its label.',
    ]);
  });
});
