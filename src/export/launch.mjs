/**
 * `npm run export` (and `npm run video`, through src/video/launch.mjs): runs a CLI bundled to plain
 * JavaScript, so Node starts it without the tsx loader (about half a second a run). Bundles live in
 * node_modules/.cache/<name>, rebuilt with esbuild whenever one of their sources is newer.
 *
 * Each bundle is a folder of its own that is never rewritten, and `current.json` names the one to
 * run, replaced whole: runs started at once that all find the bundle stale each build one, and
 * none loads a chunk (the video loads its work lazily) from a folder another has just replaced.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');
/** A bundle older than this is no longer run by anyone, and is removed when a new one is made. */
const OLD_BUNDLE_MS = 60 * 60_000;

/** The bundle `current.json` names, while no file it was built from (esbuild's own list) is newer. */
function currentBundle(cacheDir) {
  try {
    const { dir } = JSON.parse(readFileSync(join(cacheDir, 'current.json'), 'utf8'));
    const bundleDir = join(cacheDir, dir);
    const builtAt = statSync(join(bundleDir, 'inputs.json')).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(bundleDir, 'inputs.json'), 'utf8'));
    const current = inputs.every((input) => existsSync(input) && statSync(input).mtimeMs <= builtAt);
    return current ? bundleDir : null;
  } catch {
    return null;
  }
}

async function bundle(sourceFile, cacheDir) {
  const { build } = await import('esbuild');
  const dir = `${Date.now()}-${process.pid}`;
  const bundleDir = join(cacheDir, dir);
  const result = await build({
    entryPoints: [sourceFile],
    outdir: bundleDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    // Each module finds the project from its own folder, which the bundle is not in; every CLI
    // sits two folders below the root (src/<room>/cli.ts), as do the modules it finds it from.
    define: { 'import.meta.dirname': JSON.stringify(resolve(sourceFile, '..')) },
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(input));
  writeFileSync(join(bundleDir, 'inputs.json'), JSON.stringify(inputs));
  const pointer = join(cacheDir, `current.json.${process.pid}`);
  writeFileSync(pointer, JSON.stringify({ dir }));
  renameSync(pointer, join(cacheDir, 'current.json'));
  for (const old of readdirSync(cacheDir)) {
    const path = join(cacheDir, old);
    if (old !== dir && statSync(path).isDirectory() && Date.now() - statSync(path).mtimeMs > OLD_BUNDLE_MS) {
      rmSync(path, { recursive: true, force: true });
    }
  }
  return bundleDir;
}

/** Runs `sourceFile` (a CLI in TypeScript) from its bundle in node_modules/.cache/<cacheName>. */
export async function runBundled(sourceFile, cacheName) {
  const cacheDir = resolve(ROOT, 'node_modules/.cache', cacheName);
  mkdirSync(cacheDir, { recursive: true });
  const bundleDir = currentBundle(cacheDir) ?? (await bundle(sourceFile, cacheDir));
  await import(pathToFileURL(join(bundleDir, 'cli.mjs')).href);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await runBundled(join(import.meta.dirname, 'cli.ts'), 'deck-export');
}
