/**
 * `npm run video [-- options]`: see HELP in options.ts. Progress goes to stdout, one line a step;
 * a failure is one message on stderr and a non-zero exit, with no file replaced. The command line,
 * the exit statuses and Ctrl-C are the shared command module's (src/cli/command.ts).
 */
import { runCommand } from '../cli/command.ts';
import { formatSeconds } from '../export/progress.ts';
import { VIDEO_COMMAND, videoOptions } from './options.ts';

await runCommand(VIDEO_COMMAND, async (values) => {
  const options = videoOptions(values);
  // Loaded only now, so --help and a mistyped option answer at once.
  const [{ makeVideo }, { displayPath }] = await Promise.all([
    import('./make-video.ts'),
    import('../export/export-deck.ts'),
  ]);
  const result = await makeVideo(options, { onLine: (line) => console.log(`video: ${line}`), exitsAfter: true });
  // Counted from the process's start, so start-up is in it too.
  console.log(`video: done in ${formatSeconds(performance.now() / 1000)}: ${displayPath(result.video.path)}`);
  // The command exits at once: the browser needs no goodbye (see exitsAfter).
  return 0;
});
