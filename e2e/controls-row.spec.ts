import { expect, type Page, test } from '@playwright/test';
import { openNarratedDeck } from './support/narration.ts';

interface Box {
  readonly name: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly middle: number;
}

/** The on-screen controls a person can see, left to right, and reveal.js's slide number. */
function controlBoxes(page: Page): Promise<{ controls: Box[]; slideNumber: Box | null }> {
  return page.evaluate(() => {
    const box = (element: Element, name: string) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { name, left, right, top, bottom, middle: (top + bottom) / 2 };
    };
    const controls = [...document.querySelectorAll('.deck-help-button, .deck-narration > :is(button, select)')]
      .filter((element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((element) => box(element, element.getAttribute('aria-label') || element.textContent || element.className))
      .sort((a, b) => a.left - b.left);
    const number = document.querySelector('.reveal .slide-number');
    const numberShown = number?.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    return { controls, slideNumber: number && numberShown ? box(number, 'slide number') : null };
  });
}

/** Every control on one line, level with the slide number, side by side, on screen. */
async function rowProblems(page: Page, mode: string): Promise<string[]> {
  const { controls, slideNumber } = await controlBoxes(page);
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const problems: string[] = [];
  const [first] = controls;
  if (!first) return [`${mode}: no control is showing`];
  for (const [index, control] of controls.entries()) {
    if (Math.abs(control.middle - first.middle) > 1)
      problems.push(`${mode}: "${control.name}" sits ${Math.round(control.middle - first.middle)} px off the row`);
    const previous = controls[index - 1];
    if (previous && control.left < previous.right)
      problems.push(`${mode}: "${control.name}" overlaps "${previous.name}"`);
    if (control.left < 0 || control.right > viewport.width || control.top < 0 || control.bottom > viewport.height)
      problems.push(`${mode}: "${control.name}" is not all on screen`);
  }
  if (first.name !== 'Keyboard shortcuts')
    problems.push(`${mode}: the row starts with "${first.name}", not the ? button`);
  if (slideNumber && Math.abs(slideNumber.middle - first.middle) > 8)
    problems.push(
      `${mode}: the row is ${Math.round(first.middle - slideNumber.middle)} px off the slide number’s line`,
    );
  return problems;
}

test('the controls row stays in line in every mode at 1280 × 720', async ({ page }) => {
  await openNarratedDeck(page, '', '#/intercut');
  const problems = await rowProblems(page, 'idle');
  await page.getByRole('button', { name: 'Play narration' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'playing');
  await expect(page.getByRole('button', { name: 'Stop narration' })).toBeVisible();
  problems.push(...(await rowProblems(page, 'playing')));
  await page.keyboard.press('r');
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'paused');
  problems.push(...(await rowProblems(page, 'paused')));
  await page.keyboard.press('o');
  await expect(page.locator('.reveal')).toHaveClass(/\boverview\b/);
  problems.push(...(await rowProblems(page, 'overview, narration paused')));
  await page.keyboard.press('o');
  await page.keyboard.press('Shift+Slash');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  problems.push(...(await rowProblems(page, 'help open')));
  await page.keyboard.press('Escape');
  await page.keyboard.press('x');
  await page.keyboard.press('o');
  await expect(page.locator('.reveal')).toHaveClass(/\boverview\b/);
  problems.push(...(await rowProblems(page, 'overview, narration stopped')));
  expect(problems).toEqual([]);

  // Blacked out, the screen is black: no control shows at all.
  await page.keyboard.press('o');
  await page.keyboard.press('b');
  expect((await controlBoxes(page)).controls).toEqual([]);
  await page.keyboard.press('b');
  expect(await rowProblems(page, 'back from the blackout')).toEqual([]);
});

test.describe('on a phone held upright (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('narration’s controls keep one line above the ? button, which stays level with the slide number', async ({
    page,
  }) => {
    await openNarratedDeck(page, '', '#/intercut');
    const problems: string[] = [];
    const check = async (mode: string) => {
      const { controls, slideNumber } = await controlBoxes(page);
      const help = controls.find((control) => control.name === 'Keyboard shortcuts');
      const narration = controls.filter((control) => control !== help);
      if (!help || !slideNumber || narration.length === 0) return problems.push(`${mode}: a control is missing`);
      if (Math.abs(help.middle - slideNumber.middle) > 8)
        problems.push(`${mode}: the ? button left the slide number’s line`);
      for (const control of narration) {
        if (Math.abs(control.middle - (narration[0]?.middle ?? 0)) > 1)
          problems.push(`${mode}: "${control.name}" is off its line`);
        if (control.bottom > help.top)
          problems.push(`${mode}: "${control.name}" reaches down into the ? button’s line`);
        if (control.right > 390) problems.push(`${mode}: "${control.name}" runs off the screen`);
      }
      return problems.length;
    };
    await check('idle');
    await page.getByRole('button', { name: 'Play narration' }).tap();
    await expect(page.getByRole('button', { name: 'Stop narration' })).toBeVisible();
    await check('playing');
    await page.getByRole('button', { name: 'Pause narration' }).tap();
    await page.evaluate(() => window.Reveal?.toggleOverview(true));
    await expect(page.locator('.reveal')).toHaveClass(/\boverview\b/);
    await check('overview, narration paused');
    expect(problems).toEqual([]);
  });

  test('the row spans the width, yet reveal.js’s arrows beside the ? button still take a tap', async ({ page }) => {
    await openNarratedDeck(page, '', '#/intercut');
    const next = page.locator('.reveal .controls .navigate-right');
    const hit = await next.evaluate((arrow) => {
      const box = arrow.getBoundingClientRect();
      return arrow.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    });
    expect(hit, 'the arrow is what a tap on it reaches').toBe(true);
    const progress = () => page.evaluate(() => window.Reveal?.getProgress() ?? 0);
    const before = await progress();
    await next.tap();
    await expect.poll(progress).toBeGreaterThan(before);
  });
});
