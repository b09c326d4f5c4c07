/**
 * Runs the rows of the mistakes table through the code the project's commands run: a row's deck
 * is a real deck module in a scratch folder (the essay deck, changed by the row), loaded and
 * checked as `vite build` checks it; a command row is the command itself, as a child process.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { type DeckPath, PROJECT_ROOT, resolveDeckPath } from '../src/build/deck-path.ts';
import { checkDeckGlyphs, deckCharacters, themeFonts } from '../src/build/font-subset-plugin.ts';
import { loadProjectDeck, renderProjectDeck } from '../src/build/load-deck.ts';
import { narrationProblems } from '../src/build/narration/cache.ts';
import { narrationVoice } from '../src/build/narration/voice-settings.ts';
import { isFixable } from '../src/model/errors.ts';
import type { CommandOutcome, CommandRow, DeckRow, DevRow, FilesRow, MistakeRow, ThemeRow } from './table.ts';

/** Scratch decks live inside the project: the build serves only the project's files. */
const SCRATCH_DIR = resolve(PROJECT_ROOT, 'node_modules/.cache/deck-mistakes');
/** The essay deck's assets. */
const ESSAY_ASSETS = resolve(PROJECT_ROOT, 'assets');
/** A command row that runs longer than this has hung. */
export const COMMAND_TIMEOUT_MS = 120_000;
/** What a deck row that the checks accept yields. */
export const NO_PROBLEM = '(no problem found)';

