/**
 * The handout composed in the built deck's print view, as the exporter composes it: sheets rendered
 * from the page's deck data, scripts that run long stepping down in size to keep a slide to one
 * page, and one too long for any size refused.
 */
import { expect, type Page, test } from '@playwright/test';
import type { DeckData } from '../src/contract/deck-data.ts';
import { composeHandout, type HandoutInput, inspectPrintView } from '../src/export/page-scripts.ts';
import { findSlideOverflow } from '../src/export/slide-overflow.ts';
import { renderHandout } from '../src/render/handout.ts';
import { deckData } from './support/deck-data.ts';
import { openPrintView as openPrint } from './support/print-view.ts';

/** The print view, readied for print as the exporter readies it, with every slide fitting its page. */
async function openPrintView(page: Page): Promise<DeckData> {
  await openPrint(page);
  await page.evaluate(inspectPrintView);
  expect(await findSlideOverflow(page)).toEqual([]);
  return deckData(page);
}

/** The handout's input with the first slide's script replaced by these parts. */
function withFirstScript(data: DeckData, parts: readonly string[], paper: HandoutInput['paper']): HandoutInput {
  const [first, ...rest] = data.slides;
  if (!first) throw new Error('the deck data has no slides');
  return { sheets: JSON.stringify(renderHandout({ ...data, slides: [{ ...first, parts }, ...rest] })), paper };
}

/** `count` words of script, as text. */
function words(count: number): string {
  return Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
}

test('a long script steps its type down so the slide keeps one page, and the notes area gives way', async ({
  page,
}) => {
  const data = await openPrintView(page);
  const report = await page.evaluate(composeHandout, withFirstScript(data, [words(330)], 'a4'));
  expect(report.problems).toEqual([]);
  const first = page.locator('.handout-sheet').first();
  expect(Number(await first.getAttribute('data-fit'))).toBeGreaterThan(0);
  expect(await first.evaluate((sheet) => sheet.scrollHeight <= sheet.clientHeight + 1)).toBe(true);
  await expect(first.locator('.handout-notes')).toHaveCount(0);
  // A slide with a short script keeps the full size and a ruled notes area.
  const second = page.locator('.handout-sheet').nth(1);
  expect(await second.getAttribute('data-fit')).toBe('0');
  await expect(second.locator('.handout-notes')).toHaveCount(1);
});

test('a script too long for its page in any size is refused, naming the slide', async ({ page }) => {
  const data = await openPrintView(page);
  const report = await page.evaluate(composeHandout, withFirstScript(data, [words(1200)], 'letter'));
  expect(report.problems).toEqual([
    {
      slideId: data.slides[0]?.id,
      slideNumber: 1,
      problem: expect.stringMatching(/^its script does not fit on its handout page, even in the smallest type/),
      fix: 'shorten the script, or split the slide in two',
    },
  ]);
});

test('the handout shows the script as text with its step cues, never as markup', async ({ page }) => {
  const data = await openPrintView(page);
  const parts = [...(data.slides[0]?.parts ?? []), 'Say <b>this</b> & that.'];
  await page.evaluate(composeHandout, withFirstScript(data, parts, 'a4'));
  const part = page.locator('.handout-sheet').first().locator('.handout-part').last();
  await expect(part.locator('.handout-cue')).toHaveText('Step 1');
  await expect(part).toHaveText('Step 1Say <b>this</b> & that.');
  await expect(part.locator('b')).toHaveCount(0);
});

test('every slide gets its sheet: the deck’s title, the slide’s section and number, and its script by step', async ({
  page,
}) => {
  const data = await openPrintView(page);
  const input: HandoutInput = { sheets: JSON.stringify(renderHandout(data)), paper: 'a4' };
  const report = await page.evaluate(composeHandout, input);
  expect(report).toEqual({ sheets: data.slides.length, problems: [] });
  const sheets = page.locator('.handout-sheet');
  await expect(sheets).toHaveCount(data.slides.length);
  for (const slide of data.slides) {
    const sheet = sheets.nth(slide.number - 1);
    await expect(sheet.locator('.handout-deck')).toHaveText(data.meta.title);
    await expect(sheet.locator('.handout-section')).toHaveText(slide.section.heading);
    await expect(sheet.locator('.handout-number')).toHaveText(`Slide ${slide.number} of ${data.slides.length}`);
    // The printed slide itself sits in the sheet's box.
    await expect(sheet.locator(`.handout-slide section#${slide.id}`)).toHaveCount(1);
    await expect(sheet.locator('.handout-part')).toHaveText(
      slide.parts.map((part, step) => (step > 0 ? `Step ${step}${part}` : part)),
    );
  }
});
