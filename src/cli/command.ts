/**
 * What every command of the project shares (`npm run export`, `narration`, `screenshots`,
 * `script-length`, `test:tools`, …): options read with node:util's parseArgs, `--help`, one line
 * for every mistake, the exit codes, and a quiet Ctrl-C that leaves nothing half-replaced.
 *
 *   const OPTIONS = { deck: { type: 'string', value: 'PATH' }, force: { type: 'boolean' } } as const;
 *   await runCommand({ name: 'narration', options: OPTIONS, help: HELP }, async (options) => { … });
 *
 * A failure the person can fix (a FixableError: a mistake in the deck, a bad value, a busy port)
 * is its message, prefixed with the command's name, and exit status 1 (2 for a UsageError). Any
 * other error is a bug: a line that says so, then its stack.
 */
import { parseArgs } from 'node:util';
import { FixableError, isFixable } from '../model/errors.ts';
import { closest } from '../model/shape.ts';

/** Exit statuses every command uses. */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** Refused or failed; nothing was replaced. */
  failed: 1,
  /** A mistake on the command line. */
  usage: 2,
  /** Stopped by Ctrl-C (128 + SIGINT, as shells report it). */
  interrupted: 130,
  /** Stopped by SIGTERM (128 + 15). */
  terminated: 143,
} as const;

/**
 * A mistake on the command line: an unknown option, a bad value, options that do not go together.
 * Its message says what is wrong; the command adds where its help is.
 */
export class UsageError extends FixableError {
  override readonly name: string = 'UsageError';
  readonly usage = true;
}

/** One option of a command. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** What its value is, as the help and messages show it: `--out DIR`. */
  readonly value?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The options as given: a string or true for each one on the command line, undefined for the rest. */
export type OptionValues<O extends OptionSpecs> = {
  readonly [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

export interface CommandSpec<O extends OptionSpecs> {
  /** The name after `npm run`: messages start with it, and the hint says `npm run <name> -- --help`. */
  readonly name: string;
  /** Every option it takes; `-h` and `--help` are added. */
  readonly options: O;
  /** What `--help` prints. */
  readonly help: string;
  /** What Ctrl-C leaves behind, said as it stops. @defaultValue 'nothing was changed' */
  readonly stoppedNote?: string;
}

/** The hint every usage error ends with. */
export function helpHint(name: string): string {
  return `See \`npm run ${name} -- --help\`.`;
}

export type ParsedCommandLine<O extends OptionSpecs> =
  | { readonly help: true }
  | { readonly help: false; readonly options: OptionValues<O> };

/** Reads a command line (without node and the script): a UsageError for anything it does not take. */
export function parseCommandLine<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  args: readonly string[],
): ParsedCommandLine<O> {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, option]) => [
      name,
      option.short ? { type: option.type, short: option.short } : { type: option.type },
    ]),
  );
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    }).values;
  } catch (error) {
    throw new UsageError(commandLineMistake(spec, error));
  }
  if (values.help === true) return { help: true };
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.trim() === '' && spec.options[name]) {
      throw new UsageError(`--${name} needs a value (--${name} ${spec.options[name].value ?? 'VALUE'}).`);
    }
  }
  return { help: false, options: values as OptionValues<O> };
}

