import type { Slide } from '../layouts/registry.ts';
import type { Pronunciation } from './pronunciation.ts';
import type { SectionInfo } from './sections.ts';

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

/** What every slide has, whatever its layout (src/layouts/ adds the rest). */
export interface SlideBase {
  /** Stable kebab-case id; it becomes the `<section id>` and the deep link `#/<id>`. */
  readonly id: string;
  /** The id of the deck section it belongs to; slides follow the sections' order. */
  readonly section: string;
  /** The spoken script (speaker notes, narration, captions, handout). Required, never empty. */
  readonly notes: Script;
}

/** What the deck says about itself: page title, PDF metadata. */
export interface DeckMeta {
  readonly title: string;
  readonly subtitle?: string;
  readonly author: string;
  readonly subject: string;
  readonly lang: string;
}

/** A deck as its module writes it: metadata, its sections, how its words are said, and its slides in order. */
export interface DeckSource {
  readonly meta: DeckMeta;
  /** The deck's sections, in order; every slide names one, and every one has slides. */
  readonly sections: readonly SectionInfo[];
  /** Spoken forms for the narration voices; captions and print keep the written words. */
  readonly pronunciation: Pronunciation;
  readonly slides: readonly Slide[];
  /** The folder of the deck's figures and narration, relative to its module. @defaultValue 'assets' */
  readonly assets?: string;
}

/** A slide whose section must be one of a deck's own section ids: a misspelt section does not compile. */
export type SectionedSlide<SectionId extends string> = Slide & { readonly section: SectionId };

/** A slide with its place in the deck and what is derived from its script. */
export interface PlacedSlide<S extends SlideBase = Slide> {
  readonly slide: S;
  /** 0-based position. */
  readonly index: number;
  /** 1-based number shown to people. */
  readonly number: number;
  readonly section: SectionInfo;
  /** Its name, from its layout: its accessible name, PDF bookmark and handout label. */
  readonly label: string;
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
  readonly sections: readonly SectionInfo[];
  readonly pronunciation: Pronunciation;
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
