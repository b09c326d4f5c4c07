import type { SectionedSlide } from '../src/model/index.ts';
import type { ClaimId } from './outline.ts';
import type { SectionId } from './sections.ts';

/**
 * A slide of this deck: any layout, in one of the essay's sections, with the claims of the outline
 * it makes, so a misspelt section or an invented claim is a compile error. Slide modules use
 * `satisfies DeckSlide`.
 */
export type DeckSlide = SectionedSlide<SectionId> & {
  /** Claims of the essay's outline this slide makes, in the essay's order. */
  readonly claims?: readonly ClaimId[];
};
