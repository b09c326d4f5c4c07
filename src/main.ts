import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme/fonts.css';
import './theme/deck.css';
import './theme/narration.css';
import './theme/print.css';
import { afterFirstPaint } from './runtime/first-paint.ts';
import { startDeck } from './runtime/start-deck.ts';

afterFirstPaint()
  .then(() => startDeck())
  .catch((error: unknown) => {
    console.error('The deck could not start:', error);
  });
