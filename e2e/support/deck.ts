import { expect, type Page } from '@playwright/test';

/** Opens the deck (optionally at a hash) and waits for reveal.js to be ready. */
export async function openDeck(page: Page, hash = ''): Promise<void> {
  // A change of hash alone would not reload the page, so start each visit afresh.
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(`./${hash}`);
  await page.waitForFunction(() => window.Reveal?.isReady() === true);
}

/** The id of the slide on screen. */
export function currentSlideId(page: Page): Promise<string> {
  return page.evaluate(() => window.Reveal?.getCurrentSlide()?.id ?? '');
}

export async function expectSlide(page: Page, id: string): Promise<void> {
  await expect.poll(() => currentSlideId(page)).toBe(id);
  await expect(page.locator(`section#${id}`)).toBeVisible();
}

/** Ids of every slide, in order, as the built page holds them. */
export function slideIds(page: Page): Promise<string[]> {
  return page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((s) => s.id));
}

/** Shows slide `index` (0-based) with every fragment, as the audience ends up seeing it; returns its id. */
export async function showSlide(page: Page, index: number): Promise<string> {
  await page.evaluate((i) => window.Reveal?.slide(i, 0, Number.MAX_SAFE_INTEGER), index);
  return currentSlideId(page);
}

/** Shows every slide in turn, each with all its fragments, and calls `visit` on each with its id and 0-based index. */
export async function forEverySlide(
  page: Page,
  visit: (id: string, index: number) => Promise<unknown> = async () => undefined,
): Promise<void> {
  const count = (await slideIds(page)).length;
  for (let index = 0; index < count; index++) await visit(await showSlide(page, index), index);
}

/** Presses S and returns the speaker view's popup as it opens. */
export async function openSpeakerView(page: Page): Promise<Page> {
  const popupOpened = page.waitForEvent('popup');
  await page.keyboard.press('s');
  return popupOpened;
}
