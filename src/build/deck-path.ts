/**
 * Which deck to build: one module path, `slides/index.ts` unless `DECK=path` (or a command's
 * `--deck PATH`) names another. Everything that builds, serves, exports or narrates a deck asks here.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { FixableError } from '../model/errors.ts';

/** The project's root folder: package.json, index.html, src/, the default deck. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
/** The deck built when nothing names another. */
export const DEFAULT_DECK = 'slides/index.ts';
const MODULE_EXTENSIONS = ['.ts', '.mts', '.js', '.mjs'];

/** A deck module, found. */
export interface DeckPath {
  /** Its path from the project root, with forward slashes: what messages and the built page show. */
  readonly file: string;
  /** Its absolute path. */
  readonly module: string;
}

export class DeckPathError extends FixableError {
  override readonly name = 'DeckPathError';
}

export interface ResolveDeckOptions {
  /** How the path was given, for messages. @defaultValue 'DECK' */
  readonly via?: 'DECK' | '--deck';
  /** @defaultValue PROJECT_ROOT */
  readonly root?: string;
}

/**
 * The deck module at `given` (relative to the project root, or absolute; a folder means its
 * index.ts), or the default deck when nothing is given. Throws DeckPathError naming the path,
 * the problem and the fix.
 */
export function resolveDeckPath(given: string | undefined, options: ResolveDeckOptions = {}): DeckPath {
  const root = options.root ?? PROJECT_ROOT;
  const wanted = given?.trim() ? given.trim() : DEFAULT_DECK;
  const shown = options.via === '--deck' ? `--deck ${wanted}` : `DECK=${wanted}`;
  const fix = `Fix: name a deck module inside the project folder, relative to it, e.g. DECK=${DEFAULT_DECK} (or --deck ${DEFAULT_DECK}).`;
  let module = resolve(root, wanted);
  const fromRoot = relative(root, module);
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    throw new DeckPathError(
      `${shown}: ${module} is outside the project folder (${root}), where the build cannot serve its files. ${fix}`,
    );
  }
  if (existsSync(module) && statSync(module).isDirectory()) {
    const index = resolve(module, 'index.ts');
    if (!existsSync(index)) throw new DeckPathError(`${shown}: the folder ${module} has no index.ts. ${fix}`);
    module = index;
  }
  if (!existsSync(module)) throw new DeckPathError(`${shown}: there is no file ${module}. ${fix}`);
  if (!MODULE_EXTENSIONS.includes(extname(module))) {
    throw new DeckPathError(
      `${shown}: ${module} is not a TypeScript or JavaScript module (${MODULE_EXTENSIONS.join(', ')}). ${fix}`,
    );
  }
  return { file: relative(root, module).split(sep).join('/'), module };
}

/** The deck a command is asked for: its `--deck PATH` if given, else `DECK`, else the default. */
export function commandDeckPath(flag?: string, env: NodeJS.ProcessEnv = process.env): DeckPath {
  return flag === undefined ? resolveDeckPath(env.DECK, { via: 'DECK' }) : resolveDeckPath(flag, { via: '--deck' });
}

/** commandDeckPath for a command line: a bad path is one line on stderr and exit status 1, not a stack trace. */
export function deckPathOrExit(command: string, flag?: string): DeckPath {
  try {
    return commandDeckPath(flag);
  } catch (error) {
    if (!(error instanceof DeckPathError)) throw error;
    console.error(`${command}: ${error.message}`);
    process.exit(1);
  }
}
