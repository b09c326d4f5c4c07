export * from '../layouts/index.ts';
export { type BuildDeckOptions, buildDeck } from './build-deck.ts';
export {
  type DeckProblem,
  DeckValidationError,
  FixableError,
  formatProblem,
  formatProblems,
  isFixable,
} from './errors.ts';
export { outOfOrder } from './order.ts';
export { numberInWords, type Pronunciation, type SpokenForm, spokenText, yearInWords } from './pronunciation.ts';
export type { SectionInfo } from './sections.ts';
export { countWords, inlineText, normalizeSpace, plainText, scriptParts } from './text.ts';
export { formatDuration, speakingSeconds } from './timing.ts';
export * from './types.ts';
export { type ValidateOptions, validateDeck } from './validate.ts';
