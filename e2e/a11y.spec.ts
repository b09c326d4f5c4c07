import { expect, type Page, test } from '@playwright/test';
import { axeFindings } from './support/axe.ts';
import { contrastProblems } from './support/contrast.ts';
import { expectSlide, forEverySlide, openDeck, showSlide, slideIds } from './support/deck.ts';
import { firstSlideWithSteps, slideData } from './support/deck-data.ts';

/** Thinner than this and a focus ring is hard to see on a projector. */
const MIN_FOCUS_RING_PX = 2;

test.describe('with reduced motion, so nothing is caught mid-transition', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  test('every slide passes axe with no serious or critical finding, and its text meets WCAG AA contrast', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await openDeck(page);
    await page.evaluate(() => document.fonts.ready);
    const problems: string[] = [];
    await forEverySlide(page, async (id, index) => {
      for (const finding of [...(await axeFindings(page)), ...(await contrastProblems(page))]) {
        problems.push(`slide ${index + 1} "${id}": ${finding}`);
      }
    });
    expect(problems).toEqual([]);
  });

  test('the axe check bites: an image without alt text on a slide is a finding', async ({ page }) => {
    await openDeck(page);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = './assets/favicon.svg';
      document.querySelector('.reveal .slides > section.present')?.append(image);
    });
    expect(await axeFindings(page)).toContainEqual(expect.stringMatching(/^critical image-alt: /));
  });

  test('the help dialog passes axe and the contrast check too', async ({ page }) => {
    test.setTimeout(60_000);
    await openDeck(page);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect([...(await axeFindings(page)), ...(await contrastProblems(page))]).toEqual([]);
  });
});

interface TabStop {
  readonly name: string;
  /** Width of a non-transparent outline, 0 if none. */
  readonly outlinePx: number;
  readonly boxShadow: string;
  readonly onScreen: boolean;
}

/** Presses Tab until focus comes round again: where it stops, and every control it should reach. */
async function tabThroughPage(page: Page, maxPresses = 40) {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    for (const seen of document.querySelectorAll('[data-tab-order]')) seen.removeAttribute('data-tab-order');
  });
  const stops: TabStop[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((order): TabStop | 'again' | null => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      if (element.dataset.tabOrder) return 'again';
      element.dataset.tabOrder = String(order);
      const style = getComputedStyle(element);
      const transparent = /rgba\(.*,\s*0\)|transparent/.test(style.outlineColor);
      const rect = element.getBoundingClientRect();
      return {
        name: `${element.localName} "${element.getAttribute('aria-label') || element.textContent?.trim() || ''}"`,
        outlinePx: style.outlineStyle === 'none' || transparent ? 0 : Number.parseFloat(style.outlineWidth),
        boxShadow: style.boxShadow === 'none' ? '' : style.boxShadow,
        onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight,
      };
    }, press + 1);
    if (stop === 'again') break;
    if (stop) stops.push(stop);
  }
  const unreached = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, audio[controls], video[controls], [tabindex]:not([tabindex="-1"])',
      ),
    ]
      .filter(
        (element) =>
          !element.dataset.tabOrder &&
          !element.matches(':disabled') &&
          !element.closest('[inert], [hidden], [aria-hidden="true"]') &&
          element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
          // A modal dialog keeps focus inside itself.
          (!document.querySelector('dialog[open]') || element.closest('dialog[open]') !== null),
      )
      .map((element) => `${element.localName} "${element.getAttribute('aria-label') || element.textContent?.trim()}"`),
  );
  return { stops, unreached };
}

function focusProblems(where: string, { stops, unreached }: Awaited<ReturnType<typeof tabThroughPage>>): string[] {
  const problems = unreached.map((control) => `${where}: Tab never reaches ${control}`);
  for (const stop of stops) {
    if (stop.outlinePx < MIN_FOCUS_RING_PX && !stop.boxShadow)
      problems.push(`${where}: ${stop.name} shows no focus ring (outline ${stop.outlinePx}px, no box-shadow)`);
    if (!stop.onScreen) problems.push(`${where}: ${stop.name} takes focus but is not on screen`);
  }
  return problems;
}

test('on every slide Tab reaches every visible control, each with a visible focus ring', async ({ page }) => {
  test.setTimeout(180_000);
  await openDeck(page);
  const problems: string[] = [];
  await forEverySlide(page, async (id) => {
    const tabbing = await tabThroughPage(page);
    expect(tabbing.stops.length, `slide "${id}": Tab reaches the deck's controls`).toBeGreaterThan(1);
    problems.push(...focusProblems(`slide "${id}"`, tabbing));
  });
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  problems.push(...focusProblems('help dialog', await tabThroughPage(page)));
  expect(problems).toEqual([]);
});

test('the deck’s controls work from the keyboard alone', async ({ page }) => {
  await openDeck(page);
  const ids = await slideIds(page);
  const next = page.locator('.reveal .controls .navigate-right');
  await next.focus();
  await page.keyboard.press('Enter');
  await expectSlide(page, ids[1] ?? '');

  const helpButton = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await helpButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(helpButton).toBeFocused();
});

