/**
 * Saves a PNG of every slide (fragments shown) for looking at the deck: `npm run screenshots`.
 * Options: --out DIR (default screenshots/), --size WxH (default 1280x720), --url URL of a served deck.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { launchOptions } from '../src/export/browser.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'screenshots' },
    size: { type: 'string', default: '1280x720' },
    url: { type: 'string' },
  },
});
const [width, height] = (values.size ?? '1280x720').split('x').map(Number);
const outDir = resolve(values.out ?? 'screenshots');
mkdirSync(outDir, { recursive: true });

const server = values.url ? null : await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = values.url ?? server?.resolvedUrls?.local[0];
if (!url) throw new Error('No URL to open: build the deck with `npm run build` first, or pass --url.');

const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: width ?? 1280, height: height ?? 720 } });
// Reduced motion turns fragment and slide transitions off, so no shot catches a fade half-way.
await page.emulateMedia({ reducedMotion: 'reduce' });
await page.goto(url);
await page.waitForFunction(() => window.Reveal?.isReady() === true);
await page.evaluate(() => document.fonts.ready);
const ids = await page.locator('.reveal .slides > section').evaluateAll((all) => all.map((s) => s.id));
for (const [index, id] of ids.entries()) {
  await page.evaluate(
    ([i]) => {
      window.Reveal?.slide(i ?? 0, 0, Number.MAX_SAFE_INTEGER);
    },
    [index],
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const file = resolve(outDir, `${String(index + 1).padStart(2, '0')}-${id}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}
await browser.close();
await server?.close();
