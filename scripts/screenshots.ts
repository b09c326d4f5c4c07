/**
 * Saves a PNG of every slide (fragments shown) for looking at the deck: `npm run screenshots`.
 * Options: --deck PATH (default: DECK, else slides/index.ts; built into a scratch folder first),
 * --out DIR (default screenshots/), --size WxH (default 1280x720), --url URL of a deck already served.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { showSlide, slideIds } from '../e2e/support/deck.ts';
import { deckPathOrExit } from '../src/build/deck-path.ts';
import { launchOptions } from '../src/export/browser.ts';
import { buildDist, PROJECT_ROOT, serveDist } from '../src/export/dist.ts';

const { values } = parseArgs({
  options: {
    deck: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
    size: { type: 'string', default: '1280x720' },
    url: { type: 'string' },
  },
});
const [width, height] = (values.size ?? '1280x720').split('x').map(Number);
const outDir = resolve(values.out ?? 'screenshots');
mkdirSync(outDir, { recursive: true });

// The deck is built into a scratch folder, so dist/ keeps whatever deck it holds.
const built = values.url ? null : mkdtempSync(join(tmpdir(), 'deck-screenshots-'));
if (built) await buildDist(PROJECT_ROOT, deckPathOrExit('screenshots', values.deck).file, built);
const server = built ? await serveDist(built, 0) : null;
const url = values.url ?? server?.url;
if (!url) throw new Error('No URL to open: pass --url, or leave it out to build and serve the deck.');

const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: width ?? 1280, height: height ?? 720 } });
// Reduced motion turns fragment and slide transitions off, so no shot catches a fade half-way.
await page.emulateMedia({ reducedMotion: 'reduce' });
await page.goto(url);
await page.waitForFunction(() => window.Reveal?.isReady() === true);
await page.evaluate(() => document.fonts.ready);
for (const [index, id] of (await slideIds(page)).entries()) {
  await showSlide(page, index);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const file = resolve(outDir, `${String(index + 1).padStart(2, '0')}-${id}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}
await browser.close();
await server?.close();
if (built) rmSync(built, { recursive: true, force: true });
