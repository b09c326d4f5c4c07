import type { DeckData } from '../contract/deck-data.ts';
import type { DeckRevealConfig } from './reveal-types.ts';

/** What reveal.js is told about the deck, from the page's deck data. */
export type DeckDataset = Pick<DeckData, 'totalSeconds' | 'width' | 'height'>;

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** True inside the speaker view's preview frames, which reveal.js loads with `?receiver`. */
export function isSpeakerViewFrame(search: string): boolean {
  return /[?&]receiver\b/i.test(search);
}

export interface RuntimeContext {
  readonly reducedMotion: boolean;
  readonly speakerViewFrame: boolean;
}

/** The deck's reveal.js options: one place, so the presenter's experience is decided here. */
export function revealOptions(data: DeckDataset, context: RuntimeContext): DeckRevealConfig {
  const { reducedMotion, speakerViewFrame } = context;
  return {
    width: data.width,
    height: data.height,
    margin: 0.04,
    center: false,
    display: 'flex',
    // Deep links: #/3 is the slide numbered 3; slides with an id link as #/<id>. The speaker
    // view loads its previews at 0-based #/h/v, so they read the hash the way it writes it.
    hash: true,
    hashOneBasedIndex: !speakerViewFrame,
    respondToHashChanges: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    overview: true,
    // The deck's own jump box (src/runtime/controllers/jump-to-slide.ts) replaces reveal's, whose
    // text search turns what is typed into a regular expression and moves the deck while typing.
    jumpToSlide: false,
    touch: true,
    // reveal.js turns narrow windows (phones, up to 435 px) into a scrolling page by default; this
    // deck stays a deck there too, scaled to the screen, swiped, narrated and deep-linked as anywhere.
    scrollActivationWidth: null,
    navigationMode: 'linear',
    // The deck's own help dialog (src/runtime/controllers/keyboard-help.ts) replaces reveal's.
    help: false,
    hideInactiveCursor: true,
    transition: reducedMotion ? 'none' : 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: reducedMotion ? 'none' : 'fade',
    ...(data.totalSeconds > 0 ? { totalTime: data.totalSeconds } : {}),
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
  };
}