test('the live region announces each slide’s own words as it arrives, never the notes', async ({ page }) => {
  await openDeck(page);
  const status = page.locator('.reveal .aria-status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  const ids = await slideIds(page);
  for (const id of ids.slice(1)) {
    await page.keyboard.press('Alt+ArrowRight');
    await expectSlide(page, id);
    const slide = page.locator(`section#${id}`);
    const words = await slide
      .locator('h1, h2, h3, blockquote, figcaption, p:not(.section-label)')
      .first()
      .evaluate((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    await expect(status, `slide "${id}" is announced`).toContainText(words);
    const notes = (await slideData(page, id)).parts.join(' ');
    expect(await status.textContent(), `slide "${id}": notes stay private`).not.toContain(notes);
  }
});

test('with reduced motion, slides and fragments change without any transition', async ({ page }) => {
  const motion = async () => {
    await openDeck(page);
    const withFragments = await firstSlideWithSteps(page);
    await openDeck(page, `#/${withFragments}`);
    return page.evaluate(() => {
      const seconds = (selector: string) =>
        [...document.querySelectorAll(selector)].map((element) =>
          Math.max(
            ...getComputedStyle(element)
              .transitionDuration.split(',')
              .map((value) => Number.parseFloat(value)),
          ),
        );
      const config = window.Reveal?.getConfig();
      return {
        transition: config?.transition,
        backgroundTransition: config?.backgroundTransition,
        slideSeconds: Math.max(...seconds('.reveal .slides > section.present')),
        fragmentSeconds: Math.max(...seconds('.reveal .slides > section.present .fragment')),
      };
    });
  };
  const normal = await motion();
  expect(normal.transition).not.toBe('none');
  expect(normal.slideSeconds + normal.fragmentSeconds).toBeGreaterThan(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await motion()).toEqual({
    transition: 'none',
    backgroundTransition: 'none',
    slideSeconds: 0,
    fragmentSeconds: 0,
  });
});

test('images and diagrams say what they show', async ({ page }) => {
  await openDeck(page);
  const problems = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.flatMap((section) => {
      const found: string[] = [];
      const where = `slide "${section.id}"`;
      const meaningful = (text: string | null | undefined) =>
        Boolean(text && text.trim().split(/\s+/).length >= 3 && !/\.(svg|png|jpe?g|webp|gif)\b/i.test(text));
      for (const image of section.querySelectorAll('img')) {
        if (!meaningful(image.getAttribute('alt')) && image.getAttribute('alt') !== '')
          found.push(`${where}: <img src="${image.getAttribute('src')}"> needs alt text that says what it shows`);
      }
      for (const art of section.querySelectorAll('[role="img"]')) {
        if (!meaningful(art.getAttribute('aria-label')))
          found.push(`${where}: a figure with role="img" needs an aria-label that says what it shows`);
      }
      for (const svg of section.querySelectorAll('svg')) {
        if (svg.closest('[role="img"][aria-label]')) continue;
        // Hidden decoration is fine; hidden words are lost.
        if (svg.closest('[aria-hidden="true"]') && !svg.querySelector('text')) continue;
        found.push(`${where}: an <svg> is neither a labelled image (role="img", aria-label) nor wordless decoration`);
      }
      return found;
    }),
  );
  expect(problems).toEqual([]);
});

test('a screen reader meets each drawing once: one image named by its alt text, none of its inner labels', async ({
  page,
}) => {
  await openDeck(page);
  const ids = await slideIds(page);
  const drawings = await page.locator('.reveal .slides > section [role="img"]').evaluateAll((images) =>
    images.map((image) => ({
      slide: image.closest('section')?.id ?? '',
      alt: image.getAttribute('aria-label') ?? '',
    })),
  );
  expect(drawings.map((drawing) => drawing.slide)).toEqual(
    expect.arrayContaining(['november-1985', 'montage-timeline', 'summit', 'two-ways-of-life', 'lineage']),
  );
  for (const { slide, alt } of drawings) {
    await showSlide(page, ids.indexOf(slide));
    await expect(page.locator(`section#${slide}`).getByRole('img', { name: alt, exact: true })).toHaveCount(1);
    const tree = await page.locator(`section#${slide}`).ariaSnapshot();
    expect(tree.split(alt).length - 1, `slide "${slide}": the alt text, once, in\n${tree}`).toBe(1);
    // Nothing nested under the image: its drawn labels (a calendar's dates, tick marks) are not read out.
    const lines = tree.split('\n');
    const at = lines.findIndex((line) => line.includes(alt));
    const indent = (line = '') => line.length - line.trimStart().length;
    expect(indent(lines[at + 1] ?? ''), `slide "${slide}": nothing inside the image in\n${tree}`).toBeLessThanOrEqual(
      indent(lines[at]),
    );
  }
});
