import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { openNarratedDeck } from './support/narration.ts';

test('the built deck opened as a file says how to serve it; served, the hint is not there', async ({ page }) => {
  // Browsers block a page's module scripts and styles on file://, so it cannot narrate from there.
  const file = pathToFileURL(resolve(import.meta.dirname, '../dist/index.html')).href;
  await page.goto(file);
  const hint = page.getByText('This deck has to be opened from a web server');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('python3 -m http.server 8000');

  await openNarratedDeck(page, '');
  await expect(hint).toBeHidden();
});
