/**
 * What the deck's first load costs, against a stock reveal.js deck of the same slides built in the
 * same run: bytes transferred (gzip, as a real host serves them), time from navigation to reveal.js's
 * ready, and when the first slide paints (first and largest contentful paint), on loopback and on a
 * slow network. Every load is cold: a fresh browser (new profile, empty cache, cache disabled), the
 * two decks alternating. `npm run bench:weight` (-- --rounds N, -- --port P: the two decks are served
 * on P and P+1; any free ports by default). Exits 1 when a budget is missed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { commandLine } from '../src/cli/command.ts';
import { countValue, portValue } from '../src/cli/values.ts';
import { launchOptions } from '../src/export/browser.ts';
import { serveFolder } from './static-host.ts';
import { buildStockDeck } from './stock-deck.ts';

/** The budgets: first load at most 165 kB (1 kB = 1000 bytes) and 0.35x the stock deck. */
const FIRST_LOAD_BUDGET_BYTES = 165_000;
const FIRST_LOAD_BUDGET_RATIO = 0.35;
/** Time to ready no longer than the stock deck's. */
const READY_BUDGET_RATIO = 1;
/** Largest contentful paint against the stock deck's: on loopback, and on the slow network below. */
const LCP_LOOPBACK_BUDGET_RATIO = 0.8;
const LCP_SLOW_BUDGET_RATIO = 0.4;
/** First contentful paint no later than the stock deck's, on either network. */
const FCP_BUDGET_RATIO = 1;
/** The slow network: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (Lighthouse's slow 4G). */
const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
} as const;
/** How long one cold load may take before the bench gives up on it. */
const PAGE_LOAD_LIMIT_MS = 120_000;
const KINDS = ['html', 'js', 'css', 'fonts', 'images', 'other'] as const;
type Kind = (typeof KINDS)[number];
type Network = 'loopback' | 'slow';
type Deck = 'ours' | 'stock';

/** One cold load: compressed bytes by kind, and milliseconds from navigation start. */
interface Load {
  readonly bytes: Record<Kind, number>;
  readonly readyMs: number;
  readonly fcpMs: number;
  readonly lcpMs: number;
}

/** What the page records about itself, from the first byte on (an init script). */
interface PageTimings {
  readyMs?: number;
  fcpMs?: number;
  lcpMs?: number;
}

const values = commandLine({
  name: 'bench:weight',
  options: { rounds: { type: 'string', value: 'N' }, port: { type: 'string', value: 'P' } },
  help: `Usage: npm run bench:weight [-- options]

Builds the deck and a stock reveal.js deck of the same slides, loads each cold, alternating, on
loopback and on a slow network, and prints bytes, paints and time to ready with their ratios.
Exits 1 when a budget is missed.

Options:
  --rounds N    loads per deck and network (default: 7)
  --port P      serve the two decks on P and P+1 (default: $DECK_BENCH_PORT, else any free ports)
  -h, --help    show this help`,
});
const ROUNDS = countValue('--rounds', values.rounds, { min: 1, max: 100 }) ?? 7;
const askedPort = values.port ?? process.env.DECK_BENCH_PORT;
// 0, or nothing: any free ports.
const PORT = portValue('--port', askedPort === '0' ? undefined : askedPort) ?? 0;

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

