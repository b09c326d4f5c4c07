/**
 * Prints the spoken script's length: words and speaking time per slide, per section and in all,
 * at the deck's pace: `npm run script-length [-- --deck PATH]` (default: DECK, else slides/index.ts).
 */
import { parseArgs } from 'node:util';
import { deckPathOrExit } from '../src/build/deck-path.ts';
import { loadDeck } from '../src/build/load-deck.ts';
import { formatDuration } from '../src/model/index.ts';

const { values } = parseArgs({ options: { deck: { type: 'string' } } });
const built = loadDeck(deckPathOrExit('script-length', values.deck));
const { wordsPerMinute } = built.config;
const minutes = (words: number) => formatDuration((words / wordsPerMinute) * 60);

for (const section of built.sections) {
  const placed = built.slides.filter((slide) => slide.section.id === section.id);
  const words = placed.reduce((sum, slide) => sum + slide.words, 0);
  console.log(`${section.heading}: ${words} words, ${minutes(words)}`);
  for (const slide of placed) {
    console.log(
      `  ${String(slide.number).padStart(2)}  ${slide.slide.id.padEnd(24)} ${String(slide.words).padStart(4)} words`,
    );
  }
}
const total = built.slides.reduce((sum, slide) => sum + slide.words, 0);
console.log(
  `\n${built.slides.length} slides, ${total} words: ${minutes(total)} at ${wordsPerMinute} words a minute (speaker-view pacing ${formatDuration(built.totalSeconds)}).`,
);
