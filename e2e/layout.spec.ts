import { expect, type Page, test } from '@playwright/test';
import {
  findSlideOverflow,
  findTextCollisions,
  formatCollision,
  formatOverflow,
  summarizeSlideOverflow,
  summarizeTextCollisions,
} from '../src/export/slide-overflow.ts';
import { forEverySlide, openDeck, slideIds } from './support/deck.ts';
import { openPrintView } from './support/print-view.ts';

/** The projector shapes a deck meets most: 16:9 and 4:3. */
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

// Without transitions, every fragment is measured where it comes to rest.
test.use({ contextOptions: { reducedMotion: 'reduce' } });

for (const screen of SCREENS) {
  test(`at ${screen.width}x${screen.height} no slide’s content reaches outside the slide or runs into other text, fragments shown`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(screen);
    await openDeck(page);
    await page.evaluate(() => document.fonts.ready);
    const problems: string[] = [];
    await forEverySlide(page, async () =>
      problems.push(
        ...(await findSlideOverflow(page)).map(formatOverflow),
        ...(await findTextCollisions(page)).map(formatCollision),
      ),
    );
    expect(problems).toEqual([]);
  });
}

test('a title grown over its slide’s section label is named with the label it runs into', async ({ page }) => {
  await openDeck(page);
  const target = await page.evaluate(() => {
    const heading = document.querySelector<HTMLElement>('.reveal .slides section.layout-statement h2');
    const slide = heading?.closest('section');
    if (!heading || !slide) return null;
    window.Reveal?.slide([...(slide.parentElement?.children ?? [])].indexOf(slide));
    heading.textContent = `A title that will not stop, ${'and climbs on up the slide, '.repeat(10)}`;
    return { id: slide.id, number: [...document.querySelectorAll('.reveal .slides > section')].indexOf(slide) + 1 };
  });
  expect(target).not.toBeNull();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const found = (await findTextCollisions(page)).map(formatCollision);
  expect(found).toContainEqual(
    expect.stringMatching(
      new RegExp(
        `^Slide ${target?.number} "${target?.id}": <(h2|p)[^>]*> ".*" runs into <p\\.section-label> ".*" \\(\\d+×\\d+ px overlap\\)$`,
      ),
    ),
  );
});

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

/** Each spilling slide of the print view, in the words the exporter refuses it with. */
async function printViewSpills(page: Page): Promise<string[]> {
  return summarizeSlideOverflow(await findSlideOverflow(page)).map(
    (spill) => `Slide ${spill.slideNumber} "${spill.slideId}": ${spill.summary}`,
  );
}

/** Each slide of the print view where text runs into other text, in the exporter's words. */
async function printViewCollisions(page: Page): Promise<string[]> {
  return summarizeTextCollisions(await findTextCollisions(page)).map(
    (slide) => `Slide ${slide.slideNumber} "${slide.slideId}": its text collides: ${slide.summary}`,
  );
}

test('in the print view every slide fits its one page: no second page, nothing past its edges, no text over text', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openDeck(page);
  const ids = await slideIds(page);
  await openPrintView(page);
  // reveal.js gives a slide taller than its page a second page of its own.
  const pages = await page
    .locator('.reveal .slides > .pdf-page')
    .evaluateAll((all) => all.map((pdfPage) => pdfPage.querySelector(':scope > section')?.id ?? ''));
  expect(pages).toEqual(ids);
  expect(await printViewSpills(page)).toEqual([]);
  expect(await printViewCollisions(page)).toEqual([]);
});

test('the print view check names the slide and what runs past which edge', async ({ page }) => {
  await openPrintView(page);
  const target = await page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('.reveal .slides section.layout-bullets ul');
    const item = document.createElement('li');
    item.textContent = `A point that will not stop, ${'and goes on about one more montage, '.repeat(30)}`;
    list?.append(item);
    return list?.closest('section')?.id ?? '';
  });
  const spills = await printViewSpills(page);
  expect(spills).toHaveLength(1);
  expect(spills[0]).toMatch(
    new RegExp(
      `^Slide \\d+ "${target}": its content runs past the slide's .*bottom edge by \\d+ px \\(<li> "A point that will not stop`,
    ),
  );
});
