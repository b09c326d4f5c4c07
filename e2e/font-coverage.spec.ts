import { expect, type Page, test } from '@playwright/test';
import { composeHandout, inspectPrintView } from '../src/export/page-scripts.ts';
import { renderHandout } from '../src/render/handout.ts';
import { forEverySlide, openDeck, slideIds } from './support/deck.ts';
import { deckData } from './support/deck-data.ts';
import { openPrintView } from './support/print-view.ts';

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

// The build cuts the web fonts down to the deck's glyphs; a character left out would be drawn in a system font.
// (The help's arrow keys are not checked: the Latin fonts never had arrows, so they come from the system.)
test('every character on every slide and in its notes is drawn in the deck’s own fonts', async ({ page }) => {
  test.setTimeout(180_000);
  await openDeck(page);
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const problems = new Set<string>();

  const check = async (selector: string, where: string) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    for (const nodeId of nodeIds) {
      const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: PlatformFont[] };
      for (const font of fonts.filter((candidate) => !candidate.isCustomFont)) {
        const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
        problems.add(
          `${where}: ${font.glyphCount} glyph(s) fell back to ${font.familyName} in ${outerHTML.slice(0, 90)}`,
        );
      }
    }
  };

  await forEverySlide(page, (id) => check('.reveal .slides > section.present *', `slide "${id}"`));
  const count = (await slideIds(page)).length;
  // The notes are what captions show, so they must be covered too.
  await page.addStyleTag({ content: '.reveal .slides > section.present aside.notes { display: block !important; }' });
  for (let index = 0; index < count; index++) {
    await page.evaluate((i) => window.Reveal?.slide(i), index);
    await check('.reveal .slides > section.present aside.notes *', `notes of slide ${index + 1}`);
  }
  expect([...problems]).toEqual([]);
});

/**
 * Every weight Source Sans 3 is set in on the page, with an example of each that has no face of its own.
 * Every element counts, shown or not (notes, the empty caption and status lines, the closed help).
 */
function unservedWeights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const family = (name: string) => name.trim().replace(/^["']|["']$/g, '');
    const served = new Set(
      [...document.fonts].filter((face) => family(face.family) === 'Source Sans 3').map((face) => face.weight),
    );
    const unserved = new Map<string, string>();
    for (const element of document.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (family(style.fontFamily.split(',')[0] ?? '') !== 'Source Sans 3' || served.has(style.fontWeight)) continue;
      const classes = element.getAttribute('class') ?? '';
      if (!unserved.has(style.fontWeight))
        unserved.set(style.fontWeight, `${element.localName}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}`);
    }
    return [...unserved].map(([weight, example]) => `weight ${weight} (e.g. ${example})`);
  });
}

// The text face is served as one static font per weight (they print into PDFs as TrueType); a weight
// without its face would be drawn in the nearest one, or thickened by the browser.
test('text in Source Sans 3 is set only in weights the deck serves a face for: slides, notes, controls, help', async ({
  page,
}) => {
  await openDeck(page);
  expect(await unservedWeights(page)).toEqual([]);
});

test('the handout, too, sets Source Sans 3 only in weights the deck serves', async ({ page }) => {
  await openPrintView(page);
  await page.evaluate(inspectPrintView);
  const sheets = JSON.stringify(renderHandout(await deckData(page)));
  const report = await page.evaluate(composeHandout, { sheets, paper: 'a4' as const });
  expect(report.problems).toEqual([]);
  expect(await unservedWeights(page)).toEqual([]);
});
