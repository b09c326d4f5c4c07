/**
 * What the deck's first load costs, against a stock reveal.js deck of the same slides built in the
 * same run: bytes transferred (gzip, as a real host serves them) and time from navigation to
 * reveal.js's ready. `npm run bench:weight` (-- --rounds N). Exits 1 when a budget is missed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium } from '@playwright/test';
import { build } from 'vite';
import { launchOptions } from '../src/export/browser.ts';
import { serveFolder } from './static-host.ts';
import { buildStockDeck } from './stock-deck.ts';

/** The budgets: first load at most 165 kB (1 kB = 1000 bytes) and 0.35x the stock deck. */
const FIRST_LOAD_BUDGET_BYTES = 165_000;
const FIRST_LOAD_BUDGET_RATIO = 0.35;
/** Time to ready no longer than the stock deck's. */
const READY_BUDGET_RATIO = 1;
const KINDS = ['html', 'js', 'css', 'fonts', 'images', 'other'] as const;
type Kind = (typeof KINDS)[number];

/** One load: compressed bytes by kind, and milliseconds from navigation start to reveal's ready. */
interface Load {
  readonly bytes: Record<Kind, number>;
  readonly readyMs: number;
}

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' } } });
const ROUNDS = Math.max(1, Number(values.rounds));

function kindOf(url: string, initiator: string): Kind | 'audio' {
  const path = new URL(url).pathname;
  if (initiator === 'navigation' || path.endsWith('.html') || path.endsWith('/')) return 'html';
  if (/\/narration\/|\.(ogg|opus|mp3|m4a|wav|weba)$/.test(path) || initiator === 'audio') return 'audio';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  if (/\.(svg|png|jpe?g|webp|avif|gif)$/.test(path)) return 'images';
  return 'other';
}

async function measure(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // Both decks mark `.reveal` with the class "ready" when reveal.js is ready.
  await context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('.reveal.ready')) {
        (window as unknown as { deckReadyMs: number }).deckReadyMs = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => 'deckReadyMs' in window);
  await page.evaluate(() => document.fonts.ready);
  const entries = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return { url: timing.name, initiator: timing.initiatorType, bytes: timing.encodedBodySize };
    }),
  );
  const readyMs = await page.evaluate(() => (window as unknown as { deckReadyMs: number }).deckReadyMs);
  await context.close();
  const bytes = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (const entry of entries) {
    if (entry.url.startsWith('data:')) continue;
    const kind = kindOf(entry.url, entry.initiator);
    if (kind !== 'audio') bytes[kind] += entry.bytes;
  }
  return { bytes, readyMs };
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const total = (load: Load) => KINDS.reduce((sum, kind) => sum + load.bytes[kind], 0);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const work = mkdtempSync(join(tmpdir(), 'deck-weight-'));
try {
  const oursDir = join(work, 'ours');
  const stockDir = join(work, 'stock');
  await build({
    root: resolve(import.meta.dirname, '..'),
    logLevel: 'warn',
    build: { outDir: oursDir, emptyOutDir: true },
  });
  buildStockDeck(stockDir);
  const [ours, stock] = await Promise.all([serveFolder(oursDir), serveFolder(stockDir)]);
  const browser = await chromium.launch(launchOptions());
  const loads: Record<'ours' | 'stock', Load[]> = { ours: [], stock: [] };
  try {
    // Alternate which deck goes first, so neither always meets a warmer machine.
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (['ours', 'stock'] as const) : (['stock', 'ours'] as const);
      for (const which of order) loads[which].push(await measure(browser, which === 'ours' ? ours.url : stock.url));
    }
  } finally {
    await browser.close();
    await Promise.all([ours.close(), stock.close()]);
  }

  const summary = (which: 'ours' | 'stock') => ({
    bytes: Object.fromEntries(KINDS.map((kind) => [kind, median(loads[which].map((load) => load.bytes[kind]))])),
    total: median(loads[which].map(total)),
    readyMs: median(loads[which].map((load) => load.readyMs)),
  });
  const o = summary('ours');
  const s = summary('stock');
  const bytesRatio = o.total / s.total;
  const readyRatio = o.readyMs / s.readyMs;
  const row = (label: string, a: string, b: string, c = '') =>
    console.log(`${label.padEnd(16)}${a.padStart(12)}${b.padStart(12)}${c.padStart(10)}`);
  console.log(`First load, median of ${ROUNDS} alternating loads each (gzip; narration audio excluded)\n`);
  row('', 'ours', 'stock', 'ratio');
  for (const kind of KINDS) row(kind, kB(o.bytes[kind] ?? 0), kB(s.bytes[kind] ?? 0));
  row('total', kB(o.total), kB(s.total), `${bytesRatio.toFixed(2)}x`);
  row('time to ready', `${o.readyMs.toFixed(0)} ms`, `${s.readyMs.toFixed(0)} ms`, `${readyRatio.toFixed(2)}x`);

  const budgets = [
    [`first load ${kB(o.total)} <= ${kB(FIRST_LOAD_BUDGET_BYTES)}`, o.total <= FIRST_LOAD_BUDGET_BYTES],
    [
      `first load ${bytesRatio.toFixed(2)}x <= ${FIRST_LOAD_BUDGET_RATIO}x the stock deck`,
      bytesRatio <= FIRST_LOAD_BUDGET_RATIO,
    ],
    [
      `time to ready ${readyRatio.toFixed(2)}x <= ${READY_BUDGET_RATIO}x the stock deck`,
      readyRatio <= READY_BUDGET_RATIO,
    ],
  ] as const;
  console.log('');
  for (const [what, met] of budgets) console.log(`${met ? 'PASS' : 'FAIL'}  ${what}`);
  if (budgets.some(([, met]) => !met)) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
