import type { SectionId, SectionInfo } from './sections.ts';

/** A run of text with light emphasis. Never markup: every string is rendered as text. */
export type Inline = string | { readonly em: string } | { readonly strong: string };
/** Slide text: a plain string, or runs of text with emphasis. */
export type Text = string | readonly Inline[];

/**
 * The spoken script of a slide: what a presenter says aloud.
 * A string is said on arrival. An array splits it by fragment step: the first part is said on
 * arrival and part N as fragment step N appears, so it needs exactly one part per step plus one.
 */
export type Script = string | readonly [string, ...string[]];

interface SlideBase {
  /** Stable kebab-case id; it becomes the `<section id>` and the deep link `#/<id>`. */
  readonly id: string;
  /** The essay section this slide belongs to. Slides follow the essay's section order. */
  readonly section: SectionId;
  /** The spoken script (speaker notes, narration, captions, handout). Required, never empty. */
  readonly notes: Script;
  /** Claims of the essay's outline this slide makes, in the essay's order. */
  readonly claims?: readonly string[];
}

export interface TitleSlide extends SlideBase {
  readonly layout: 'title';
  readonly kicker?: string;
  readonly title: Text;
  readonly subtitle?: Text;
}

/** Opens a section, naming it by the essay's heading. */
export interface SectionSlide extends SlideBase {
  readonly layout: 'section';
  readonly heading: Text;
  readonly lede?: Text;
}

/** One big idea. */
export interface StatementSlide extends SlideBase {
  readonly layout: 'statement';
  readonly kicker?: string;
  readonly statement: Text;
  readonly detail?: Text;
}

export interface BulletsSlide extends SlideBase {
  readonly layout: 'bullets';
  readonly title: Text;
  readonly items: readonly Text[];
  /** `each`: every item is a fragment, revealed one step at a time. */
  readonly reveal?: 'each';
}

export interface QuoteSlide extends SlideBase {
  readonly layout: 'quote';
  /** The quoted words alone, without quotation marks: the renderer adds them. */
  readonly quote: string;
  readonly attribution: {
    /** Who says or wrote it. */
    readonly speaker: string;
    /** Where: a film (with year) or the essay. */
    readonly source?: string;
  };
  readonly context?: Text;
}

export interface VersusSide {
  readonly label: string;
  readonly sublabel?: string;
}

export interface VersusRow {
  /** What the row compares, e.g. "Strength". */
  readonly topic?: string;
  readonly left: Text;
  readonly right: Text;
}

/** Two columns compared row by row. */
export interface VersusSlide extends SlideBase {
  readonly layout: 'versus';
  readonly title: Text;
  readonly left: VersusSide;
  readonly right: VersusSide;
  readonly rows: readonly VersusRow[];
  /** `rows`: a fragment per row. `cells`: left then right, one step each, like intercutting. */
  readonly reveal?: 'rows' | 'cells';
}

export type TimelineUnit = 'seconds' | 'year';

export interface TimelineSpan {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly detail?: string;
}

export interface TimelinePoint {
  readonly at: number;
  readonly label: string;
  readonly detail?: string;
}

/** Labelled points (and optional spans) on a time axis. */
export interface TimelineSlide extends SlideBase {
  readonly layout: 'timeline';
  readonly title: Text;
  readonly axis: { readonly from: number; readonly to: number; readonly unit: TimelineUnit; readonly step: number };
  readonly spans?: readonly TimelineSpan[];
  readonly points: readonly TimelinePoint[];
  /** `each`: every point is a fragment, revealed in time order. */
  readonly reveal?: 'each';
}

/** An SVG from `assets/` inlined into the page (it can use the deck's fonts), or any image by URL. */
export type FigureSource = { readonly svg: string } | { readonly image: string };

export interface FigureSlide extends SlideBase {
  readonly layout: 'figure';
  readonly title?: Text;
  readonly figure: FigureSource;
  /** What the figure shows, for people who cannot see it. Required. */
  readonly alt: string;
  readonly caption?: Text;
}

export interface ClosingSlide extends SlideBase {
  readonly layout: 'closing';
  readonly verdict: Text;
  /** The essay the deck is made from, credited by its title. */
  readonly source: { readonly title: string; readonly note?: string };
  readonly credits?: readonly string[];
}

export type Slide =
  | TitleSlide
  | SectionSlide
  | StatementSlide
  | BulletsSlide
  | QuoteSlide
  | VersusSlide
  | TimelineSlide
  | FigureSlide
  | ClosingSlide;

export type Layout = Slide['layout'];

/** What the deck says about itself: page title, PDF metadata. */
export interface DeckMeta {
  readonly title: string;
  readonly subtitle?: string;
  readonly author: string;
  readonly subject: string;
  readonly lang: string;
}

/** The deck as its author writes it: metadata and the ordered slides. */
export interface DeckSource {
  readonly meta: DeckMeta;
  readonly slides: readonly Slide[];
}

/** A slide with its place in the deck and what is derived from its script. */
export interface PlacedSlide<S extends Slide = Slide> {
  readonly slide: S;
  /** 0-based position. */
  readonly index: number;
  /** 1-based number shown to people. */
  readonly number: number;
  readonly section: SectionInfo;
  /** The script split by fragment step: part 0 on arrival, part N with step N. */
  readonly script: readonly string[];
  /** How many fragment steps the slide has. */
  readonly fragmentSteps: number;
  readonly words: number;
  /** Speaking time at the configured pace, for the speaker view's pacing. */
  readonly timingSeconds: number;
}

/** The validated, placed deck: what the renderer, exporter and tests read. */
export interface Deck {
  readonly meta: DeckMeta;
  readonly config: DeckConfig;
  readonly slides: readonly PlacedSlide[];
  readonly totalSeconds: number;
}

export interface DeckConfig {
  /** Speaking rate used for pacing. @defaultValue 150 */
  readonly wordsPerMinute: number;
  /** Shortest pacing any slide gets, in seconds. @defaultValue 5 */
  readonly minSlideSeconds: number;
  /** Slide size in CSS pixels; 16:9. @defaultValue 1280 */
  readonly width: number;
  /** @defaultValue 720 */
  readonly height: number;
}

export const DEFAULT_DECK_CONFIG: DeckConfig = {
  wordsPerMinute: 150,
  minSlideSeconds: 5,
  width: 1280,
  height: 720,
};
