import { expect, test } from '@playwright/test';
import { findSlideOverflow, formatOverflow } from '../src/export/slide-overflow.ts';
import { openDeck, slideIds } from './deck.ts';

/** The projector shapes a deck meets most: 16:9 and 4:3. */
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

// Without transitions, every fragment is measured where it comes to rest.
test.use({ contextOptions: { reducedMotion: 'reduce' } });

for (const screen of SCREENS) {
  test(`at ${screen.width}x${screen.height} no slide’s content reaches outside the slide, fragments shown`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(screen);
    await openDeck(page);
    await page.evaluate(() => document.fonts.ready);
    const problems: string[] = [];
    const count = (await slideIds(page)).length;
    for (let index = 0; index < count; index++) {
      await page.evaluate((i) => window.Reveal?.slide(i, 0, Number.MAX_SAFE_INTEGER), index);
      problems.push(...(await findSlideOverflow(page)).map(formatOverflow));
    }
    expect(problems).toEqual([]);
  });
}

test('the layout check names the slide and the element that spills over', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const ids = await (async () => {
    await openDeck(page);
    return slideIds(page);
  })();
  const target = ids[1] ?? '';
  await page.evaluate((id) => {
    window.Reveal?.slide(1);
    const wide = document.createElement('p');
    wide.className = 'too-wide';
    wide.textContent = 'A line far too long for the slide';
    wide.style.width = '3000px';
    document.getElementById(id)?.append(wide);
  }, target);
  const found = (await findSlideOverflow(page)).map(formatOverflow);
  expect(found).toContainEqual(
    expect.stringMatching(
      new RegExp(
        `^Slide 2 "${target}": <p\\.too-wide> "A line far too long for the slide" reaches past the slide's right edge by \\d+px$`,
      ),
    ),
  );
});
