import type { RevealApi, RevealConfig } from 'reveal.js';

/**
 * reveal.js 6.0.2 ships types with gaps; the missing options are added here, in one place.
 * `showNotes` accepts 'separate-page' (print view); `totalTime` and `minimumTimePerSlide` drive pacing;
 * `scrollActivationWidth: null` turns off the automatic scroll view (documented, typed number only).
 */
export type DeckRevealConfig = Omit<RevealConfig, 'showNotes' | 'defaultTiming' | 'scrollActivationWidth'> & {
  showNotes?: boolean | 'separate-page';
  defaultTiming?: number | null;
  scrollActivationWidth?: number | null;
  totalTime?: number;
  minimumTimePerSlide?: number;
};

export type { RevealApi };

declare global {
  interface Window {
    /** The deck's reveal.js instance, where DeckTape, plugins and console users look for it. */
    Reveal?: RevealApi;
  }
}

/** The one cast from the deck's fuller option type to reveal.js's declared one. */
export function toRevealConfig(config: DeckRevealConfig): RevealConfig {
  return config as unknown as RevealConfig;
}
