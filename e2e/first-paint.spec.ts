import { expect, type Page, test } from '@playwright/test';
import { openDeck } from './support/deck.ts';

/** The deck's own module script: blocked, the page shows only what it paints by itself. */
const DECK_SCRIPT = /\/assets\/index-[^/]*\.js$/;
const FIRST_SLIDE_TEXT = '#title h1, #title .kicker, #title .subtitle';
/** How late the fonts come in the test where they are slower than the script. */
const SLOW_FONT_DELAY_MS = 400;

/** Where each piece of the first slide's text is drawn, in CSS pixels. */
function textBoxes(page: Page) {
  return page.locator(FIRST_SLIDE_TEXT).evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { text: element.textContent?.slice(0, 20), x, y, width, height };
    }),
  );
}

async function openWithoutScript(page: Page, address = './'): Promise<void> {
  await page.route(DECK_SCRIPT, (route) => route.abort());
  await page.goto(address);
  await page.evaluate(() => document.fonts.ready);
}

for (const [width, height] of [
  [1280, 720],
  [1024, 768],
  [390, 844],
  [2880, 1620],
] as const) {
  test(`at ${width}x${height} the first slide paints before the deck’s script runs, exactly where reveal.js then puts it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openWithoutScript(page);
    await expect(page.locator('#title h1')).toBeVisible();
    const before = await textBoxes(page);
    expect(before).toHaveLength(3);

    await page.unroute(DECK_SCRIPT);
    await openDeck(page);
    const after = await textBoxes(page);
    for (const [index, box] of after.entries()) {
      const early = before[index];
      expect(early?.text).toBe(box.text);
      for (const side of ['x', 'y', 'width', 'height'] as const) expect(early?.[side]).toBeCloseTo(box[side], 0);
    }
  });
}

test('a deep link, the print view and the speaker view’s previews show no slide until reveal.js has moved there', async ({
  page,
}) => {
  for (const address of ['./#/5', './#/summit', './?print-pdf', './?receiver#/0/0', './?margin=0']) {
    await openWithoutScript(page, address);
    await expect(page.locator('.reveal .slides > section:visible'), address).toHaveCount(0);
    await page.goto('about:blank');
  }
  // The narration rate changes nothing on screen: that address is still the deck's start.
  await openWithoutScript(page, './?narrationRate=2');
  await expect(page.locator('#title h1')).toBeVisible();
});

test('the fonts the first screen sets text in come preloaded with the page, each fetched once, and no other', async ({
  page,
}) => {
  await openDeck(page);
  await page.evaluate(() => document.fonts.ready);
  const { preloaded, fetched } = await page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map(
      (link) => link.href,
    ),
    fetched: performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.endsWith('.woff2')),
  }));
  expect(preloaded.length).toBeGreaterThan(0);
  // A preload whose mode differs from the @font-face fetch would be fetched a second time.
  expect(fetched.sort()).toEqual([...preloaded].sort());
  // Every face the first screen set text in was loaded, and each preload was one of them.
  const loadedFaces = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').length);
  expect(loadedFaces).toBe(preloaded.length);
});

test('the page asks for no stylesheet before it paints, and reveal.js starts only once the first slide is on screen', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const marks = { paintMs: Number.NaN, startMs: Number.NaN };
    (window as unknown as { firstPaintMarks: typeof marks }).firstPaintMarks = marks;
    // The first text painted where it can be seen (first-contentful-paint counts text hidden while its font loads).
    new PerformanceObserver((list) => {
      marks.paintMs = Math.min(
        marks.paintMs || Number.POSITIVE_INFINITY,
        ...list.getEntries().map((entry) => entry.startTime),
      );
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    // reveal.js's start-up adds its controls to the deck: the moment it begins its work on the page.
    const started = new MutationObserver(() => {
      if (!document.querySelector('.reveal > .controls')) return;
      marks.startMs = performance.now();
      started.disconnect();
    });
    started.observe(document, { childList: true, subtree: true });
  });
  // Fonts that arrive well after the script: reveal.js must still wait for the slide to show.
  await page.route(/\.woff2$/, async (route) => {
    await new Promise((done) => setTimeout(done, SLOW_FONT_DELAY_MS));
    await route.continue();
  });
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
  });
  await openDeck(page);
  expect(stylesheets).toEqual([]);
  const { paintMs, startMs } = await page.evaluate(
    () => (window as unknown as { firstPaintMarks: { paintMs: number; startMs: number } }).firstPaintMarks,
  );
  expect(Number.isFinite(paintMs) && Number.isFinite(startMs)).toBe(true);
  expect(paintMs).toBeLessThan(startMs);
});
