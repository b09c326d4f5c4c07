/**
 * Renders the deck's narration audio into its assets' narration/ folder (only slides whose script
 * changed): `npm run narration [-- options]`, see HELP.
 */
import { resolve } from 'node:path';
import { commandDeckPath } from '../src/build/deck-path.ts';
import { loadProjectDeck } from '../src/build/load-deck.ts';
import { narrationProblems } from '../src/build/narration/cache.ts';
import { narrationTotals, renderNarration } from '../src/build/narration/render-narration.ts';
import { narrationVoice } from '../src/build/narration/voice-settings.ts';
import { runCommand } from '../src/cli/command.ts';
import { formatDuration } from '../src/model/index.ts';
import { GENERATED_AUDIO } from '../src/narration/index.ts';

const HELP = `Usage: npm run narration [-- options]

Renders the narration audio of every slide whose script (or the voice settings) changed, keeps
the rest, registers recordings saved as assets/narration/<slide id>.<ext>, removes audio no slide
uses, and writes assets/narration/narration.json. Commit assets/narration afterwards.

Options:
  --check       render and write nothing: list what is out of date, and fail if anything is
  --force       render every slide again, changed or not
  --deck PATH   the deck module to narrate (default: $DECK, else slides/index.ts)
  -h, --help    show this help

Exit status: 0 up to date, 1 out of date or not rendered, 2 bad option.`;

const OPTIONS = {
  deck: { type: 'string', value: 'PATH' },
  force: { type: 'boolean' },
  check: { type: 'boolean' },
} as const;

const COMMAND = {
  name: 'narration',
  options: OPTIONS,
  help: HELP,
  stoppedNote:
    'narration.json is as it was, so the next `npm run narration` renders again what this one had not finished',
} as const;

await runCommand(COMMAND, async (values) => {
  const { deck, assetsDir } = loadProjectDeck(commandDeckPath(values.deck));
  const NARRATION_DIR = resolve(assetsDir, 'narration');
  const NARRATION_VOICE = narrationVoice(deck.pronunciation);
  if (values.check) {
    const problems = narrationProblems(deck, NARRATION_DIR, NARRATION_VOICE);
    for (const problem of problems) console.error(`- ${problem}`);
    console.log(problems.length === 0 ? 'Narration is up to date.' : `${problems.length} narration problem(s).`);
    return problems.length === 0 ? 0 : 1;
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
  return problems.length > 0 ? 1 : 0;
});
