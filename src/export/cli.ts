/**
 * `npm run export [-- options]`: see HELP in options.ts. Progress goes to stdout, one line a step;
 * a failure is one message on stderr and a non-zero exit, with no PDF replaced.
 */
import { ExportError, UsageError } from './errors.ts';
import { HELP, parseExportArgs } from './options.ts';
import { formatSeconds } from './progress.ts';

const EXIT_NOT_WRITTEN = 1;
const EXIT_USAGE = 2;

async function main(args: readonly string[]): Promise<number> {
  try {
    const { help, options } = parseExportArgs(args);
    if (help) {
      console.log(HELP);
      return 0;
    }
    // Loaded only now, so --help and a mistyped option answer at once.
    const { displayPath, exportDeck } = await import('./export-deck.ts');
    const result = await exportDeck(options, { onLine: (line) => console.log(`export: ${line}`), exitsAfter: true });
    const where = result.files.map((file) => displayPath(file.path)).join(' and ');
    // Counted from the process's start, so start-up is in it too.
    console.log(`export: done in ${formatSeconds(performance.now() / 1000)}: ${where}`);
    return 0;
  } catch (error) {
    if (error instanceof ExportError) {
      console.error(`export: ${error.message}`);
      return error instanceof UsageError ? EXIT_USAGE : EXIT_NOT_WRITTEN;
    }
    console.error('export: failed unexpectedly; no PDF was replaced.');
    console.error(error);
    return EXIT_NOT_WRITTEN;
  }
}

// Exit at once: the PDFs are written (or refused), and the browser needs no goodbye (see exitsAfter).
process.exit(await main(process.argv.slice(2)));
