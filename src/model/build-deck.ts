import { layoutOf } from '../layouts/registry.ts';
import { DeckValidationError } from './errors.ts';
import type { SectionInfo } from './sections.ts';
import { countWords, normalizeSpace, scriptParts } from './text.ts';
import { speakingSeconds } from './timing.ts';
import { DEFAULT_DECK_CONFIG, type Deck, type DeckConfig, type DeckSource, type PlacedSlide } from './types.ts';
import { type ValidateOptions, validateDeck } from './validate.ts';

export interface BuildDeckOptions extends ValidateOptions {
  readonly config?: Partial<DeckConfig>;
}

/** Validates the slide modules and places each slide in the deck; throws DeckValidationError. */
export function buildDeck(source: DeckSource, options: BuildDeckOptions = {}): Deck {
  const problems = validateDeck(source, options);
  if (problems.length > 0) throw new DeckValidationError(problems, options.deckFile);

  const config: DeckConfig = { ...DEFAULT_DECK_CONFIG, ...options.config };
  const slides = source.slides.map((slide, index): PlacedSlide => {
    const layout = layoutOf(slide);
    const script = scriptParts(slide.notes).map(normalizeSpace);
    return {
      slide,
      index,
      number: index + 1,
      section: sectionOf(source, slide.section),
      label: layout.label(slide),
      script,
      fragmentSteps: layout.steps(slide),
      words: script.reduce((sum, part) => sum + countWords(part), 0),
      timingSeconds: speakingSeconds(script, config),
    };
  });
  return {
    meta: source.meta,
    sections: source.sections,
    pronunciation: source.pronunciation,
    config,
    slides,
    totalSeconds: slides.reduce((sum, placed) => sum + placed.timingSeconds, 0),
  };
}

function sectionOf(source: DeckSource, id: string): SectionInfo {
  const section = source.sections.find((candidate) => candidate.id === id);
  // Validation refuses a slide of an unknown section first.
  if (!section) throw new Error(`Unknown section "${id}"`);
  return section;
}
