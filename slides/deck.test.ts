import { describe, expect, it } from 'vitest';
import { buildDeck, plainText, type Slide, scriptParts } from '../src/model/index.ts';
import {
  correctionProblems,
  SCRIPT_WORDS,
  SLIDE_COUNT,
  scriptLength,
  scriptProblems,
  structureProblems,
} from './checks.ts';
import { CORRECTIONS } from './corrections.ts';
import { deck, slides } from './index.ts';
import { ESSAY_TITLE } from './outline.ts';
import { SECTIONS } from './sections.ts';

function replaced(id: string, change: (slide: Slide) => Slide): Slide[] {
  expect(slides.some((slide) => slide.id === id)).toBe(true);
  return slides.map((slide) => (slide.id === id ? change(slide) : slide));
}

describe('the deck’s shape', () => {
  it('has a title slide, an opener for every section by the essay’s heading, and a closing crediting the essay', () => {
    expect(structureProblems(slides)).toEqual([]);
    expect(slides.length).toBeGreaterThanOrEqual(SLIDE_COUNT.min);
    expect(slides.length).toBeLessThanOrEqual(SLIDE_COUNT.max);
    const last = slides.at(-1);
    expect(last?.layout === 'closing' && last.source.title).toBe(ESSAY_TITLE);
  });

  it('names a section opened by anything but a slide with its heading', () => {
    const misnamed = replaced('two-montages', (slide) => ({ ...slide, heading: 'Two montages' }) as Slide);
    expect(structureProblems(misnamed)).toEqual([
      expect.stringMatching(
        /^Slide "two-montages" \(section, slide \d+\) opens section "Two montages in one" but is headed "Two montages"\./,
      ),
    ]);
    const withoutOpener = slides.filter((slide) => slide.id !== 'the-verdict');
    expect(structureProblems(withoutOpener)).toEqual([
      expect.stringMatching(/^Section "The verdict" opens with slide "lineage" \(figure, slide \d+\)\. Fix:/),
    ]);
  });

  it('labels each section exactly as its opener is headed, typographic apostrophes and all', () => {
    // The label is printed above every slide of the section, on handout pages and as its bookmark.
    for (const section of SECTIONS) {
      const opener = slides.find((slide) => slide.section === section.id && slide.layout === 'section');
      if (opener?.layout === 'section') expect(section.heading).toBe(plainText(opener.heading));
      expect(section.heading, section.id).not.toMatch(/['"]/);
    }
  });

  it('accepts a straight apostrophe for the essay’s curly one in a heading', () => {
    const straight = replaced(
      'underdogs-champion',
      (slide) => ({ ...slide, heading: "The underdog's champion" }) as Slide,
    );
    expect(structureProblems(straight)).toEqual([]);
  });

  it('names a deck without its title slide first or its closing last, or of the wrong length', () => {
    const noTitle = slides.slice(1);
    expect(structureProblems(noTitle)).toContainEqual(expect.stringMatching(/^The deck must open with a title slide/));
    const noClosing = slides.slice(0, -1);
    expect(structureProblems(noClosing)).toContainEqual(
      expect.stringContaining('the last slide must be a closing slide crediting the essay'),
    );
    const wrongSource = replaced('closing', (slide) => ({ ...slide, source: { title: 'Some essay' } }) as Slide);
    expect(structureProblems(wrongSource)).toHaveLength(1);
    const long = [...slides, ...slides.slice(1, 8).map((slide) => ({ ...slide, id: `${slide.id}-again` }))];
    expect(structureProblems(long)).toContainEqual(
      `The deck has ${long.length} slides; the talk needs 20 to 30. Fix: merge or split slides in slides/index.ts.`,
    );
  });
});

describe('the spoken script', () => {
  const built = buildDeck(deck);

  it('runs 9 to 12 minutes at 150 words a minute', () => {
    const { words, seconds } = scriptLength(built);
    expect(words).toBeGreaterThanOrEqual(SCRIPT_WORDS.min);
    expect(words).toBeLessThanOrEqual(SCRIPT_WORDS.max);
    expect(seconds / 60).toBeGreaterThanOrEqual(9);
    expect(seconds / 60).toBeLessThanOrEqual(12);
  });

  it('is full sentences a voice can read, and never just the slide’s text read out', () => {
    expect(scriptProblems(built)).toEqual([]);
  });

  it('names a script that is too long, a symbol a voice would mangle, and a part that repeats the slide', () => {
    const padded = replaced(
      'closing',
      (slide) => ({ ...slide, notes: `${String(slide.notes)} ${'And one more thing. '.repeat(40)}` }) as Slide,
    );
    expect(scriptProblems(buildDeck({ ...deck, slides: padded }))).toEqual([
      expect.stringMatching(
        /^The script is \d+ words \(1[23]:\d\d at 150 words a minute\); it must be 1400 to 1800 words\. Fix: cut what drags/,
      ),
    ]);
    // The same number of parts as the slide has, with a symbol in the first two.
    const symbols = replaced('montage-timeline', (slide) => {
      const [, , ...rest] = scriptParts(slide.notes);
      return {
        ...slide,
        notes: [
          'The film splits its montage into two parts & lets the music mark the change.',
          'At 3:40 the first half gives way to the second.',
          ...rest,
        ],
      } as Slide;
    });
    expect(scriptProblems(buildDeck({ ...deck, slides: symbols }))).toEqual([
      expect.stringMatching(/^Slide "montage-timeline" \(timeline, slide \d+\), script part 1 contains "&"/),
      expect.stringMatching(/script part 2 contains "3:4"/),
    ]);
    const parroted = replaced(
      'eighties-excess',
      (slide) => ({ ...slide, notes: 'Pure eighties excess, and proud of it.' }) as Slide,
    );
    expect(scriptProblems(buildDeck({ ...deck, slides: parroted }))).toEqual([
      expect.stringMatching(
        /^Slide "eighties-excess" \(statement, slide \d+\), script part 1 only repeats the slide's text/,
      ),
    ]);
    // Reworded, but with nothing of its own: two words the slide does not show are not enough.
    const reworded = replaced('intercut', (slide) => {
      const parts = scriptParts(slide.notes).map((part, step) =>
        step === 3 ? 'Then Drago runs on his treadmill, indoors.' : part,
      );
      return { ...slide, notes: parts } as unknown as Slide;
    });
    expect(scriptProblems(buildDeck({ ...deck, slides: reworded }))).toEqual([
      'Slide "intercut" (versus, slide 10), script part 4 only repeats the slide\'s text ("Then Drago runs on his treadmill, indoors."). Fix: say what the slide does not show, in words of its own.',
    ]);
  });
});

describe('the essay’s slips', () => {
  it('are corrected: the deck says what is right, and the essay’s words appear only attributed to it', () => {
    expect(correctionProblems(slides, CORRECTIONS)).toEqual([]);
  });

  it('names a slide that repeats a slip as fact, and a correction the deck never makes', () => {
    const slipped = replaced(
      'no-pain',
      (slide) => ({ ...slide, notes: 'Adrienne looks on. Duke says two words.' }) as Slide,
    );
    expect(correctionProblems(slipped, CORRECTIONS)).toEqual([
      expect.stringMatching(
        /^Slide "no-pain" \(quote, slide \d+\) repeats the essay's slip without saying so: "Adrienne looks on\." Fix: She is Adrian, played by Talia Shire\.$/,
      ),
    ]);
    const silent = replaced(
      'november-1985',
      (slide) =>
        ({
          ...slide,
          title: 'A year to remember',
          alt: 'A time line of 1985.',
          notes: 'The film caught its moment.',
        }) as Slide,
    );
    expect(correctionProblems(silent, CORRECTIONS)).toEqual([
      expect.stringMatching(/^No slide says what is right where the essay says: Glasnost and perestroika/),
    ]);
  });
});
