import type { Slide } from '../src/model/index.ts';
import type { ClaimId } from './outline.ts';

/**
 * A slide of this deck: any layout, with `claims` narrowed to the outline's claim ids, so a
 * misspelt or invented claim is a compile error. Slide modules use `satisfies DeckSlide`.
 */
export type DeckSlide = Slide & { readonly claims?: readonly ClaimId[] };
