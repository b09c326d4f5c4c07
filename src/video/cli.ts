/**
 * `npm run video [-- options]`: see HELP in options.ts. Progress goes to stdout, one line a step;
 * a failure is one message on stderr and a non-zero exit, with no file replaced.
 */
import { ExportError, UsageError } from '../export/errors.ts';
import { formatSeconds } from '../export/progress.ts';
import { VideoStoppedError } from './errors.ts';
import { HELP, parseVideoArgs } from './options.ts';

const EXIT_NOT_WRITTEN = 1;
const EXIT_USAGE = 2;
/** 128 + SIGINT, as shells report a command stopped with Ctrl-C. */
const EXIT_STOPPED = 130;

async function main(args: readonly string[]): Promise<number> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const { help, options } = parseVideoArgs(args);
    if (help) {
      console.log(HELP);
      return 0;
    }
    // Loaded only now, so --help and a mistyped option answer at once.
    const [{ makeVideo }, { displayPath }] = await Promise.all([
      import('./make-video.ts'),
      import('../export/export-deck.ts'),
    ]);
    const result = await makeVideo(options, {
      onLine: (line) => console.log(`video: ${line}`),
      exitsAfter: true,
      signal: stop.signal,
    });
    // Counted from the process's start, so start-up is in it too.
    console.log(`video: done in ${formatSeconds(performance.now() / 1000)}: ${displayPath(result.video.path)}`);
    return 0;
  } catch (error) {
    if (error instanceof ExportError) {
      console.error(`video: ${error.message}`);
      if (error instanceof VideoStoppedError) return EXIT_STOPPED;
      return error instanceof UsageError ? EXIT_USAGE : EXIT_NOT_WRITTEN;
    }
    console.error('video: failed unexpectedly; no file was replaced.');
    console.error(error);
    return EXIT_NOT_WRITTEN;
  }
}

// Exit at once: the files are written (or refused), and the browser needs no goodbye (see exitsAfter).
process.exit(await main(process.argv.slice(2)));
