import { expect, type Page, test } from '@playwright/test';
import { currentSlideId, expectSlide, openDeck, slideIds } from './support/deck.ts';
import { openNarratedDeck, snapshot } from './support/narration.ts';

const jumpBox = (page: Page) => page.getByRole('textbox', { name: /^Jump to slide/ });

/** Every uncaught error and console error of the page, as it happens. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('G previews nothing audible until Enter, and Esc leaves narration on its slide and sentence', async ({ page }) => {
  await openNarratedDeck(page, '', '#/two-montages');
  const ids = await slideIds(page);
  await page.getByRole('button', { name: 'Play narration' }).click();
  await expect.poll(async () => (await snapshot(page)).audioTime).toBeGreaterThan(1);
  const before = await snapshot(page);

  await page.keyboard.press('g');
  await page.keyboard.type('20');
  // Longer than reveal.js's own box waits before it jumps as you type.
  await page.waitForTimeout(1000);
  const typing = await snapshot(page);
  expect(typing).toMatchObject({
    slide: 'two-montages',
    state: 'playing',
    audioPaused: false,
    audioSrc: before.audioSrc,
  });
  expect(typing.audioTime).toBeGreaterThan(before.audioTime);
  // The box says where Enter will go instead.
  await expect(page.locator('.jump-to-slide-hint')).toHaveText(/^Enter goes to slide 20: /);

  await page.keyboard.press('Escape');
  await expect(jumpBox(page)).toBeHidden();
  const stayed = await snapshot(page);
  expect(stayed).toMatchObject({ slide: 'two-montages', state: 'playing', audioSrc: before.audioSrc });
  // The same sentence goes on: the audio was never restarted.
  expect(stayed.audioTime).toBeGreaterThanOrEqual(typing.audioTime);
  await expect.poll(async () => (await snapshot(page)).audioTime).toBeGreaterThan(typing.audioTime + 0.3);

  await page.keyboard.press('g');
  await page.keyboard.type('20');
  await page.keyboard.press('Enter');
  await expectSlide(page, ids[19] ?? '');
  await expect.poll(async () => (await snapshot(page)).audioSrc).toContain(ids[19] ?? 'slide 20');
  expect((await snapshot(page)).state).toBe('playing');
});

test('any text typed into G is safe; it finds a slide by number, id or title words', async ({ page }) => {
  const errors = pageErrors(page);
  await openDeck(page, '#/summit');
  for (const text of ['((', '.*', '[', '\\', '(?<x']) {
    await page.keyboard.press('g');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    // A round trip to the page first, so an error it threw has been reported.
    expect(await currentSlideId(page), text).toBe('summit');
    expect(errors, text).toEqual([]);
    // Nothing matches: the box stays, saying so.
    await expect(page.locator('.jump-to-slide-hint')).toHaveText(
      `No slide matches “${text}”. Type a number from 1 to 26, a slide’s id, or words from its title.`,
    );
    await page.keyboard.press('Escape');
    await expect(jumpBox(page)).toBeHidden();
    expect(await currentSlideId(page), text).toBe('summit');
  }
  expect(errors).toEqual([]);

  const ids = await slideIds(page);
  for (const [typed, id] of [
    ['3', ids[2]],
    ['montage-timeline', 'montage-timeline'],
    ['#/lineage', 'lineage'],
    ['week geneva', 'november-1985'],
    ['UNDERDOGS', 'underdogs-champion'],
    ['Hearts on fire', 'second-song'],
  ] as const) {
    await page.keyboard.press('g');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await expectSlide(page, id ?? '');
    await expect(jumpBox(page)).toBeHidden();
  }
  // Focus is back with the deck: the arrows move the slides again.
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => currentSlideId(page)).not.toBe('second-song');
  expect(errors).toEqual([]);
});

test('when several slides match, the up and down arrows choose which one Enter goes to', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('g');
  await page.keyboard.type('rocky');
  const hint = page.locator('.jump-to-slide-hint');
  await expect(hint).toContainText(/\(1 of \d+; the up and down arrows choose\)/);
  const first = await hint.textContent();
  await page.keyboard.press('ArrowDown');
  await expect(hint).toContainText(/\(2 of \d+;/);
  const number = Number(/slide (\d+):/.exec((await hint.textContent()) ?? '')?.[1]);
  await page.keyboard.press('ArrowUp');
  await expect(hint).toHaveText(first ?? '');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const ids = await slideIds(page);
  await expectSlide(page, ids[number - 1] ?? '');
});
