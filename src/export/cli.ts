/**
 * `npm run export [-- options]`: see HELP in options.ts. Progress goes to stdout, one line a step;
 * a failure is one message on stderr and a non-zero exit, with no PDF replaced.
 */
import { runCommand } from '../cli/command.ts';
import { EXPORT_COMMAND, exportOptions } from './options.ts';
import { formatSeconds } from './progress.ts';

await runCommand(EXPORT_COMMAND, async (values) => {
  const options = exportOptions(values);
  // Loaded only now, so --help and a mistyped option answer at once.
  const { displayPath, exportDeck } = await import('./export-deck.ts');
  const result = await exportDeck(options, { onLine: (line) => console.log(`export: ${line}`), exitsAfter: true });
  const where = result.files.map((file) => displayPath(file.path)).join(' and ');
  // Counted from the process's start, so start-up is in it too.
  console.log(`export: done in ${formatSeconds(performance.now() / 1000)}: ${where}`);
  // The command exits at once: the browser needs no goodbye (see exitsAfter).
  return 0;
});
