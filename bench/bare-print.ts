/**
 * The baseline of bench/export.ts: the least work that prints the deck, one page.pdf of reveal.js's
 * print view in a fresh browser. No checks, no handout, no bookmarks.
 * Usage: node --import tsx bench/bare-print.ts URL OUT.pdf (bench/export.ts runs it bundled, without tsx)
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../src/export/browser.ts';
import { INIT_SCRIPT } from '../src/export/page-scripts.ts';

const [url, out] = process.argv.slice(2);
if (!url || !out) throw new Error('Usage: node --import tsx bench/bare-print.ts URL OUT.pdf');

const browser = await chromium.launch(launchOptions());
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
// The same explicit signal the exporter waits on: a promise of reveal.js's pdf-ready event.
await context.addInitScript({ content: INIT_SCRIPT });
const page = await context.newPage();
await page.goto(new URL('?print-pdf', url).href, { waitUntil: 'commit' });
await page.evaluate(() => window.deckPdfReady);
await page.evaluate(() => document.fonts.ready.then(() => undefined));
await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
// Like the exporter, leave the browser to Playwright's exit hook rather than a graceful close.
process.exit(0);
