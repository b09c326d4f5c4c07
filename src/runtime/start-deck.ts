import Reveal from 'reveal.js';
import { KeyboardHelp } from './controllers/keyboard-help.ts';
import { NARRATION_SHORTCUTS, NarrationController, narrationAllowed } from './controllers/narration.ts';
import { LazyNotes } from './lazy-notes.ts';
import { deckData } from './narration/slide-script.ts';
import { isSpeakerViewFrame, prefersReducedMotion, revealOptions } from './reveal-options.ts';
import { type RevealApi, toRevealConfig } from './reveal-types.ts';

/** Starts reveal.js on the built page's `.reveal` and wires the deck's controllers. */
export async function startDeck(root = document.querySelector<HTMLElement>('.reveal')): Promise<RevealApi> {
  if (!root) throw new Error('The page has no .reveal element: build the deck with `npm run build`.');
  const deck = new Reveal(
    root,
    toRevealConfig({
      ...revealOptions(deckData(), {
        reducedMotion: prefersReducedMotion(),
        speakerViewFrame: isSpeakerViewFrame(window.location.search),
      }),
      // Keys belong to the help dialog while it is open, not to the slides behind it.
      keyboardCondition: () => !help.isOpen(),
      plugins: [LazyNotes],
    }),
  );
  let narration: NarrationController | null = null;
  // The help dialog covers the slide, and its keys are its own: narration pauses while it is open.
  const help = new KeyboardHelp(deck, { onOpen: () => narration?.pause() });
  window.Reveal = deck;
  await deck.initialize();
  if (!deck.isSpeakerNotes()) help.bind();
  if (narrationAllowed(deck, window.location.search)) {
    narration = new NarrationController(deck);
    narration.bind();
    help.addShortcuts('Narration', NARRATION_SHORTCUTS);
  }
  return deck;
}
