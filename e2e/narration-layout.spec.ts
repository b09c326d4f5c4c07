import { expect, type Page, test } from '@playwright/test';
import { slideIds } from './support/deck.ts';
import { generatedAudio, openNarratedDeck, scriptCues, snapshot } from './support/narration.ts';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The boxes of what a viewer reads on the current slide: text and drawn shapes. */
function slideContentBoxes(page: Page): Promise<{ what: string; box: Box }[]> {
  return page.evaluate(() => {
    const slide = window.Reveal?.getCurrentSlide();
    if (!slide) return [];
    const shapes = new Set(['text', 'rect', 'path', 'circle', 'line', 'polygon', 'polyline', 'ellipse', 'img']);
    const found: { what: string; box: Box }[] = [];
    for (const element of slide.querySelectorAll<Element>('*')) {
      if (element.closest('aside.notes')) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.opacity === '0') continue;
      const leafText = element.children.length === 0 && (element.textContent ?? '').trim() !== '';
      if (!leafText && !shapes.has(element.tagName.toLowerCase())) continue;
      const { left, top, right, bottom, width, height } = element.getBoundingClientRect();
      if (width < 1 || height < 1) continue;
      found.push({
        what: `${element.tagName} "${(element.textContent ?? '').trim().slice(0, 30)}"`,
        box: { left, top, right, bottom },
      });
    }
    return found;
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

test.describe('on a phone held upright (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the deck stays a deck: a deep link opens its slide, and narration goes on past it', async ({ page }) => {
    await openNarratedDeck(page, '?narrationRate=16', '#/philly-to-the-mountain');
    expect((await snapshot(page)).slide).toBe('philly-to-the-mountain');
    // One slide on screen, scaled to the width, not reveal.js's scrolling page of every slide.
    await expect(page.locator('.reveal .slides > section.present')).toHaveCount(1);
    await expect(page.locator('.reveal .slides > section.present')).toHaveId('philly-to-the-mountain');
    const slide = await boxOf(page, '.reveal .slides > section.present');
    expect(slide.right - slide.left).toBeLessThanOrEqual(390);

    await page.getByRole('button', { name: 'Play narration' }).click();
    await expect.poll(async () => (await snapshot(page)).audioTime).toBeGreaterThan(0.2);
    const ids = await slideIds(page);
    const third = ids[ids.indexOf('philly-to-the-mountain') + 1];
    await expect.poll(async () => (await snapshot(page)).slide, { timeout: 30_000 }).toBe(third);
    expect((await snapshot(page)).state).toBe('playing');
    await expect(page.locator('.deck-narration-status')).not.toContainText('Narration finished');
  });

  test('the controls sit on a row of their own, clear of the arrows and the slide number', async ({ page }) => {
    await openNarratedDeck(page, '');
    await page.getByRole('button', { name: 'Play narration' }).click();
    await expect(page.getByRole('button', { name: 'Pause narration' })).toBeVisible();
    const controls = page.locator('.deck-narration > :is(button, select):visible');
    const chrome = ['.reveal .controls .navigate-left', '.reveal .controls .navigate-right', '.reveal .slide-number'];
    for (const control of await controls.all()) {
      const box = await control.boundingBox();
      if (!box) continue;
      expect(box.x + box.width, 'a control runs off the screen').toBeLessThanOrEqual(390);
      for (const selector of chrome) {
        const other = await boxOf(page, selector);
        const mine = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
        expect(overlaps(mine, other), `${await control.getAttribute('class')} covers ${selector}`).toBe(false);
      }
    }
  });
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`a notice covers nothing of the slide (${viewport.width} × ${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.route(generatedAudio('november-1985'), (route) => route.fulfill({ status: 404, body: '' }));
    await openNarratedDeck(page, '', '#/november-1985');
    await page.getByRole('button', { name: 'Play narration' }).click();
    const status = page.getByRole('status');
    await expect(status).toContainText('its audio did not load');
    // Let reveal.js scale the deck into the room left above the band.
    await expect
      .poll(async () => (await boxOf(page, '.reveal')).bottom)
      .toBeLessThanOrEqual((await boxOf(page, '.deck-narration-status')).top + 1);
    const notice = await boxOf(page, '.deck-narration-status');
    for (const { what, box } of await slideContentBoxes(page)) {
      expect(overlaps(notice, box), `the notice covers ${what}`).toBe(false);
    }
    // Captions sit below the notice, in the same band, also clear of the slide.
    const captions = await boxOf(page, '.deck-captions');
    expect(captions.top).toBeGreaterThanOrEqual(notice.bottom);
    expect(captions.bottom).toBeLessThanOrEqual(viewport.height + 1);
  });
}

test('in reveal.js’s scroll view (?view=scroll) narration still goes on from slide to slide', async ({ page }) => {
  await openNarratedDeck(page, '?view=scroll&narrationRate=16');
  // Every slide on one scrolling page, each in a page of its own.
  expect(await page.locator('.reveal .scroll-page').count()).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Play narration' }).click();
  const slideIndex = () => page.evaluate(() => window.Reveal?.getIndices().h ?? 0);
  await expect.poll(slideIndex, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  expect((await snapshot(page)).state).toBe('playing');
});

test('“Narration finished” goes away when the viewer moves on', async ({ page }) => {
  await openNarratedDeck(page, '?narrationRate=16', '#/closing');
  await page.getByRole('button', { name: 'Play narration' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'ended', { timeout: 30_000 });
  const status = page.getByRole('status');
  await expect(status).toHaveText('Narration finished: that was the last slide.');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.deck-narration-status')).toBeEmpty();
  await expect(page.locator('.deck-narration-band')).toBeHidden();
  expect((await page.locator('.reveal').boundingBox())?.height).toBe(720);
});

test('blacking out the screen pauses narration and hides its captions and controls; B brings them back', async ({
  page,
}) => {
  await openNarratedDeck(page, '', '#/intercut');
  await page.getByRole('button', { name: 'Play narration' }).click();
  const captions = page.getByRole('region', { name: 'Captions' });
  await expect(captions).not.toBeEmpty();
  await page.keyboard.press('b');
  await expect(page.locator('html')).toHaveAttribute('data-narration', 'paused');
  await expect(captions).toBeHidden();
  await expect(page.getByRole('group', { name: 'Narration' })).toBeHidden();
  // The black covers the whole window: the deck took back the band's room.
  expect((await page.locator('.reveal').boundingBox())?.height).toBe(720);

  await page.keyboard.press('b');
  await expect(page.getByRole('button', { name: 'Play narration' })).toBeVisible();
  await expect(captions).toBeVisible();
  await expect(captions).not.toBeEmpty();
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 600, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`every caption of the deck fits its band, readable, at ${viewport.width} × ${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openNarratedDeck(page, '');
    await page.getByRole('button', { name: 'Play narration' }).click();
    await page.getByRole('button', { name: 'Pause narration' }).click();
    const cues: string[] = [];
    for (const id of await slideIds(page)) cues.push(...(await scriptCues(page, id)).flat());
    expect(cues.length).toBeGreaterThan(100);
    const slideBottom = (await boxOf(page, '.reveal')).bottom;

    const misfits = await page.evaluate((texts) => {
      const band = document.querySelector('.deck-narration-band') as HTMLElement;
      const line = document.querySelector('.deck-captions-text') as HTMLElement;
      const bandBox = () => band.getBoundingClientRect();
      const before = bandBox();
      const found: string[] = [];
      for (const text of texts) {
        line.textContent = text;
        const box = line.getBoundingClientRect();
        const now = bandBox();
        const cut = box.top < now.top || box.bottom > now.bottom || line.scrollWidth > line.clientWidth + 1;
        // The band keeps one size, so the slide above it does not jump from sentence to sentence.
        const moved = Math.abs(now.top - before.top) > 1;
        if (cut || moved) found.push(`${cut ? 'cut off' : 'band grew'}: "${text}"`);
      }
      return found;
    }, cues);
    expect(misfits).toEqual([]);
    const band = await boxOf(page, '.deck-narration-band');
    expect(band.top).toBeGreaterThanOrEqual(slideBottom - 1);
    const size = await page
      .locator('.deck-captions-text')
      .evaluate((line) => Number.parseFloat(getComputedStyle(line).fontSize));
    expect(size, 'caption type size in px').toBeGreaterThanOrEqual(13);
  });
}
