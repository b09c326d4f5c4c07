/**
 * How long `npm run export` (both PDFs) takes against
 *   (a) the bare print: one page.pdf of reveal.js's print view in a fresh browser (bench/bare-print.ts), and
 *   (b) DeckTape 3.16 (`decktape reveal -p 0`) printing the same built deck,
 * each a fresh process, in alternating order in one session, printing medians and ratios.
 * Targets: export <= 1.6 x bare print, export <= 0.75 x DeckTape.
 *
 * The export runs as `npm run export` (its bundled JavaScript, src/export/launch.mjs); the bare
 * print is bundled and run by plain node the same way; DeckTape runs as its own CLI.
 * Each round runs the three in a rotated order; the medians, and each round's paired ratios, are printed.
 *
 * Usage: npm run bench:export [-- --runs N] [-- --dist DIR, another built deck]
 * DeckTape is installed on first use into node_modules/.cache/ (not a dependency of the project),
 * without a browser of its own: it is pointed at the browser the exporter resolves.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { readPdf } from '../e2e/support/pdf.ts';
import { DEFAULT_DECK } from '../src/build/deck-path.ts';
import { commandLine } from '../src/cli/command.ts';
import { countValue } from '../src/cli/values.ts';
import { CHROMIUM_ARGS, resolveBrowser } from '../src/export/browser.ts';
import { PROJECT_ROOT, prepareDist, serveDist } from '../src/export/dist.ts';

const DECKTAPE_VERSION = '3.16.1';
const DECKTAPE_DIR = resolve(PROJECT_ROOT, 'node_modules/.cache', `decktape-${DECKTAPE_VERSION}`);
const DECKTAPE_BIN = join(DECKTAPE_DIR, 'node_modules/decktape/decktape.js');
/** bench/bare-print.ts bundled to plain JavaScript, as npm run export runs its bundle (src/export/launch.mjs). */
const BARE_PRINT_JS = resolve(PROJECT_ROOT, 'node_modules/.cache/deck-bench/bare-print.mjs');
const TARGET_VS_BARE = 1.6;
const TARGET_VS_DECKTAPE = 0.75;

const values = commandLine({
  name: 'bench:export',
  options: { runs: { type: 'string', value: 'N' }, dist: { type: 'string', value: 'DIR' } },
  help: `Usage: npm run bench:export [-- options]

Times npm run export (both PDFs) against a bare print of the print view and DeckTape, each a
fresh process, alternating, and prints medians and ratios (targets: export <= 1.6 x bare print,
<= 0.75 x DeckTape).

Options:
  --runs N      rounds of the three (default: 5)
  --dist DIR    benchmark another built deck instead of the project's dist/
  -h, --help    show this help`,
});
/** --dist DIR benchmarks another built deck (e.g. a larger one) instead of the project's dist/. */
const distDir = values.dist ? resolve(values.dist) : resolve(PROJECT_ROOT, 'dist');
const runs = countValue('--runs', values.runs, { min: 1, max: 100 }) ?? 5;

