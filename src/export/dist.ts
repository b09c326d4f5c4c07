/**
 * The built deck the exporter prints: dist/, reused while it is newer than every file it is built
 * from, rebuilt with Vite otherwise, and served to the browser from 127.0.0.1.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_DECK, PROJECT_ROOT } from '../build/deck-path.ts';
import { onStop, uninterruptible } from '../cli/command.ts';
import { DeckDataError, deckDataInHtml } from '../contract/deck-data.ts';
import { isFixable } from '../model/errors.ts';
import { BuildFailedError, DeckNotBuiltError, DeckProblemsError, PortBusyError } from './errors.ts';
import { type FolderLock, lockFolder } from './folder-lock.ts';
import { type StaticServer, serveFolder } from './static-server.ts';

/** The project's root folder (package.json, slides/, dist/), as the deck path resolver has it. */
export { PROJECT_ROOT };

/** Files and folders the built page is made from, besides the deck's own folder. */
export const BUILD_INPUTS = [
  'index.html',
  'src',
  'assets',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'package.json',
  'package-lock.json',
] as const;

/** Under the inputs but not built into the page: tests, the exporters themselves (PDF and video) and the command-line helpers. */
const NOT_BUILT = ['src/export/', 'src/video/', 'src/cli/'] as const;

function isBuildInput(path: string): boolean {
  return !path.endsWith('.test.ts') && !NOT_BUILT.some((folder) => path.startsWith(folder));
}

export interface DistStatus {
  readonly current: boolean;
  /** Why it is, or is not, current: for the progress line. */
  readonly reason: string;
}

/**
 * Whether dist/index.html holds the deck `deckFile` names and is newer than every build input
 * (the engine's and the deck folder's; a missing input counts as old).
 */
export function distStatus(
  root: string = PROJECT_ROOT,
  distDir: string = resolve(root, 'dist'),
  deckFile: string = DEFAULT_DECK,
): DistStatus {
  const index = join(distDir, 'index.html');
  const shown = `${relative(root, distDir) || '.'}/`;
  if (!existsSync(index)) return { current: false, reason: `${shown} has no built deck yet` };
  const built = builtDeck(index);
  if (built !== deckFile) {
    return {
      current: false,
      reason: built === null ? `${shown} was built by an older engine` : `${shown} holds ${built}, not ${deckFile}`,
    };
  }
  const builtAt = statSync(index).mtimeMs;
  let newest: { path: string; mtimeMs: number } | null = null;
  let files = 0;
  for (const input of [...BUILD_INPUTS, dirname(deckFile)]) {
    for (const path of filesUnder(root, input)) {
      if (!isBuildInput(path)) continue;
      files += 1;
      const { mtimeMs } = statSync(join(root, path));
      if (!newest || mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
    }
  }
  if (newest && newest.mtimeMs > builtAt)
    return { current: false, reason: `${newest.path} changed since the last build` };
  return { current: true, reason: `newer than its ${files} source files` };
}

function filesUnder(root: string, input: string): string[] {
  const path = join(root, input);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [input];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((child) => `${input}/${child.split('\\').join('/')}`)
    .filter((child) => statSync(join(root, child)).isFile());
}

/** The deck module a built page says it holds; null for a page without deck data (an older build). */
export function builtDeck(indexHtml: string): string | null {
  try {
    return deckDataInHtml(readFileSync(indexHtml, 'utf8'), indexHtml)?.deck ?? null;
  } catch (error) {
    if (error instanceof DeckDataError) return null;
    throw error;
  }
}

/** Builds the deck `deckFile` names into dist/ (or `outDir`) with the project's own Vite config. */
export async function buildDist(
  root: string = PROJECT_ROOT,
  deckFile: string = DEFAULT_DECK,
  outDir?: string,
): Promise<void> {
  const { build } = await import('vite');
  // The config builds the deck DECK names, as `DECK=... npm run build` does.
  const previous = process.env.DECK;
  process.env.DECK = deckFile;
  try {
    // Silent: a failure becomes one message; `npm run build` shows the rest.
    await build({
      root,
      configFile: resolve(root, 'vite.config.ts'),
      logLevel: 'silent',
      ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}),
    });
  } catch (error) {
    // A mistake in the deck, as the build names it (the same lines `npm run build` prints).
    if (isFixable(error)) throw new DeckProblemsError(error.message);
    const first = (error as { errors?: { message?: unknown }[] }).errors?.[0]?.message;
    throw new BuildFailedError(
      typeof first === 'string' ? first : error instanceof Error ? error.message : String(error),
    );
  } finally {
    if (previous === undefined) delete process.env.DECK;
    else process.env.DECK = previous;
  }
}

/** A built deck, ready to serve: a copy of dist/ of its own, which no later build can change under it. */
export interface PreparedDist {
  /** The copy to serve. */
  readonly dir: string;
  /** Whether dist/ was current, and why; when it was not, it has been built. */
  readonly status: DistStatus;
  /** Removes the copy. */
  dispose(): Promise<void>;
}

export interface PrepareDistHooks {
  /** Said once when another run holds dist/ and this one waits for it. */
  readonly onWait?: (holder: string) => void;
  /** Said with the status once it is known. */
  readonly onStatus?: (status: DistStatus) => void;
}

/**
 * dist/ holding the deck `deckFile` names, current, as a copy of its own: parallel exports (and
 * videos) take turns at dist/ under a lock, a stale dist/ is built into a fresh folder and swapped
 * in only once the build succeeds (a failed build leaves the old one), and each run prints from
 * its own copy, so a build started by another run never rewrites files this one is reading.
 */
export async function prepareDist(
  root: string,
  distDir: string,
  deckFile: string,
  hooks: PrepareDistHooks = {},
): Promise<PreparedDist> {
  const lock: FolderLock = await lockFolder(distDir, hooks.onWait);
  const unregister = onStop(() => lock.release());
  try {
    const status = distStatus(root, distDir, deckFile);
    hooks.onStatus?.(status);
    if (!status.current) await buildFresh(root, distDir, deckFile);
    const dir = await mkdtemp(join(tmpdir(), `deck-${basename(distDir)}-`));
    const removeCopy = () => rm(dir, { recursive: true, force: true });
    const unregisterCopy = onStop(removeCopy);
    await cp(distDir, dir, { recursive: true });
    const dispose = async () => {
      unregisterCopy();
      await removeCopy();
    };
    return { dir, status, dispose };
  } finally {
    unregister();
    await lock.release();
  }
}

/** Builds into a folder beside dist/ and swaps it in: never a half-built dist/, and never an emptied one. */
async function buildFresh(root: string, distDir: string, deckFile: string): Promise<void> {
  const next = `${distDir}.next-${process.pid}`;
  const old = `${distDir}.old-${process.pid}`;
  const removeNext = () => rm(next, { recursive: true, force: true });
  const unregister = onStop(removeNext);
  try {
    await buildDist(root, deckFile, next);
    await uninterruptible(async () => {
      if (existsSync(distDir)) await rename(distDir, old);
      await rename(next, distDir);
    });
    await rm(old, { recursive: true, force: true });
  } finally {
    unregister();
    await removeNext();
  }
}

export function assertBuilt(distDir: string): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new DeckNotBuiltError(distDir);
}

/** Fails fast, before any build or browser, when a port asked for is taken. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortBusyError(port) : error);
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort()));
  });
}

export type { StaticServer as DeckServer } from './static-server.ts';

/** Serves a built deck on 127.0.0.1 (port 0: any free port). */
export function serveDist(distDir: string, port: number): Promise<StaticServer> {
  return serveFolder(distDir, port);
}
