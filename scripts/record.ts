/**
 * `npm run record`: the dev server with the recording studio, on loopback; prints the studio's URL.
 *   npm run record -- --port N      serve on N (default 5173, or the next free port)
 *   npm run record -- --deck PATH   another deck than DECK, else slides/index.ts
 */
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { deckPathOrExit } from '../src/build/deck-path.ts';
import { STUDIO_PATH } from '../src/narration/take.ts';

const EXIT_USAGE = 2;
const USAGE = 'Usage: npm run record -- [--port N] [--deck PATH]';

/** The command's options, all read here (one place, for the shared command module to take over). */
function recordOptions(): { port: number | undefined; deck: string | undefined } {
  try {
    const { values } = parseArgs({
      options: { port: { type: 'string' }, deck: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      console.log(`${USAGE}\nStarts the dev server with the recording studio and prints its URL.`);
      process.exit(0);
    }
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65_536)) {
      throw new Error(`--port ${values.port} is not a port number`);
    }
    return { port, deck: values.deck };
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).replace(/\.?$/, '.');
    console.error(`record: ${reason} Fix: ${USAGE.replace('Usage: ', '')} (--port a whole number from 1 to 65535).`);
    process.exit(EXIT_USAGE);
  }
}

const options = recordOptions();
const deck = deckPathOrExit('record', options.deck);
// vite.config.ts asks the one resolver too, through DECK.
process.env.DECK = deck.file;
const server = await createServer({
  // Loopback only: the studio saves files, and answers no other machine.
  server: { host: '127.0.0.1', ...(options.port ? { port: options.port, strictPort: true } : {}) },
  logLevel: 'warn',
});
try {
  await server.listen();
} catch (error) {
  console.error(
    `record: ${error instanceof Error ? error.message : error}. Fix: pass a free port with --port N, or stop what uses it.`,
  );
  process.exit(1);
}
const local = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${options.port ?? 5173}/`;
console.log(`Recording studio for ${deck.file}: ${new URL(STUDIO_PATH, local).href}`);
const close = () => {
  server.close().finally(() => process.exit(0));
};
process.on('SIGINT', close);
process.on('SIGTERM', close);
