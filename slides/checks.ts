/**
 * Checks that hold this deck to the essay: every claim covered in the essay's order, sections
 * opened by the essay's headings, a script of talk length that a voice can read, and the essay's
 * slips corrected. Pure: each returns a list of problems (empty when the deck is sound), each
 * naming the slide or claim, what is wrong and how to fix it.
 */
import {
  countWords,
  type Deck,
  formatDuration,
  outOfOrder,
  plainText,
  type Slide,
  scriptParts,
  visibleText,
} from '../src/model/index.ts';
import type { Correction } from './corrections.ts';
import type { DeckSlide } from './deck-slide.ts';
import { CLAIMS, ESSAY_TITLE, OUTLINE } from './outline.ts';
import { SECTIONS, type SectionId, sectionInfo } from './sections.ts';

/** The talk's length in slides and in spoken words (9 to 12 minutes at 150 words a minute). */
export const SLIDE_COUNT = { min: 20, max: 30 } as const;
export const SCRIPT_WORDS = { min: 1400, max: 1800 } as const;

/** Characters a narration voice reads out or mangles; the script spells such things out in words. */
const UNSPEAKABLE = /[~&/#%*_<>|=+@^\\[\]{}]|\d:\d/;
/** A script part is full sentences: it ends as a sentence ends. */
const SENTENCE_END = /[.!?…]["”’)]?$/;
/** A script part must add at least this many words of substance to what its slide shows. */
const MIN_NEW_WORDS = 3;
/** Words too common to count as substance when comparing a script part with its slide. */
const FILLER_WORDS = new Set(
  'a an and are as at be but by for from had has have he her him his in into is it its of on or our she so that the their them then there they this to up was we were what when who will with you'.split(
    ' ',
  ),
);

function where(slide: Slide, index: number): string {
  return `Slide "${slide.id}" (${slide.layout}, slide ${index + 1})`;
}

/**
 * Every claim of the outline is covered by a slide of its section, in the essay's order. Claims
 * out of order are named as few as can be: the ones whose move restores the order, so a slide
 * moved elsewhere is named for its own claims, not for the claims it now sits in front of.
 */
export function coverageProblems(slides: readonly DeckSlide[]): string[] {
  const problems: string[] = [];
  const order = new Map<string, number>(CLAIMS.map((claim, index) => [claim.id, index]));
  const covered = new Set<string>();
  const made: { readonly claim: string; readonly at: number; readonly slide: string }[] = [];

  slides.forEach((slide, index) => {
    const claims: readonly string[] = slide.claims ?? [];
    if (claims.length === 0 && slide.layout !== 'title' && slide.layout !== 'section') {
      problems.push(
        `${where(slide, index)} declares no claims. Fix: list the outline claims it makes in its claims, or cut the slide.`,
      );
    }
    for (const id of claims) {
      const at = order.get(id);
      const claim = CLAIMS[at ?? -1];
      if (at === undefined || !claim) {
        problems.push(
          `${where(slide, index)} names claim "${id}", which is not in the outline. Fix: use an id from slides/outline.ts.`,
        );
        continue;
      }
      if (claim.section !== slide.section) {
        problems.push(
          `${where(slide, index)} covers claim "${id}" of section "${sectionInfo(claim.section).heading}" but belongs to "${sectionInfo(slide.section).heading}". Fix: move the claim to a slide of its section.`,
        );
      }
      made.push({ claim: id, at, slide: where(slide, index).replace('Slide', 'slide') });
      covered.add(id);
    }
  });

  const moved = outOfOrder(made.map((claim) => claim.at));
  const kept = made.filter((_, index) => !moved.has(index));
  for (const index of [...moved].sort((a, b) => a - b)) {
    const claim = made[index];
    if (!claim) continue;
    const earlier = kept.filter((other) => made.indexOf(other) < index).at(-1);
    const later = kept.find((other) => made.indexOf(other) > index);
    const neighbour =
      earlier && earlier.at > claim.at
        ? `after claim "${earlier.claim}" on ${earlier.slide}, but the essay makes it first`
        : `before claim "${later?.claim}" on ${later?.slide}, but the essay makes it later`;
    problems.push(
      `Claim "${claim.claim}" is covered on ${claim.slide} ${neighbour}. Fix: put the slides, and the claims on each, in the essay's order.`,
    );
  }

  for (const claim of CLAIMS) {
    if (!covered.has(claim.id)) {
      problems.push(
        `Claim "${claim.id}" (${sectionInfo(claim.section).heading}: ${claim.claim}) is covered by no slide. Fix: add it to the claims of the slide that makes it, or write that slide.`,
      );
    }
  }
  return problems;
}

/** Straight and curly quotes compare equal, and so does spacing. */
export function normalizeHeading(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** The heading a section's opener must carry: the essay's own, or the deck's label where it has none. */
export function expectedHeading(section: SectionId): string {
  const part = OUTLINE.find((candidate) => candidate.section === section);
  return part?.essayHeading ?? sectionInfo(section).heading;
}

/** A title slide first, an opener naming each section, a closing that credits the essay; 20 to 30 slides. */
export function structureProblems(slides: readonly Slide[]): string[] {
  const problems: string[] = [];
  if (slides.length < SLIDE_COUNT.min || slides.length > SLIDE_COUNT.max) {
    problems.push(
      `The deck has ${slides.length} slides; the talk needs ${SLIDE_COUNT.min} to ${SLIDE_COUNT.max}. Fix: merge or split slides in slides/index.ts.`,
    );
  }
  for (const section of SECTIONS) {
    const index = slides.findIndex((slide) => slide.section === section.id);
    const first = slides[index];
    if (!first) {
      problems.push(`Section "${section.heading}" has no slides. Fix: add its slides to slides/index.ts.`);
      continue;
    }
    if (section.id === 'opening') {
      if (index !== 0 || first.layout !== 'title') {
        problems.push(
          `The deck must open with a title slide, but ${where(first, index).replace('Slide', 'slide')} comes first. Fix: put the title slide first.`,
        );
      }
      continue;
    }
    const heading = expectedHeading(section.id);
    if (first.layout !== 'section') {
      problems.push(
        `Section "${heading}" opens with ${where(first, index).replace('Slide', 'slide')}. Fix: open it with a section slide headed "${heading}".`,
      );
    } else if (normalizeHeading(plainText(first.heading)) !== normalizeHeading(heading)) {
      problems.push(
        `${where(first, index)} opens section "${heading}" but is headed "${plainText(first.heading)}". Fix: use the essay's own heading, "${heading}".`,
      );
    }
  }
  const last = slides.at(-1);
  if (last && (last.layout !== 'closing' || last.source.title !== ESSAY_TITLE)) {
    problems.push(
      `${where(last, slides.length - 1)} ends the deck, but the last slide must be a closing slide crediting the essay "${ESSAY_TITLE}". Fix: end with a closing slide whose source.title is the essay's title.`,
    );
  }
  return problems;
}

/** The script's total words, and its running time at the deck's pace. */
export function scriptLength(deck: Deck): { readonly words: number; readonly seconds: number } {
  const words = deck.slides.reduce((sum, placed) => sum + placed.words, 0);
  return { words, seconds: (words / deck.config.wordsPerMinute) * 60 };
}

/** A talk of 9 to 12 minutes, in full sentences a voice can read, that does not just read the slide out. */
export function scriptProblems(deck: Deck): string[] {
  const problems: string[] = [];
  const { words, seconds } = scriptLength(deck);
  if (words < SCRIPT_WORDS.min || words > SCRIPT_WORDS.max) {
    problems.push(
      `The script is ${words} words (${formatDuration(seconds)} at ${deck.config.wordsPerMinute} words a minute); it must be ${SCRIPT_WORDS.min} to ${SCRIPT_WORDS.max} words. Fix: ${words < SCRIPT_WORDS.min ? 'say more' : 'cut what drags'} in the slides' notes.`,
    );
  }
  deck.slides.forEach(({ slide, script, index }) => {
    const onScreen = new Set(visibleText(slide).flatMap(substanceWords));
    script.forEach((part, step) => {
      const at = `${where(slide, index)}, script part ${step + 1}`;
      const symbol = part.match(UNSPEAKABLE)?.[0];
      if (symbol) {
        problems.push(
          `${at} contains "${symbol}", which a narration voice reads out or mangles. Fix: write it in words ("three minutes forty", "and").`,
        );
      }
      if (!SENTENCE_END.test(part)) {
        problems.push(`${at} does not end as a sentence ends: "${part.slice(-30)}". Fix: write full sentences.`);
      }
      const added = substanceWords(part).filter((word) => !onScreen.has(word));
      if (added.length < MIN_NEW_WORDS) {
        problems.push(
          `${at} only repeats the slide's text ("${part}"). Fix: say what the slide does not show, in words of its own.`,
        );
      }
    });
  });
  return problems;
}

/** The essay's slips appear only where the deck attributes them to the essay, and what is right is said. */
export function correctionProblems(slides: readonly Slide[], corrections: readonly Correction[]): string[] {
  const problems: string[] = [];
  const texts = slides.map((slide) => [...visibleText(slide), ...scriptParts(slide.notes)]);
  for (const correction of corrections) {
    const { wrong } = correction;
    if (wrong) {
      slides.forEach((slide, index) => {
        for (const sentence of (texts[index] ?? []).flatMap(sentences)) {
          if (wrong.test(sentence) && !/\bessay\b/i.test(sentence)) {
            problems.push(
              `${where(slide, index)} repeats the essay's slip without saying so: "${sentence}" Fix: ${correction.right}`,
            );
          }
        }
      });
    }
    if (!texts.flat().some((text) => correction.says.test(text))) {
      problems.push(
        `No slide says what is right where the essay says: ${correction.essay} Fix: say it in a slide or its script: ${correction.right}`,
      );
    }
  }
  return problems;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…]["”’)]?)\s+/).filter((sentence) => countWords(sentence) > 0);
}

/** The words of a text that carry meaning, lower-cased, without punctuation or filler. */
function substanceWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !FILLER_WORDS.has(word));
}
