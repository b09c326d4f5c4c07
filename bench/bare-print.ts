/**
 * The baseline of bench/export.ts: the least work that prints the deck, one page.pdf of reveal.js's
 * print view in a fresh browser. No checks, no handout, no bookmarks.
 * Usage: node --import tsx bench/bare-print.ts URL OUT.pdf
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../src/export/browser.ts';

const [url, out] = process.argv.slice(2);
if (!url || !out) throw new Error('Usage: node --import tsx bench/bare-print.ts URL OUT.pdf');

const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(new URL('?print-pdf', url).href);
// reveal.js appends the pages and fires pdf-ready in the same task.
await page.waitForSelector('.reveal .slides > .pdf-page', { state: 'attached' });
await page.evaluate(() => document.fonts.ready.then(() => undefined));
await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
await browser.close();
