import { expect, type Page, test } from '@playwright/test';
import { currentSlideId } from './support/deck.ts';
import { openNarratedDeck, snapshot } from './support/narration.ts';

/** How far through the talk the deck is, steps included (reveal.js's own measure). */
function progress(page: Page): Promise<number> {
  return page.evaluate(() => window.Reveal?.getProgress() ?? 0);
}

/** Presses Space and expects the deck to have moved on: the next step or slide. */
async function spaceMovesOn(page: Page, after: string): Promise<void> {
  const before = await progress(page);
  await page.keyboard.press('Space');
  await expect.poll(() => progress(page), { message: `Space after ${after}` }).toBeGreaterThan(before);
}

test('after clicking the deck’s controls with the mouse, Space still means next, as the key table says', async ({
  page,
}) => {
  await openNarratedDeck(page, '');

  await page.getByRole('button', { name: 'Play narration' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'playing');
  await spaceMovesOn(page, 'a click on Play narration');
  // Narration goes on from the slide reached, as after any move by hand.
  const reached = await currentSlideId(page);
  await expect.poll(async () => (await snapshot(page)).audioSrc).toContain(reached);
  expect((await snapshot(page)).state).toBe('playing');

  await page.getByRole('button', { name: 'Captions' }).click();
  await expect(page.getByRole('button', { name: 'Captions' })).toHaveAttribute('aria-pressed', 'false');
  await spaceMovesOn(page, 'a click on CC');

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await page.keyboard.press('Escape');
  await spaceMovesOn(page, 'the help opened with a click');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();

  // A speed picked from the list with the mouse.
  const speed = page.getByRole('combobox', { name: 'Narration speed' });
  await speed.click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(speed).toHaveValue('1.25');
  await spaceMovesOn(page, 'a speed picked with the mouse');

  // reveal.js's own arrows too: back with the mouse, then Space is next again, not back.
  const beforeBack = await progress(page);
  await page.locator('.reveal .controls .navigate-left').click();
  await expect.poll(() => progress(page)).toBeLessThan(beforeBack);
  await spaceMovesOn(page, 'a click on the back arrow');
});

test('a control reached with Tab is pressed by Enter or Space, and the slide stays', async ({ page }) => {
  await openNarratedDeck(page, '', '#/intercut');
  const play = page.getByRole('button', { name: 'Play narration' });
  for (let press = 0; press < 10 && !(await play.evaluate((button) => button === document.activeElement)); press++) {
    await page.keyboard.press('Tab');
  }
  await expect(play).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'playing');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'paused');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const captions = page.getByRole('button', { name: 'Captions' });
  await expect(captions).toBeFocused();
  await page.keyboard.press('Space');
  await expect(captions).toHaveAttribute('aria-pressed', 'false');
  expect(await currentSlideId(page)).toBe('intercut');
  expect((await snapshot(page)).fragments).toBe(0);
});
