import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme/fonts.css';
import './theme/deck.css';
import './theme/narration.css';
import './theme/print.css';
import { startDeck } from './runtime/start-deck.ts';

startDeck().catch((error: unknown) => {
  console.error('The deck could not start:', error);
});
