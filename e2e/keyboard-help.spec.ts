import { expect, test } from '@playwright/test';
import { currentSlideId, openDeck } from './support/deck.ts';

test('? opens a help dialog listing the keys, and Escape closes it', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('Shift+Slash');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Speaker view');
  await expect(dialog).toContainText('Jump to a slide');
  const before = await currentSlideId(page);
  await page.keyboard.press('ArrowRight');
  expect(await currentSlideId(page)).toBe(before);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => currentSlideId(page)).not.toBe(before);
});

test('the help button opens the same dialog for mouse and touch users', async ({ page }) => {
  await openDeck(page);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