function ensureDeckTape(): void {
  if (existsSync(DECKTAPE_BIN)) return;
  console.log(`Installing DeckTape ${DECKTAPE_VERSION} into ${DECKTAPE_DIR} (once, without a browser)...`);
  mkdirSync(DECKTAPE_DIR, { recursive: true });
  writeFileSync(join(DECKTAPE_DIR, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', `decktape@${DECKTAPE_VERSION}`], {
    cwd: DECKTAPE_DIR,
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
}

/** Wall time of a command, start to exit, in seconds; a failing command stops the benchmark. */
function timed(command: string, args: readonly string[]): Promise<number> {
  const startedAt = performance.now();
  return new Promise((done, fail) => {
    execFile(command, args, { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) fail(new Error(`${command} ${args.join(' ')} failed:\n${stderr}`));
      else done((performance.now() - startedAt) / 1000);
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

ensureDeckTape();
await build({
  entryPoints: [resolve(PROJECT_ROOT, 'bench/bare-print.ts')],
  outfile: BARE_PRINT_JS,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
});
const browser = resolveBrowser();
if (!values.dist) {
  // Built (under the lock the exports take, swapped in whole) if out of date, so every export below finds it current.
  const prepared = await prepareDist(PROJECT_ROOT, distDir, DEFAULT_DECK, {
    onStatus: (status) => {
      if (!status.current) console.log(`Building dist/ first (${status.reason})...`);
    },
  });
  await prepared.dispose();
}
const work = mkdtempSync(join(tmpdir(), 'bench-export-'));
const server = await serveDist(distDir, 0);

const contenders = {
  export: () =>
    timed('npm', [
      'run',
      '--silent',
      'export',
      '--',
      '--out',
      join(work, 'export'),
      ...(values.dist ? ['--dist', distDir] : []),
    ]),
  // Plain JavaScript in plain node, the way the export runs, so the two differ only in their work.
  bare: () => timed(process.execPath, [BARE_PRINT_JS, server.url, join(work, 'bare.pdf')]),
  decktape: () =>
    timed(process.execPath, [
      DECKTAPE_BIN,
      'reveal',
      '-p',
      '0',
      '--size',
      '1280x720',
      '--chrome-path',
      browser.executablePath,
      ...CHROMIUM_ARGS.map((arg) => `--chrome-arg=${arg}`),
      server.url,
      join(work, 'decktape.pdf'),
    ]),
} as const;
type Contender = keyof typeof contenders;
const names = Object.keys(contenders) as Contender[];
const times: Record<Contender, number[]> = { export: [], bare: [], decktape: [] };

try {
  console.log(`Deck: ${server.url} (${distDir}), browser: ${browser.executablePath}; ${runs} rounds.`);
  // A warm-up round (not counted) fills the OS file cache for every contender alike.
  for (const name of names) await contenders[name]();
  for (let round = 0; round < runs; round += 1) {
    // Rotate the order each round, so no contender always runs right after another.
    const order = names.map((_, index) => names[(index + round) % names.length] as Contender);
    const line: string[] = [];
    for (const name of order) {
      const seconds = await contenders[name]();
      times[name].push(seconds);
      line.push(`${name} ${seconds.toFixed(2)} s`);
    }
    console.log(`round ${round + 1}: ${line.join(', ')}`);
  }

  const exportPdfs = await Promise.all(
    ['slides', 'handout'].map(async (kind) => {
      const file = readdirSync(join(work, 'export')).find((name) => name.endsWith(`-${kind}.pdf`)) ?? '';
      return { kind, pdf: await readPdf(new Uint8Array(readFileSync(join(work, 'export', file)))) };
    }),
  );
  const decktapePdf = await readPdf(new Uint8Array(readFileSync(join(work, 'decktape.pdf'))));
  const exportMedian = median(times.export);
  const bareMedian = median(times.bare);
  const decktapeMedian = median(times.decktape);
  // Each round's three runs are close in time, so a round's ratio is paired against the same load.
  const pairedRatio = (other: Contender) =>
    median(times.export.map((seconds, round) => seconds / (times[other][round] ?? 0)));
  const verdict = (ratio: number, target: number) =>
    `${ratio.toFixed(2)} (target <= ${target}: ${ratio <= target ? 'met' : 'MISSED'})`;
  console.log('');
  console.log(`median  npm run export (slides + handout PDFs)  ${exportMedian.toFixed(2)} s`);
  console.log(`median  bare print (one page.pdf, ?print-pdf)   ${bareMedian.toFixed(2)} s`);
  console.log(`median  DeckTape ${DECKTAPE_VERSION} reveal -p 0            ${decktapeMedian.toFixed(2)} s`);
  console.log(`export / bare print: ratio of medians ${verdict(exportMedian / bareMedian, TARGET_VS_BARE)}`);
  console.log(`                     median of rounds ${verdict(pairedRatio('bare'), TARGET_VS_BARE)}`);
  console.log(`export / DeckTape:   ratio of medians ${verdict(exportMedian / decktapeMedian, TARGET_VS_DECKTAPE)}`);
  console.log(`                     median of rounds ${verdict(pairedRatio('decktape'), TARGET_VS_DECKTAPE)}`);
  const vsBare = exportMedian / bareMedian;
  const vsDeckTape = exportMedian / decktapeMedian;
  console.log('');
  for (const { kind, pdf } of exportPdfs)
    console.log(
      `export ${kind}: ${pdf.pages.length} pages, ${pdf.outline.length} sections bookmarked, tagged ${pdf.marked}`,
    );
  console.log(
    `bare print: ${statSync(join(work, 'bare.pdf')).size} bytes; DeckTape: ${decktapePdf.pages.length} pages, ${statSync(join(work, 'decktape.pdf')).size} bytes, ${decktapePdf.outline.length} bookmarks, tagged ${decktapePdf.marked}`,
  );
  if (vsBare > TARGET_VS_BARE || vsDeckTape > TARGET_VS_DECKTAPE) process.exitCode = 1;
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
