import type { Page } from '@playwright/test';
import { DECK_DATA_ID, type DeckData, parseDeckData, type SlideData } from '../../src/contract/deck-data.ts';

/** The deck data the build wrote into the page: what tests expect of each slide. */
export async function deckData(page: Page): Promise<DeckData> {
  const json = await page.locator(`#${DECK_DATA_ID}`).textContent();
  return parseDeckData(json ?? '', page.url());
}

/** The id of the first slide that reveals fragment steps, from the page's deck data. */
export async function firstSlideWithSteps(page: Page): Promise<string | undefined> {
  return (await deckData(page)).slides.find((slide) => slide.steps > 0)?.id;
}

/** One slide's data, by id. */
export async function slideData(page: Page, id: string): Promise<SlideData> {
  const slide = (await deckData(page)).slides.find((candidate) => candidate.id === id);
  if (!slide) throw new Error(`The page's deck data has no slide "${id}".`);
  return slide;
}
