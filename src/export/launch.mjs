/**
 * `npm run export`: runs the exporter (cli.ts) bundled to plain JavaScript, so Node starts it
 * without the tsx loader (about half a second an export). The bundle lives in
 * node_modules/.cache/deck-export and is rebuilt with esbuild whenever one of its sources is newer.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SOURCE_DIR = import.meta.dirname;
const ROOT = resolve(SOURCE_DIR, '../..');
const BUNDLE_DIR = resolve(ROOT, 'node_modules/.cache/deck-export');
const ENTRY = join(BUNDLE_DIR, 'cli.mjs');
const INPUTS = join(BUNDLE_DIR, 'inputs.json');

/** The bundle is current while no file it was built from (esbuild's own list) is newer than it. */
function bundleIsCurrent() {
  if (!existsSync(ENTRY) || !existsSync(INPUTS)) return false;
  const builtAt = statSync(INPUTS).mtimeMs;
  const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  return inputs.every((input) => existsSync(input) && statSync(input).mtimeMs <= builtAt);
}

async function bundle() {
  const { build } = await import('esbuild');
  // Built beside the old bundle and swapped in whole, so a run never loads half of each.
  const staging = `${BUNDLE_DIR}.${process.pid}`;
  const result = await build({
    entryPoints: [join(SOURCE_DIR, 'cli.ts')],
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    // The exporter finds the project from its own folder, which the bundle is not in.
    define: { 'import.meta.dirname': JSON.stringify(SOURCE_DIR) },
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(input));
  writeFileSync(join(staging, 'inputs.json'), JSON.stringify(inputs));
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  renameSync(staging, BUNDLE_DIR);
}

if (!bundleIsCurrent()) await bundle();
await import(pathToFileURL(ENTRY).href);
