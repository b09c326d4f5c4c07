import { expect, type Page, test } from '@playwright/test';
import { currentSlideId, openDeck, openSpeakerView, slideIds } from './support/deck.ts';
import { deckData, firstSlideWithSteps, slideData } from './support/deck-data.ts';

/** The first sentence of a slide's script, from the page's deck data. */
async function scriptStart(page: Page, id: string): Promise<string> {
  const text = (await slideData(page, id)).parts[0];
  return (text ?? '').split(/(?<=[.:!?])\s/)[0] ?? '';
}

test('S opens the speaker view with the current notes, which follow navigation', async ({ page }) => {
  await openDeck(page);
  const ids = await slideIds(page);
  const speaker = await openSpeakerView(page);
  const notes = speaker.locator('.speaker-controls-notes .value');

  const first = await scriptStart(page, ids[0] ?? '');
  expect(first.length).toBeGreaterThan(10);
  await expect(notes).toContainText(first);

  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(notes).toContainText(await scriptStart(page, ids[1] ?? ''));
  await expect(notes).not.toContainText(first);

  // The current-slide preview follows too.
  const current = speaker.frameLocator('#current-slide iframe');
  await expect(current.locator(`section#${ids[1]}`)).toHaveClass(/\bpresent\b/);
});

test('the speaker view paces the talk from each slide’s script', async ({ page }) => {
  await openDeck(page);
  const timings = await page
    .locator('.reveal .slides > section')
    .evaluateAll((sections) => sections.map((s) => Number(s.getAttribute('data-timing'))));
  expect(timings.every((seconds) => seconds >= 5)).toBe(true);
  // reveal.js reads each slide's pacing from its data-timing: the deck data's timing, slide by slide.
  expect(timings).toEqual((await deckData(page)).slides.map((slide) => slide.timingSeconds));
  const total = await page.evaluate(
    () => (window.Reveal?.getConfig() as { totalTime?: number } | undefined)?.totalTime,
  );
  expect(total).toBe(timings.reduce((a, b) => a + b, 0));

  const speaker = await openSpeakerView(page);
  await expect(speaker.locator('.pacing-title')).toBeVisible();
  await expect(speaker.locator('.pacing')).toHaveClass(/\b(on-track|ahead)\b/);
});

test('the speaker view shows notes as text, step by step', async ({ page }) => {
  await openDeck(page);
  const id = (await deckData(page)).slides.find((slide) => slide.parts.length > 1)?.id;
  expect(id, 'a slide whose script is split by step').toBeTruthy();
  await openDeck(page, `#/${id}`);
  const speaker = await openSpeakerView(page);
  const notes = speaker.locator('.speaker-controls-notes .value');
  await expect(notes.locator('p[data-step="1"]')).toContainText('[step 1]');
  // Opening the speaker view must not move the deck off the deep-linked slide.
  expect(await currentSlideId(page)).toBe(id);
  // Stepping through fragments keeps the whole script in view.
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(notes.locator('p[data-step="0"]')).toBeVisible();
});

test('opening the speaker view mid-slide keeps the fragments already shown, on both screens', async ({ page }) => {
  await openDeck(page);
  const id = await firstSlideWithSteps(page);
  const withSteps = page.locator(`section#${id}`);
  expect(id, 'a slide with fragments').toBeTruthy();
  await openDeck(page, `#/${id}`);
  await page.keyboard.press('ArrowRight');
  const firstFragment = withSteps.locator('.fragment').first();
  await expect(firstFragment).toHaveClass(/\bvisible\b/);

  const speaker = await openSpeakerView(page);
  const current = speaker.frameLocator('#current-slide iframe');
  // The preview catches up with the deck: its first fragment shows too.
  await expect(current.locator(`section#${id} .fragment`).first()).toHaveClass(/\bvisible\b/);
  // And the deck itself was not stepped back when the preview loaded.
  await expect(firstFragment).toHaveClass(/\bvisible\b/);
  expect(await page.evaluate(() => window.Reveal?.getIndices().f)).toBe(0);
});
