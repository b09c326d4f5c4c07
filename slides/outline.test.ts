import { describe, expect, it } from 'vitest';
import { coverageProblems, normalizeHeading } from './checks.ts';
import type { DeckSlide } from './deck-slide.ts';
import { slides } from './index.ts';
import { CLAIMS, OUTLINE } from './outline.ts';
import { SECTIONS } from './sections.ts';

/** The deck with one slide changed, by id. */
function withSlide(id: string, change: (slide: DeckSlide) => DeckSlide): DeckSlide[] {
  expect(slides.some((slide) => slide.id === id)).toBe(true);
  return slides.map((slide) => (slide.id === id ? change(slide) : slide));
}

describe('the outline', () => {
  it('follows the essay’s sections in order, each under the essay’s own heading', () => {
    expect(OUTLINE.map((part) => part.section)).toEqual(SECTIONS.map((section) => section.id));
    for (const section of SECTIONS) {
      const part = OUTLINE.find((candidate) => candidate.section === section.id);
      if (section.fromEssay) expect(normalizeHeading(part?.essayHeading ?? '')).toBe(normalizeHeading(section.heading));
      else expect(part?.essayHeading).toBeNull();
    }
  });

  it('gives every claim its own id and words', () => {
    const ids = CLAIMS.map((claim) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const claim of CLAIMS) expect(claim.claim.split(' ').length).toBeGreaterThan(8);
    expect(CLAIMS.length).toBeGreaterThanOrEqual(14);
  });
});

describe('the deck covers the essay’s argument', () => {
  it('covers every claim, in the essay’s order, on slides of the claim’s own section', () => {
    expect(coverageProblems(slides)).toEqual([]);
  });

  it('names a claim no slide covers', () => {
    const deck = withSlide('summit', (slide) => ({ ...slide, claims: [] }));
    const problems = coverageProblems(deck);
    expect(problems).toContainEqual(
      expect.stringMatching(/^Claim "summit" \(The underdog['’]s champion: .*\) is covered by no slide\. Fix:/),
    );
  });

  it('names a claim covered out of the essay’s order: of two swapped slides, the first', () => {
    const summit = slides.findIndex((slide) => slide.id === 'summit');
    const basics = slides.findIndex((slide) => slide.id === 'back-to-basics');
    const swapped = [...slides];
    [swapped[summit], swapped[basics]] = [slides[basics], slides[summit]] as [DeckSlide, DeckSlide];
    expect(coverageProblems(swapped)).toEqual([
      `Claim "back-to-basics" is covered on slide "back-to-basics" (bullets, slide ${summit + 1}) before claim "summit" on slide "summit" (figure, slide ${basics + 1}), but the essay makes it later. Fix: put the slides, and the claims on each, in the essay's order.`,
    ]);
  });

  it('names the claims of a slide moved into another section, not those of the slides it now sits before', () => {
    const moved = slides.filter((slide) => slide.id !== 'second-song');
    const at = moved.findIndex((slide) => slide.id === 'november-1985') + 1;
    moved.splice(at, 0, slides.find((slide) => slide.id === 'second-song') as DeckSlide);
    expect(coverageProblems(moved)).toEqual([
      `Claim "second-song" is covered on slide "second-song" (statement, slide ${at + 1}) before claim "cold-war-frame" on slide "what-they-stand-for" (versus, slide ${at + 2}), but the essay makes it later. Fix: put the slides, and the claims on each, in the essay's order.`,
    ]);
  });

  it('names a claim made on a slide of another section', () => {
    const deck = withSlide('eighties-excess', (slide) => ({ ...slide, claims: ['eighties-excess', 'contenders'] }));
    const problems = coverageProblems(deck);
    expect(problems).toContainEqual(
      expect.stringContaining(
        'covers claim "contenders" of section "The verdict" but belongs to "Why the Rocky IV montage',
      ),
    );
  });

  it('names a content slide that declares no claims', () => {
    const deck = withSlide('no-pain', (slide) => ({ ...slide, claims: [] }));
    expect(coverageProblems(deck)).toEqual([
      expect.stringMatching(/^Slide "no-pain" \(quote, slide \d+\) declares no claims\. Fix:/),
    ]);
  });

  it('names a claim id that is not in the outline', () => {
    const deck = withSlide(
      'summit',
      (slide) => ({ ...slide, claims: ['summit', 'the-sunset'] }) as unknown as DeckSlide,
    );
    expect(coverageProblems(deck)).toContainEqual(
      expect.stringContaining('names claim "the-sunset", which is not in the outline'),
    );
  });
});
