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
