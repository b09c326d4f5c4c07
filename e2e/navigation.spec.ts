import { expect, test } from '@playwright/test';
import { currentSlideId, expectSlide, openDeck, slideIds } from './support/deck.ts';
import { firstSlideWithSteps } from './support/deck-data.ts';

test('the arrow keys step through fragments and slides, and back', async ({ page }) => {
  await openDeck(page);
  const ids = await slideIds(page);
  await expectSlide(page, ids[0] ?? '');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, ids[1] ?? '');
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, ids[0] ?? '');
  await page.keyboard.press('End');
  await expectSlide(page, ids.at(-1) ?? '');
  await page.keyboard.press('Home');
  await expectSlide(page, ids[0] ?? '');
});

test('fragments appear one step at a time before the slide moves on', async ({ page }) => {
  await openDeck(page);
  const id = await firstSlideWithSteps(page);
  const withSteps = page.locator(`section#${id}`);
  // The deck reveals points step by step on several slides; losing all of them is a regression.
  expect(id, 'a slide with fragments').toBeTruthy();
  await openDeck(page, `#/${id}`);
  const fragments = withSteps.locator('.fragment');
  const count = await fragments.count();
  await expect(fragments.first()).not.toHaveClass(/\bvisible\b/);
  for (let step = 0; step < count; step++) {
    await page.keyboard.press('ArrowRight');
    await expect(fragments.nth(step)).toHaveClass(/\bvisible\b/);
    await expectSlide(page, id ?? '');
  }
  await page.keyboard.press('ArrowRight');
  expect(await currentSlideId(page)).not.toBe(id);
});

test('a deep link by number opens the slide with that number', async ({ page }) => {
  await openDeck(page);
  const ids = await slideIds(page);
  await openDeck(page, '#/3');
  await expectSlide(page, ids[2] ?? '');
  await expect(page.locator('.slide-number')).toHaveText(new RegExp(`^\\s*3\\s*/\\s*${ids.length}\\s*$`));
});

test('a deep link by id opens that slide, and the address follows navigation', async ({ page }) => {
  await openDeck(page);
  const ids = await slideIds(page);
  const target = ids[4] ?? '';
  await openDeck(page, `#/${target}`);
  await expectSlide(page, target);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#/${ids[5]}$`));
});

test('the progress bar and slide number show where the talk is', async ({ page }) => {
  await openDeck(page);
  const ids = await slideIds(page);
  await expect(page.locator('.slide-number')).toHaveText(new RegExp(`^\\s*1\\s*/\\s*${ids.length}\\s*$`));
  await openDeck(page, `#/${ids.at(-1)}`);
  const bar = page.locator('.reveal .progress span');
  await expect.poll(() => bar.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(1000);
});

test('G jumps to a slide typed by number', async ({ page }) => {
  await openDeck(page);
  const ids = await slideIds(page);
  await page.keyboard.press('g');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expectSlide(page, ids[3] ?? '');
});

test('the overview shows every slide and Escape closes it', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal')).toHaveClass(/\boverview\b/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal')).not.toHaveClass(/\boverview\b/);
});

test('a swipe to the left moves to the next slide', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await openDeck(page);
  const ids = await slideIds(page);
  // A real touch gesture through the DevTools protocol, so reveal.js sees pointer and touch events.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 900, y: 360 }] });
  for (const x of [800, 650, 500, 350]) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: 360 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expectSlide(page, ids[1] ?? '');
  await context.close();
});
