/**
 * Prints the spoken script's length: words and speaking time per slide, per section and in all,
 * at the deck's pace: `npm run script-length [-- --deck PATH]` (default: DECK, else slides/index.ts).
 */
import { commandDeckPath } from '../src/build/deck-path.ts';
import { loadDeck } from '../src/build/load-deck.ts';
import { runCommand } from '../src/cli/command.ts';
import { formatDuration } from '../src/model/index.ts';

const HELP = `Usage: npm run script-length [-- options]

Prints the words of the spoken script (the slides' notes) and the time they take to say at the
deck's pace, for every slide, every section and the whole talk.

Options:
  --deck PATH   the deck module to measure (default: $DECK, else slides/index.ts)
  -h, --help    show this help`;

await runCommand(
  { name: 'script-length', options: { deck: { type: 'string', value: 'PATH' } }, help: HELP },
  (values) => {
    const built = loadDeck(commandDeckPath(values.deck));
    const { wordsPerMinute } = built.config;
    const spoken = (words: number) => formatDuration((words / wordsPerMinute) * 60);
    const idWidth = Math.max(...built.slides.map((slide) => slide.slide.id.length));

    for (const section of built.sections) {
      const placed = built.slides.filter((slide) => slide.section.id === section.id);
      const words = placed.reduce((sum, slide) => sum + slide.words, 0);
      console.log(`${section.heading}: ${words} words, ${spoken(words)}`);
      for (const slide of placed) {
        console.log(
          `  ${String(slide.number).padStart(2)}  ${slide.slide.id.padEnd(idWidth)}  ${String(slide.words).padStart(4)} words  ${spoken(slide.words).padStart(5)}`,
        );
      }
    }
    const total = built.slides.reduce((sum, slide) => sum + slide.words, 0);
    console.log(
      `\n${built.slides.length} slides, ${total} words: ${spoken(total)} at ${wordsPerMinute} words a minute (speaker-view pacing ${formatDuration(built.totalSeconds)}).`,
    );
    return 0;
  },
);
