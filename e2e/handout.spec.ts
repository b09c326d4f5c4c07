/**
 * The handout composed in the built deck's print view, as the exporter composes it: scripts that
 * run long step down in size to keep a slide to one page, and one too long for any size is refused.
 */
import { expect, type Page, test } from '@playwright/test';
import { loadDeck } from '../src/build/load-deck.ts';
import { composeHandout, type HandoutInput, inspectPrintView } from '../src/export/page-scripts.ts';
import { findSlideOverflow } from '../src/export/slide-overflow.ts';
import { openPrintView as openPrint } from './support/print-view.ts';

const sectionHeadings = Object.fromEntries(loadDeck().sections.map((section) => [section.id, section.heading]));
const onA4: HandoutInput = { deckTitle: 'Deck', sectionHeadings, paper: 'a4' };
const onLetter: HandoutInput = { ...onA4, paper: 'letter' };

/** The print view, readied for print as the exporter readies it, with every slide fitting its page. */
async function openPrintView(page: Page): Promise<void> {
  await openPrint(page);
  await page.evaluate(inspectPrintView);
  expect(await findSlideOverflow(page)).toEqual([]);
}

/** Replaces the first slide's script with `words` words, as text. */
async function setFirstScript(page: Page, words: number): Promise<string> {
  return page.evaluate((count) => {
    const section = document.querySelector('.reveal .slides section');
    const notes = section?.querySelector('aside.notes');
    if (!section || !notes) throw new Error('no slide with notes');
    const paragraph = document.createElement('p');
    paragraph.dataset.step = '0';
    paragraph.textContent = Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
    notes.replaceChildren(paragraph);
    return section.id;
  }, words);
}

test('a long script steps its type down so the slide keeps one page, and the notes area gives way', async ({
  page,
}) => {
  await openPrintView(page);
  await setFirstScript(page, 330);
  const report = await page.evaluate(composeHandout, onA4);
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
  await openPrintView(page);
  const id = await setFirstScript(page, 1200);
  const report = await page.evaluate(composeHandout, onLetter);
  expect(report.problems).toEqual([
    {
      slideId: id,
      slideNumber: 1,
      problem: expect.stringMatching(/^its script does not fit on its handout page, even in the smallest type/),
      fix: 'shorten the script, or split the slide in two',
    },
  ]);
});

test('the handout shows the script as text with its step cues, never as markup', async ({ page }) => {
  await openPrintView(page);
  await page.evaluate(() => {
    const notes = document.querySelector('.reveal .slides section aside.notes');
    const paragraph = document.createElement('p');
    paragraph.dataset.step = '1';
    const cue = document.createElement('span');
    cue.className = 'notes-cue';
    cue.textContent = '[step 1]';
    paragraph.append(cue, ' Say <b>this</b> & that.');
    notes?.append(paragraph);
  });
  await page.evaluate(composeHandout, onA4);
  const part = page.locator('.handout-sheet').first().locator('.handout-part').last();
  await expect(part.locator('.handout-cue')).toHaveText('Step 1');
  await expect(part).toHaveText('Step 1Say <b>this</b> & that.');
  await expect(part.locator('b')).toHaveCount(0);
});