/** parseArgs's complaint as one sentence of ours, with the option meant when a known one is close. */
function commandLineMistake(spec: CommandSpec<OptionSpecs>, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = quoted.replace(/^-+/, '').split('=')[0] ?? '';
    const meant = closest(option, [...Object.keys(spec.options), 'help']);
    return `Unknown option '${quoted}'${meant ? ` (did you mean --${meant}?)` : ''}.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = quoted.replace(/^-+/, '').split(/[\s=]/)[0] ?? '';
    const option = spec.options[name];
    if (option?.type === 'boolean') return `Option '--${name}' takes no value.`;
    return `Option '--${name}' needs a value (--${name} ${option?.value ?? 'VALUE'}).`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `Unexpected argument '${quoted}': npm run ${spec.name} takes options only (pass them after --).`;
  }
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/**
 * Runs a command: reads its options, answers --help, runs `main`, and exits with its status (or
 * EXIT.ok). Every failure ends as described above, and Ctrl-C as described at onStop.
 */
export async function runCommand<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  main: (options: OptionValues<O>) => Promise<number | undefined> | number | undefined,
): Promise<never> {
  trapStopSignals(spec);
  let code: number;
  try {
    const parsed = parseCommandLine(spec, process.argv.slice(2));
    if (parsed.help) {
      console.log(spec.help);
      code = EXIT.ok;
    } else {
      code = (await main(parsed.options)) ?? EXIT.ok;
    }
  } catch (error) {
    // A browser or child killed by the same Ctrl-C fails its caller: that is the stop, not a bug.
    if (stopping) await new Promise(() => {});
    code = reportFailure(spec.name, error);
  }
  process.exit(code);
}

/**
 * For a script whose work is top-level code (the benchmarks): reads its command line as
 * runCommand does (--help, a usage error's line and exit 2, Ctrl-C) and returns its options; a
 * failure left uncaught later is reported as runCommand reports it.
 */
export function commandLine<O extends OptionSpecs>(spec: CommandSpec<O>): OptionValues<O> {
  trapStopSignals(spec);
  const fail = (error: unknown) => {
    if (!stopping) process.exit(reportFailure(spec.name, error));
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  try {
    const parsed = parseCommandLine(spec, process.argv.slice(2));
    if (!parsed.help) return parsed.options;
    console.log(spec.help);
    process.exit(EXIT.ok);
  } catch (error) {
    process.exit(reportFailure(spec.name, error));
  }
}

/** Prints a failure the way every command does, and gives its exit status. */
export function reportFailure(name: string, error: unknown): number {
  if (isFixable(error)) {
    const usage = (error as { usage?: unknown }).usage === true;
    console.error(`${name}: ${error.message}${usage ? ` ${helpHint(name)}` : ''}`);
    return usage ? EXIT.usage : EXIT.failed;
  }
  console.error(
    `${name}: failed unexpectedly. This is a bug in \`npm run ${name}\`, not a mistake in the deck or the command line; the trace below says where it happened.`,
  );
  console.error(error);
  return EXIT.failed;
}

type Cleanup = () => unknown;

const cleanups = new Set<Cleanup>();
let critical = 0;
let stopping = false;
let criticalDone: (() => void) | null = null;
/** How long the clean-ups may take before the command exits anyway. */
const CLEANUP_LIMIT_MS = 5_000;

/**
 * Registers something to undo if the command is stopped (a temporary folder, a lock): Ctrl-C or
 * SIGTERM runs every registered clean-up, newest first, says in one line what was left as it was,
 * and exits (130 or 143). Returns the function that unregisters it, for when the work is done.
 */
export function onStop(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/**
 * Runs work that must not be cut in half (renaming finished files into place): a stop waits for it.
 */
export async function uninterruptible<T>(work: () => Promise<T>): Promise<T> {
  critical += 1;
  try {
    return await work();
  } finally {
    critical -= 1;
    if (critical === 0) criticalDone?.();
  }
}

let trapped = false;

function trapStopSignals(spec: CommandSpec<OptionSpecs>): void {
  if (trapped) return;
  trapped = true;
  const stop = async (signal: 'SIGINT' | 'SIGTERM') => {
    // A second Ctrl-C does not wait for the clean-ups.
    if (stopping) process.exit(signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated);
    stopping = true;
    if (critical > 0) await new Promise<void>((done) => (criticalDone = done));
    const undo = [...cleanups].reverse();
    await Promise.race([
      (async () => {
        for (const cleanup of undo)
          await Promise.resolve()
            .then(cleanup)
            .catch(() => undefined);
      })(),
      new Promise((done) => setTimeout(done, CLEANUP_LIMIT_MS).unref()),
    ]);
    console.error(`${spec.name}: stopped; ${spec.stoppedNote ?? 'nothing was changed'}.`);
    process.exit(signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
