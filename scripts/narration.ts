/**
 * Renders the deck's narration audio into assets/narration/ (only slides whose script changed).
 *   npm run narration             render what changed
 *   npm run narration -- --force  render every slide again
 *   npm run narration -- --check  render nothing; list what is out of date and fail if anything is
 */
import { resolve } from 'node:path';
import { ASSETS_DIR, loadDeck } from '../src/build/load-deck.ts';
import { narrationProblems } from '../src/build/narration/cache.ts';
import { narrationTotals, renderNarration } from '../src/build/narration/render-narration.ts';
import { formatDuration } from '../src/model/index.ts';
import { NARRATION_VOICE } from './narration-voice.ts';

const NARRATION_DIR = resolve(ASSETS_DIR, 'narration');
const args = new Set(process.argv.slice(2));

try {
  const deck = loadDeck();
  if (args.has('--check')) {
    const problems = narrationProblems(deck, NARRATION_DIR, NARRATION_VOICE);
    for (const problem of problems) console.error(`- ${problem}`);
    console.log(problems.length === 0 ? 'Narration is up to date.' : `${problems.length} narration problem(s).`);
    process.exit(problems.length === 0 ? 0 : 1);
  }
  const run = await renderNarration(deck, NARRATION_DIR, NARRATION_VOICE, {
    force: args.has('--force'),
    log: (line) => console.log(line),
  });
  const totals = narrationTotals(run.manifest);
  const recordings = Object.keys(run.manifest.recordings);
  console.log(
    `Narration: ${run.rendered.length} slide(s) rendered, ${run.cached.length} unchanged, in ${(run.elapsedMs / 1000).toFixed(1)} s.`,
  );
  console.log(
    `Generated voice: ${formatDuration(totals.seconds)} (${totals.seconds.toFixed(1)} s), ${(totals.bytes / 1000).toFixed(1)} KB, ${totals.kbPerMinute.toFixed(1)} KB per minute.`,
  );
  if (recordings.length > 0) console.log(`Recordings used instead: ${recordings.join(', ')}.`);
  const problems = narrationProblems(deck, NARRATION_DIR, NARRATION_VOICE);
  for (const problem of problems) console.error(`- ${problem}`);
  if (problems.length > 0) process.exit(1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
