import type { Page } from '@playwright/test';
import { INIT_SCRIPT } from '../../src/export/page-scripts.ts';

/**
 * Opens reveal.js's print view as the exporter prints it (`?print-pdf&margin=0`: a page a slide,
 * fragments shown) and waits for its pdf-ready event and the fonts.
 */
export async function openPrintView(page: Page): Promise<void> {
  await page.addInitScript({ content: INIT_SCRIPT });
  await page.goto('./?print-pdf&margin=0');
  await page.evaluate(() => window.deckPdfReady);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
