/**
 * Renders the deck's narration audio into its assets' narration/ folder (only slides whose script changed).
 *   npm run narration             render what changed
 *   npm run narration -- --force  render every slide again
 *   npm run narration -- --check  render nothing; list what is out of date and fail if anything is
 *   npm run narration -- --deck PATH   another deck than DECK, else slides/index.ts
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deckPathOrExit } from '../src/build/deck-path.ts';
import { loadProjectDeck } from '../src/build/load-deck.ts';
import { narrationProblems } from '../src/build/narration/cache.ts';
import { narrationTotals, renderNarration } from '../src/build/narration/render-narration.ts';
import { narrationVoice } from '../src/build/narration/voice-settings.ts';
import { formatDuration } from '../src/model/index.ts';
import { GENERATED_AUDIO } from '../src/narration/index.ts';

const EXIT_USAGE = 2;
const values = (() => {
  try {
    return parseArgs({ options: { deck: { type: 'string' }, force: { type: 'boolean' }, check: { type: 'boolean' } } })
      .values;
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).replace(/\.?$/, '.');
    console.error(`narration: ${reason} Fix: use --force, --check or --deck PATH.`);
    process.exit(EXIT_USAGE);
  }
})();
const path = deckPathOrExit('narration', values.deck);

try {
  const { deck, assetsDir } = loadProjectDeck(path);
  const NARRATION_DIR = resolve(assetsDir, 'narration');
  const NARRATION_VOICE = narrationVoice(deck.pronunciation);
  if (values.check) {
    const problems = narrationProblems(deck, NARRATION_DIR, NARRATION_VOICE);
    for (const problem of problems) console.error(`- ${problem}`);
    console.log(problems.length === 0 ? 'Narration is up to date.' : `${problems.length} narration problem(s).`);
    process.exit(problems.length === 0 ? 0 : 1);
  }
  const run = await renderNarration(deck, NARRATION_DIR, NARRATION_VOICE, {
    force: values.force === true,
    log: (line) => console.log(line),
  });
  const recordings = Object.keys(run.manifest.recordings);
  console.log(
    `Narration: ${run.rendered.length} slide(s) rendered, ${run.cached.length} unchanged, in ${(run.elapsedMs / 1000).toFixed(1)} s.`,
  );
  for (const { type, extension } of GENERATED_AUDIO) {
    const totals = narrationTotals(run.manifest, type);
    console.log(
      `Generated voice (${extension}): ${formatDuration(totals.seconds)} (${totals.seconds.toFixed(1)} s), ${(totals.bytes / 1000).toFixed(1)} KB, ${totals.kbPerMinute.toFixed(1)} KB per minute.`,
    );
  }
  if (recordings.length > 0) console.log(`Recordings used instead: ${recordings.join(', ')}.`);
  const problems = narrationProblems(deck, NARRATION_DIR, NARRATION_VOICE);
  for (const problem of problems) console.error(`- ${problem}`);
  if (problems.length > 0) process.exit(1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
