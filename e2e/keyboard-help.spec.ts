import { expect, test } from '@playwright/test';
import { KEY_GROUPS } from '../src/runtime/keys.ts';
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

test('a second ? closes the help, as its own line says, and the keys are the slides’ again', async ({ page }) => {
  await openDeck(page);
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('Shift+Slash');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('definition').filter({ hasText: 'Show or hide these shortcuts' })).toHaveCount(1);
  await page.keyboard.press('Shift+Slash');
  await expect(dialog).toBeHidden();
  const before = await currentSlideId(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => currentSlideId(page)).not.toBe(before);
});

test('the help lists every key of the key table, in its words, and the controls’ tooltips name the same keys', async ({
  page,
}) => {
  await openDeck(page);
  await page.keyboard.press('Shift+Slash');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const listed = await dialog.locator('section').evaluateAll((sections) =>
    sections.map((section) => ({
      title: section.querySelector('h3')?.textContent ?? '',
      rows: [...section.querySelectorAll('dt')].map((dt) => ({
        keys: [...dt.querySelectorAll('kbd')].map((kbd) => kbd.textContent ?? ''),
        action: dt.nextElementSibling?.textContent ?? '',
      })),
    })),
  );
  expect(listed).toEqual(
    KEY_GROUPS.map((group) => ({
      title: group.title,
      rows: group.rows.map((row) => ({ keys: [...row.keys], action: row.action })),
    })),
  );
  await page.keyboard.press('Escape');
  // Stop shows only while narrating; its tooltip is there all along.
  await expect(page.locator('.deck-narration-stop')).toHaveAttribute('title', 'Stop narration (X)');
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveAttribute(
    'title',
    'Keyboard shortcuts (?)',
  );
  await expect(page.getByRole('button', { name: 'Play narration' })).toHaveAttribute('title', 'Play narration (R)');
});