/** The row's deck as a module of its own (DECK=that path), and the folder it lives in. */
export function scratchDeck(row: MistakeRow & { readonly change?: unknown }): { path: DeckPath; dir: string } {
  const dir = resolve(SCRATCH_DIR, `${row.id}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const toRoot = relative(dir, PROJECT_ROOT).split(sep).join('/');
  let assets = relative(dir, ESSAY_ASSETS).split(sep).join('/');
  if (row.kind === 'files') {
    cpSync(ESSAY_ASSETS, join(dir, 'assets'), { recursive: true });
    for (const [file, content] of Object.entries(row.files)) {
      mkdirSync(resolve(dir, 'assets', file, '..'), { recursive: true });
      writeFileSync(resolve(dir, 'assets', file), content);
    }
    assets = 'assets';
  }
  // The row's own change, applied to the essay deck as it is written: the table is imported, not copied.
  writeFileSync(
    join(dir, 'index.ts'),
    [
      `import { deck as essay } from '${toRoot}/slides/index.ts';`,
      `import { MISTAKES } from '${toRoot}/mistakes/table.ts';`,
      `const row = MISTAKES.find((candidate) => candidate.id === ${JSON.stringify(row.id)});`,
      "const change = row && 'change' in row && row.change ? row.change : (deck) => deck;",
      `export const deck = { ...change(essay), assets: ${JSON.stringify(assets)} };`,
      '',
    ].join('\n'),
  );
  return { path: resolveDeckPath(relative(PROJECT_ROOT, join(dir, 'index.ts'))), dir };
}

/** The row's message with {deck} spelled out. */
export function expectedMessage(message: string, deckFile: string): string {
  return message.replaceAll('{deck}', deckFile);
}

/**
 * What the build says of a deck or files row, in the order `vite build` checks: the module loaded
 * and validated, its slides rendered (its figures checked), its glyphs; then, for a narration
 * row, the narration folder as `npm run narration -- --check` and the tests check it.
 */
export async function checkRow(row: DeckRow | FilesRow): Promise<{ message: string; deckFile: string }> {
  const { path, dir } = scratchDeck(row);
  try {
    const loaded = loadProjectDeck(path);
    // Rendered once, as the build renders it (its figures checked), and its characters checked.
    await checkDeckGlyphs(loaded, undefined, deckCharacters(renderProjectDeck(loaded)));
    if (row.checkedBy === 'narration') {
      const problems = narrationProblems(
        loaded.deck,
        resolve(loaded.assetsDir, 'narration'),
        narrationVoice(loaded.deck.pronunciation),
      );
      return { message: problems.join('\n') || NO_PROBLEM, deckFile: path.file };
    }
    return { message: NO_PROBLEM, deckFile: path.file };
  } catch (error) {
    if (!isFixable(error)) throw error;
    return { message: error.message, deckFile: path.file };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the font subsetter says of a theme stylesheet changed by the row. */
export function checkThemeRow(row: ThemeRow): string {
  const file = `src/theme/${row.file}`;
  const css = row.change(readFileSync(resolve(PROJECT_ROOT, file), 'utf8'));
  try {
    themeFonts(css, file);
    return NO_PROBLEM;
  } catch (error) {
    if (!isFixable(error)) throw error;
    return error.message;
  }
}

export interface CommandRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The row's deck module, for {deck} in its messages. */
  readonly deckFile: string;
  /** What the command left in the {out} folder. */
  readonly outFiles: readonly string[];
}

export interface CommandRunOptions {
  /** Builds the row's deck into a folder (for {dist}); the Playwright side passes the exporter's build. */
  readonly buildInto?: (deckFile: string, outDir: string) => Promise<void>;
}

/** Runs a command row as a person runs it, `npm run <command> -- args`, in the project. */
export async function runCommandRow(row: CommandRow, options: CommandRunOptions = {}): Promise<CommandRun> {
  const scratch = mkdtempSync(join(tmpdir(), `deck-mistake-${row.id}-`));
  const deck = row.change ? scratchDeck(row) : null;
  try {
    const out = join(scratch, 'out');
    mkdirSync(out);
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    const dist = join(scratch, 'dist');
    if (row.args.includes('{dist}')) {
      if (!options.buildInto) throw new Error(`Row "${row.id}" needs {dist}: pass buildInto.`);
      await options.buildInto(deck?.path.file ?? 'slides/index.ts', dist);
    }
    const args = row.args.map((arg) =>
      arg
        .replaceAll('{out}', out)
        .replaceAll('{file}', file)
        .replaceAll('{dist}', dist)
        .replaceAll('{deck}', deck?.path.file ?? ''),
    );
    const env = { ...process.env, ...(deck ? { DECK: deck.path.file } : {}), ...row.env };
    const before = row.unchanged?.map(snapshot);
    const run = await spawnCommand(row, args, env);
    const after = row.unchanged?.map(snapshot);
    if (before && after && JSON.stringify(before) !== JSON.stringify(after)) {
      throw new Error(
        `Row "${row.id}": the command changed ${row.unchanged?.join(', ')}, which it must leave as it was.`,
      );
    }
    const outFiles = readdirSync(out, { recursive: true, encoding: 'utf8' });
    return { ...run, deckFile: deck?.path.file ?? 'slides/index.ts', outFiles };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    if (deck) rmSync(deck.dir, { recursive: true, force: true });
  }
}

function spawnCommand(row: CommandRow, args: readonly string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done, fail) => {
    // A process group of its own, so a Ctrl-C reaches npm, node and the browser as a terminal's would.
    const child = spawn('npm', ['run', '--silent', row.command, '--', ...args], {
      cwd: PROJECT_ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let interrupted = false;
    const timer = setTimeout(() => {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
      fail(
        new Error(
          `Row "${row.id}": npm run ${row.command} ${args.join(' ')} did not end in ${COMMAND_TIMEOUT_MS / 1000} s.`,
        ),
      );
    }, COMMAND_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (row.interruptAfter && !interrupted && stdout.split('\n').some((line) => row.interruptAfter?.test(line))) {
        interrupted = true;
        process.kill(-(child.pid ?? 0), 'SIGINT');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (row.interruptAfter && !interrupted) {
        fail(
          new Error(
            `Row "${row.id}": no line of stdout matched ${row.interruptAfter}, so it was never interrupted:\n${stdout}`,
          ),
        );
      }
      // Killed by a signal, as npm is by Ctrl-C: the status a shell reports, 128 + its number.
      done({ code: code ?? 128 + (signal ? osConstants.signals[signal] : 0), stdout, stderr });
    });
  });
}

/** Each file under a path of the project with its size and content hash: what "left as it was" compares. */
function snapshot(path: string): string[] {
  const root = resolve(PROJECT_ROOT, path);
  if (!existsSync(root)) return [];
  const files = statSync(root).isDirectory()
    ? readdirSync(root, { recursive: true, encoding: 'utf8' }).map((child) => join(root, child))
    : [root];
  return files
    .filter((file) => statSync(file).isFile())
    .sort()
    .map((file) => `${relative(PROJECT_ROOT, file)} ${createHash('sha256').update(readFileSync(file)).digest('hex')}`);
}

/** `npm run dev` on the row's deck: the error its overlay would show (message and stack). */
export async function devOverlay(
  row: DevRow,
  port: number,
): Promise<{ message: string; stack: string; deckFile: string }> {
  const deck = scratchDeck(row);
  const child = spawn(
    'npm',
    ['run', '--silent', 'dev', '--', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DECK: deck.path.file },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  try {
    await new Promise<void>((ready, fail) => {
      let output = '';
      const timer = setTimeout(() => fail(new Error(`npm run dev did not start in 60 s:\n${output}`)), 60_000);
      const listen = (chunk: Buffer) => {
        output += chunk;
        // Vite sets the port in bold where colours are on (as under CI): read the text without them.
        if (lines(output).some((line) => line.includes(`:${port}/`))) {
          clearTimeout(timer);
          ready();
        }
      };
      child.stdout.on('data', listen);
      child.stderr.on('data', listen);
      child.on('close', () => fail(new Error(`npm run dev ended before it served:\n${output}`)));
    });
    const html = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    const json = /const error = (\{.*\})\n/.exec(html)?.[1];
    if (!json) throw new Error(`The page shows no error overlay:\n${html.slice(0, 400)}`);
    const error = JSON.parse(json) as { message: string; stack: string };
    return { message: error.message, stack: error.stack, deckFile: deck.path.file };
  } finally {
    process.kill(-(child.pid ?? 0), 'SIGTERM');
    rmSync(deck.dir, { recursive: true, force: true });
  }
}

/** Output as lines, without colours and the empty line a stream ends with. */
export function lines(output: string): string[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape that starts an ANSI colour
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').filter((line, index, all) => line !== '' || index < all.length - 1);
}

/**
 * How a command's run differs from its row's outcome, line by line (empty when it is the same):
 * every line of stderr, stdout when the row gives it (a help text by its first line), the status.
 */
export function outcomeMismatches(run: CommandRun, outcome: CommandOutcome): string[] {
  const mismatches: string[] = [];
  const spell = (line: string | RegExp) => (typeof line === 'string' ? expectedMessage(line, run.deckFile) : line);
  const compare = (stream: 'stderr' | 'stdout', actual: readonly string[], expected: readonly (string | RegExp)[]) => {
    const length = Math.max(actual.length, expected.length);
    for (let index = 0; index < length; index++) {
      const want = expected[index];
      const got = actual[index];
      const same = want === undefined ? false : typeof want === 'string' ? got === spell(want) : want.test(got ?? '');
      if (!same)
        mismatches.push(
          `${stream} line ${index + 1}: expected ${want === undefined ? 'no line' : JSON.stringify(String(spell(want)))}, got ${got === undefined ? 'no line' : JSON.stringify(got)}`,
        );
    }
  };
  compare('stderr', lines(run.stderr), outcome.stderr);
  if (outcome.stdout) {
    const [first, ...rest] = outcome.stdout;
    // A help text is checked by its first line: the row says so with a second line of /.*/.
    const helpOnly = first !== undefined && rest.length === 1 && String(rest[0]) === String(/.*/);
    compare(
      'stdout',
      helpOnly ? lines(run.stdout).slice(0, 1) : lines(run.stdout),
      helpOnly ? [first] : outcome.stdout,
    );
  }
  if (outcome.outLeftEmpty && run.outFiles.length > 0)
    mismatches.push(`the output folder holds ${run.outFiles.join(', ')}`);
  if (run.code !== outcome.code) mismatches.push(`exit status: expected ${outcome.code}, got ${run.code}`);
  return mismatches;
}
