import { expect, test } from '@playwright/test';
import { openDeck, slideIds } from './deck.ts';

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

  const count = (await slideIds(page)).length;
  for (let index = 0; index < count; index++) {
    const id = await page.evaluate((i) => {
      window.Reveal?.slide(i, 0, Number.MAX_SAFE_INTEGER);
      return window.Reveal?.getCurrentSlide()?.id ?? '';
    }, index);
    await check('.reveal .slides > section.present *', `slide "${id}"`);
  }
  // The notes are what captions show, so they must be covered too.
  await page.addStyleTag({ content: '.reveal .slides > section.present aside.notes { display: block !important; }' });
  for (let index = 0; index < count; index++) {
    await page.evaluate((i) => window.Reveal?.slide(i), index);
    await check('.reveal .slides > section.present aside.notes *', `notes of slide ${index + 1}`);
  }
  expect([...problems]).toEqual([]);
});
