/**
 * Loads a deck module (TypeScript, with whatever it imports) in Node, at build time: esbuild
 * bundles it to one CommonJS file, which is required, so loading stays synchronous and every load
 * reads the files as they are now (the dev server reloads the deck on every save).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { buildSync } from 'esbuild';
import { type BuildDeckOptions, buildDeck, type Deck, type DeckSource, FixableError } from '../model/index.ts';
import { type AssetResolver, renderDeck, trusted } from '../render/index.ts';
import { commandDeckPath, type DeckPath, PROJECT_ROOT } from './deck-path.ts';
import { prepareInlineSvg } from './svg-asset.ts';

export { PROJECT_ROOT } from './deck-path.ts';
/** The engine's own assets (the favicon), and the default deck's. */
export const ASSETS_DIR = resolve(PROJECT_ROOT, 'assets');
/** A deck's assets folder, relative to its module, when the deck does not name one. */
const DEFAULT_ASSETS = 'assets';
const BUNDLE_DIR = resolve(PROJECT_ROOT, 'node_modules/.cache/deck-modules');

export class DeckModuleError extends FixableError {
  override readonly name = 'DeckModuleError';
}

/** A deck module, loaded and validated. */
export interface LoadedDeck {
  readonly path: DeckPath;
  readonly deck: Deck;
  /** The folder of its figures and narration. */
  readonly assetsDir: string;
  /** Every file the module is made of (itself and what it imports), for the dev server to watch. */
  readonly inputs: readonly string[];
}

/** The module's `deck`, as written, and the files it was made from. */
export function loadDeckSource(path: DeckPath): { readonly source: DeckSource; readonly inputs: readonly string[] } {
  const built = bundle(path);
  const require = createRequire(import.meta.url);
  // One file per deck module, required afresh: a load always runs the code as it is now.
  const file = resolve(BUNDLE_DIR, `${createHash('sha256').update(path.module).digest('hex').slice(0, 16)}.cjs`);
  mkdirSync(BUNDLE_DIR, { recursive: true });
  // Written whole, then renamed into place: another process loading the same deck never reads half a file.
  const staging = `${file}.${process.pid}`;
  writeFileSync(staging, built.code);
  renameSync(staging, file);
  delete require.cache[file];
  let exports: { deck?: unknown };
  try {
    exports = require(file) as { deck?: unknown };
  } catch (error) {
    throw new DeckModuleError(
      `${path.file}: it failed while loading (${error instanceof Error ? error.message : String(error)}). Fix: correct the module so it runs.`,
    );
  }
  return { source: checkedSource(exports.deck, path), inputs: built.inputs };
}

/** The deck `path` names (DECK, or the default), validated with its figures checked against its assets. */
export function loadProjectDeck(path: DeckPath = commandDeckPath(), options: BuildDeckOptions = {}): LoadedDeck {
  const { source, inputs } = loadDeckSource(path);
  const assetsDir = resolve(dirname(path.module), typeof source.assets === 'string' ? source.assets : DEFAULT_ASSETS);
  const fromRoot = relative(PROJECT_ROOT, assetsDir);
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    throw new DeckModuleError(
      `${path.file}: its assets folder ${assetsDir} is outside the project folder, where the build cannot serve it. Fix: keep the deck's assets inside the project, and name the folder relative to the deck module.`,
    );
  }
  const deck = buildDeck(source, {
    assetExists: (asset) => existsSync(resolve(assetsDir, asset)),
    deckFile: path.file,
    ...options,
  });
  return { path, deck, assetsDir, inputs };
}

/** The validated deck `path` names (DECK, or the default). */
export function loadDeck(path?: DeckPath): Deck {
  return loadProjectDeck(path).deck;
}

/** Reads assets from disk; image URLs are relative, so the built deck works from any sub-path. */
export function fileAssetResolver(assetsDir = ASSETS_DIR): AssetResolver {
  const url = relative(PROJECT_ROOT, assetsDir).split(sep).join('/');
  return {
    inlineSvg: (path) => trusted(prepareInlineSvg(path, readFileSync(resolve(assetsDir, path), 'utf8'))),
    assetUrl: (path) => `./${url}/${path}`,
  };
}

/** The slides' HTML of a deck (by default the one DECK names), its figures read from its assets. */
export function renderProjectDeck(loaded: Pick<LoadedDeck, 'deck' | 'assetsDir'> = loadProjectDeck()): string {
  return renderDeck(loaded.deck, fileAssetResolver(loaded.assetsDir));
}

function bundle(path: DeckPath): { readonly code: string; readonly inputs: readonly string[] } {
  let result: ReturnType<typeof buildSync<{ write: false; metafile: true }>>;
  try {
    result = buildSync({
      entryPoints: [path.module],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: PROJECT_ROOT,
    });
  } catch (error) {
    const [first] =
      (error as { errors?: { text: string; location?: { file: string; line: number; column: number } }[] }).errors ??
      [];
    const where = first?.location ? `${first.location.file}:${first.location.line}:${first.location.column}: ` : '';
    throw new DeckModuleError(
      `${path.file}: it does not compile (${where}${first?.text ?? String(error)}). Fix: correct that line; \`npm run typecheck\` shows every type error too.`,
    );
  }
  const [output] = result.outputFiles;
  if (!output) throw new DeckModuleError(`${path.file}: esbuild wrote nothing for it. Fix: check that it is a module.`);
  return {
    code: output.text,
    inputs: Object.keys(result.metafile.inputs).map((input) => resolve(PROJECT_ROOT, input)),
  };
}

/** The module's `deck`, if it exports one; the model's validation checks its shape and the rest. */
function checkedSource(deck: unknown, path: DeckPath): DeckSource {
  if (typeof deck !== 'object' || deck === null) {
    throw new DeckModuleError(
      `${path.file}: it exports no \`deck\`. Fix: export const deck = { meta, sections, pronunciation, slides } satisfies DeckSource from ${path.file}.`,
    );
  }
  return deck as DeckSource;
}
