/**
 * `npm run record`: the dev server with the recording studio, on loopback; prints the studio's URL.
 * Runs until Ctrl-C, which closes the server (a take being saved is written whole or not at all).
 */
import { createServer } from 'vite';
import { commandDeckPath } from '../src/build/deck-path.ts';
import { onStop, runCommand } from '../src/cli/command.ts';
import { portValue } from '../src/cli/values.ts';
import { FixableError } from '../src/model/index.ts';
import { STUDIO_PATH } from '../src/narration/take.ts';

/** Vite's own default port, which the studio takes when it is free. */
const DEFAULT_PORT = 5173;

const HELP = `Usage: npm run record [-- options]

Starts the dev server with the recording studio, on 127.0.0.1 only, and prints its URL. Open it in a
browser with a microphone: the slide, its script as a teleprompter, Record, Stop, Play take, Retake.
Each take is saved as assets/narration/<slide id>.<ext> with its part marks; run \`npm run narration\`
afterwards to process and register it. Ctrl-C stops the server.

Options:
  --port N      serve on N (default ${DEFAULT_PORT}, or the next free port)
  --deck PATH   the deck module to record (default: $DECK, else slides/index.ts)
  -h, --help    show this help`;

const COMMAND = {
  name: 'record',
  options: { port: { type: 'string', value: 'N' }, deck: { type: 'string', value: 'PATH' } },
  help: HELP,
  stoppedNote: 'the studio is closed; every take saved is kept',
} as const;

await runCommand(COMMAND, async (values) => {
  const port = portValue('--port', values.port);
  const deck = commandDeckPath(values.deck);
  // vite.config.ts asks the one resolver too, through DECK.
  process.env.DECK = deck.file;
  const server = await createServer({
    // Loopback only: the studio saves files, and answers no other machine.
    server: { host: '127.0.0.1', ...(port ? { port, strictPort: true } : {}) },
    logLevel: 'warn',
  });
  onStop(() => server.close());
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    throw new FixableError(
      `${error instanceof Error ? error.message : String(error)}. Fix: pass a free port with --port N, or stop what uses it.`,
    );
  }
  const local = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port ?? DEFAULT_PORT}/`;
  console.log(`Recording studio for ${deck.file}: ${new URL(STUDIO_PATH, local).href}`);
  // Serves until Ctrl-C: the stop runs the clean-up above and exits.
  return new Promise<number>(() => {});
});
