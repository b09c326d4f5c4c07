import { expect, test } from '@playwright/test';
import { expectSlide, openDeck, openSpeakerView, slideIds } from './support/deck.ts';

test('no slide, speaker view or print view logs a console error, and no request leaves the page’s origin', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const problems: string[] = [];
  const origin = new URL(baseURL ?? '').origin;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The whole context: the speaker view popup and its preview frames count too.
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && url !== 'about:blank')
      problems.push(`request to ${url}`);
  });
  context.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });

  await openDeck(page);
  const ids = await slideIds(page);
  // Every slide is really shown, so whatever it loads (figures, fonts, narration) is watched too.
  await expectSlide(page, ids[0] ?? '');
  for (const id of ids.slice(1)) {
    await page.keyboard.press('Alt+ArrowRight');
    await expectSlide(page, id);
  }
  await page.evaluate(() => document.fonts.ready);
  const speaker = await openSpeakerView(page);
  speaker.on('console', (message) => {
    if (message.type() === 'error') problems.push(`speaker view console error: ${message.text()}`);
  });
  await expect(speaker.locator('.speaker-controls-notes .value')).not.toBeEmpty();
  await speaker.close();
  await page.goto('./?print-pdf');
  await expect(page.locator('.reveal .pdf-page')).toHaveCount(ids.length);
  await page.evaluate(() => document.fonts.ready);
  expect(problems).toEqual([]);
});

test('the deck uses its own fonts, loaded from its own origin', async ({ page }) => {
  await openDeck(page);
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replace(/"/g, ''));
  });
  expect(loaded).toEqual(expect.arrayContaining(['Anton', 'Source Sans 3']));
});
