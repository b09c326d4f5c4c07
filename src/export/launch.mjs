/**
 * `npm run export` (and `npm run video`, through src/video/launch.mjs): runs a CLI bundled to plain
 * JavaScript, so Node starts it without the tsx loader (about half a second a run). Each bundle
 * lives in node_modules/.cache/<name> and is rebuilt with esbuild whenever one of its sources is newer.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');

/** The bundle is current while no file it was built from (esbuild's own list) is newer than it. */
function bundleIsCurrent(entry, inputsFile) {
  if (!existsSync(entry) || !existsSync(inputsFile)) return false;
  const builtAt = statSync(inputsFile).mtimeMs;
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  return inputs.every((input) => existsSync(input) && statSync(input).mtimeMs <= builtAt);
}

async function bundle(sourceFile, bundleDir) {
  const { build } = await import('esbuild');
  // Built beside the old bundle and swapped in whole, so a run never loads half of each.
  const staging = `${bundleDir}.${process.pid}`;
  const result = await build({
    entryPoints: [sourceFile],
    outdir: staging,
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
  writeFileSync(join(staging, 'inputs.json'), JSON.stringify(inputs));
  rmSync(bundleDir, { recursive: true, force: true });
  renameSync(staging, bundleDir);
}

/** Runs `sourceFile` (a CLI in TypeScript) from its bundle in node_modules/.cache/<cacheName>. */
export async function runBundled(sourceFile, cacheName) {
  const bundleDir = resolve(ROOT, 'node_modules/.cache', cacheName);
  const entry = join(bundleDir, 'cli.mjs');
  if (!bundleIsCurrent(entry, join(bundleDir, 'inputs.json'))) await bundle(sourceFile, bundleDir);
  await import(pathToFileURL(entry).href);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await runBundled(join(import.meta.dirname, 'cli.ts'), 'deck-export');
}
