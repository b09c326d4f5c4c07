export type { BulletsSlide } from './bullets.ts';
export type { ClosingSlide } from './closing.ts';
export type { FigureSlide, FigureSource } from './figure.ts';
export type { CheckContext, LayoutSpec, RenderContext, RenderedSection, Report } from './layout-spec.ts';
export type { QuoteSlide } from './quote.ts';
export {
  LAYOUTS,
  type Layout,
  type LayoutRegistry,
  layoutOf,
  type Slide,
  type SlideOf,
  visibleText,
} from './registry.ts';
export type { SectionSlide } from './section.ts';
export type { StatementSlide } from './statement.ts';
export type { Stat, StatsSlide } from './stats.ts';
export {
  describeTimeline,
  formatAxisValue,
  type TimelinePoint,
  type TimelineSlide,
  type TimelineSpan,
  type TimelineUnit,
} from './timeline.ts';
export type { TitleSlide } from './title.ts';
export type { VersusRow, VersusSide, VersusSlide } from './versus.ts';