/** Records reveal.js's ready (both decks mark `.reveal` with the class "ready") and the paint entries. */
function recordTimings(): void {
  const timings: PageTimings = {};
  (window as unknown as { deckTimings: PageTimings }).deckTimings = timings;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.reveal.ready')) return;
    timings.readyMs = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') timings.fcpMs = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) timings.lcpMs = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

async function measure(url: string, network: Network): Promise<Load> {
  // A fresh browser per load: a new profile, so nothing is cached, compiled or warmed up.
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(recordTimings);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network === 'slow') await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
    // Generous: on a loaded machine the stock deck's 500 kB on the slow network takes a while.
    await page.goto(url, { waitUntil: 'networkidle', timeout: PAGE_LOAD_LIMIT_MS });
    await page.waitForFunction(() => (window as unknown as { deckTimings: PageTimings }).deckTimings.readyMs);
    // Paint entries are queued after the frame is presented: wait for fonts, then two frames.
    const timings = await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return (window as unknown as { deckTimings: PageTimings }).deckTimings;
    });
    const entries = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => {
        const timing = entry as PerformanceResourceTiming;
        return { url: timing.name, initiator: timing.initiatorType, bytes: timing.encodedBodySize };
      }),
    );
    const bytes = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
    for (const entry of entries) {
      if (entry.url.startsWith('data:')) continue;
      const kind = kindOf(entry.url, entry.initiator);
      if (kind !== 'audio') bytes[kind] += entry.bytes;
    }
    const { readyMs, fcpMs, lcpMs } = timings;
    if (readyMs === undefined || fcpMs === undefined || lcpMs === undefined) {
      throw new Error(
        `${url} (${network}): the page reported no ${fcpMs === undefined ? 'first' : 'largest'} contentful paint.`,
      );
    }
    return { bytes, readyMs, fcpMs, lcpMs };
  } finally {
    await browser.close();
  }
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const total = (load: Load) => KINDS.reduce((sum, kind) => sum + load.bytes[kind], 0);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

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
  const [ours, stock] = await Promise.all([
    serveFolder(oursDir, PORT),
    serveFolder(stockDir, PORT === 0 ? 0 : PORT + 1),
  ]);
  const loads: Record<Network, Record<Deck, Load[]>> = {
    loopback: { ours: [], stock: [] },
    slow: { ours: [], stock: [] },
  };
  try {
    // Alternate which deck goes first, so neither always meets a warmer machine.
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (['ours', 'stock'] as const) : (['stock', 'ours'] as const);
      for (const network of ['loopback', 'slow'] as const) {
        for (const which of order)
          loads[network][which].push(await measure(which === 'ours' ? ours.url : stock.url, network));
      }
    }
  } finally {
    await Promise.all([ours.close(), stock.close()]);
  }

  const of = (network: Network, which: Deck, pick: (load: Load) => number) => median(loads[network][which].map(pick));
  const ratio = (network: Network, pick: (load: Load) => number) =>
    of(network, 'ours', pick) / of(network, 'stock', pick);
  const row = (label: string, a: string, b: string, c = '') =>
    console.log(`${label.padEnd(22)}${a.padStart(12)}${b.padStart(12)}${c.padStart(10)}`);
  const timeRow = (label: string, network: Network, pick: (load: Load) => number) =>
    row(label, ms(of(network, 'ours', pick)), ms(of(network, 'stock', pick)), `${ratio(network, pick).toFixed(2)}x`);

  console.log(`First load, median of ${ROUNDS} cold loads each, alternating (gzip; narration audio excluded)\n`);
  row('', 'ours', 'stock', 'ratio');
  for (const kind of KINDS)
    row(kind, kB(of('loopback', 'ours', (l) => l.bytes[kind])), kB(of('loopback', 'stock', (l) => l.bytes[kind])));
  const bytesRatio = ratio('loopback', total);
  row('total', kB(of('loopback', 'ours', total)), kB(of('loopback', 'stock', total)), `${bytesRatio.toFixed(2)}x`);
  console.log('\nloopback');
  timeRow('first contentful paint', 'loopback', (l) => l.fcpMs);
  timeRow('largest contentful paint', 'loopback', (l) => l.lcpMs);
  timeRow('time to ready', 'loopback', (l) => l.readyMs);
  console.log(`\n${(SLOW_NETWORK.downloadThroughput * 8e-6).toFixed(1)} Mbit/s, ${SLOW_NETWORK.latency} ms round trip`);
  timeRow('first contentful paint', 'slow', (l) => l.fcpMs);
  timeRow('largest contentful paint', 'slow', (l) => l.lcpMs);
  timeRow('time to ready', 'slow', (l) => l.readyMs);

  const within = (what: string, value: number, budget: number, suffix = 'x the stock deck') =>
    [`${what} ${value.toFixed(2)}x <= ${budget}${suffix}`, value <= budget] as const;
  const firstLoad = of('loopback', 'ours', total);
  const budgets = [
    [`first load ${kB(firstLoad)} <= ${kB(FIRST_LOAD_BUDGET_BYTES)}`, firstLoad <= FIRST_LOAD_BUDGET_BYTES] as const,
    within('first load', bytesRatio, FIRST_LOAD_BUDGET_RATIO),
    within(
      'time to ready (loopback)',
      ratio('loopback', (l) => l.readyMs),
      READY_BUDGET_RATIO,
    ),
    within(
      'largest contentful paint (loopback)',
      ratio('loopback', (l) => l.lcpMs),
      LCP_LOOPBACK_BUDGET_RATIO,
    ),
    within(
      'largest contentful paint (slow network)',
      ratio('slow', (l) => l.lcpMs),
      LCP_SLOW_BUDGET_RATIO,
    ),
    within(
      'first contentful paint (loopback)',
      ratio('loopback', (l) => l.fcpMs),
      FCP_BUDGET_RATIO,
    ),
    within(
      'first contentful paint (slow network)',
      ratio('slow', (l) => l.fcpMs),
      FCP_BUDGET_RATIO,
    ),
  ];
  console.log('');
  for (const [what, met] of budgets) console.log(`${met ? 'PASS' : 'FAIL'}  ${what}`);
  if (budgets.some(([, met]) => !met)) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
