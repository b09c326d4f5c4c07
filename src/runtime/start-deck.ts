import Reveal from 'reveal.js';
import { DeckRuntime, narrationAllowed } from './deck-runtime.ts';
import { LazyNotes } from './lazy-notes.ts';
import { deckData } from './narration/slide-script.ts';
import { isSpeakerViewFrame, prefersReducedMotion, revealOptions } from './reveal-options.ts';
import { type RevealApi, toRevealConfig } from './reveal-types.ts';

/** Starts reveal.js on the built page's `.reveal` and the deck's own controllers beside it. */
export async function startDeck(root = document.querySelector<HTMLElement>('.reveal')): Promise<RevealApi> {
  if (!root) throw new Error('The page has no .reveal element: build the deck with `npm run build`.');
  let runtime: DeckRuntime | null = null;
  const deck = new Reveal(
    root,
    toRevealConfig({
      ...revealOptions(deckData(), {
        reducedMotion: prefersReducedMotion(),
        speakerViewFrame: isSpeakerViewFrame(window.location.search),
      }),
      // Keys belong to the help dialog while it is open, not to the slides behind it.
      keyboardCondition: () => runtime?.keysGoToDeck() ?? true,
      plugins: [LazyNotes],
    }),
  );
  window.Reveal = deck;
  await deck.initialize();
  if (!deck.isSpeakerNotes()) {
    runtime = new DeckRuntime(deck, { narration: narrationAllowed(deck, window.location.search) });
    runtime.bind();
  }
  return deck;
}
