/**
 * Every layout, by name. The registry's type asks for a spec of the right slide type for each
 * member of `Slide`, so a layout added to the union without its module, or a module without its
 * slide type, does not compile.
 */
import { type BulletsSlide, bullets } from './bullets.ts';
import { type ClosingSlide, closing } from './closing.ts';
import { type FigureSlide, figure } from './figure.ts';
import type { LayoutSpec } from './layout-spec.ts';
import { type QuoteSlide, quote } from './quote.ts';
import { type SectionSlide, section } from './section.ts';
import { type StatementSlide, statement } from './statement.ts';
import { type StatsSlide, stats } from './stats.ts';
import { type TimelineSlide, timeline } from './timeline.ts';
import { type TitleSlide, title } from './title.ts';
import { type VersusSlide, versus } from './versus.ts';

/** A slide of any layout: a discriminated union on `layout`. */
export type Slide =
  | TitleSlide
  | SectionSlide
  | StatementSlide
  | StatsSlide
  | BulletsSlide
  | QuoteSlide
  | VersusSlide
  | TimelineSlide
  | FigureSlide
  | ClosingSlide;

export type Layout = Slide['layout'];

/** The slide type of one layout. */
export type SlideOf<L extends Layout> = Extract<Slide, { readonly layout: L }>;

/** A spec for every layout, each for its own slide type. */
export type LayoutRegistry = { readonly [L in Layout]: LayoutSpec<SlideOf<L>> };

export const LAYOUTS = {
  title,
  section,
  statement,
  stats,
  bullets,
  quote,
  versus,
  timeline,
  figure,
  closing,
} as const satisfies LayoutRegistry;

/** The spec of a slide's own layout. */
export function layoutOf<S extends Slide>(slide: S): LayoutSpec<S> {
  // The registry's type pairs each layout with its slide type; TypeScript cannot follow that through an index.
  return LAYOUTS[slide.layout] as unknown as LayoutSpec<S>;
}

/** The words a slide shows, field by field. */
export function visibleText(slide: Slide): readonly string[] {
  return layoutOf(slide).visibleText(slide);
}
