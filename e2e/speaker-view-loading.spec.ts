import { expect, test } from '@playwright/test';
import { openDeck, openSpeakerView, slideIds } from './support/deck.ts';

const NOTES_CHUNK = /\/assets\/notes-[\w-]+\.js$/;

test('the speaker view’s code loads only when S is pressed, and the view then works', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await openDeck(page);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((url) => NOTES_CHUNK.test(url))).toEqual([]);

  const speaker = await openSpeakerView(page);
  await expect(speaker.locator('.speaker-controls-notes .value')).not.toBeEmpty();
  expect(fetched.filter((url) => NOTES_CHUNK.test(url))).toHaveLength(1);
});

test('a speaker window left open reconnects when the deck is reloaded, and S still reaches it', async ({ page }) => {
  await openDeck(page);
  const ids = await slideIds(page);
  const speaker = await openSpeakerView(page);
  const current = speaker.frameLocator('#current-slide iframe');
  await expect(speaker.locator('.speaker-controls-notes .value')).not.toBeEmpty();

  await page.reload();
  await page.waitForFunction(() => window.Reveal?.isReady() === true);
  await page.keyboard.press('End');
  await expect(current.locator(`section#${ids.at(-1)}`)).toHaveClass(/\bpresent\b/, { timeout: 10_000 });

  // S focuses the window that is open rather than opening a second one.
  let opened = 0;
  page.on('popup', () => opened++);
  await page.keyboard.press('s');
  await page.keyboard.press('Home');
  await expect(current.locator(`section#${ids[0]}`)).toHaveClass(/\bpresent\b/);
  expect(opened).toBe(0);
});
