import { describe, expect, it } from 'vitest';
import { deckData } from '../contract/deck-data.ts';
import { buildDeck } from '../model/build-deck.ts';
import type { Slide } from '../model/index.ts';
import { deckOf, validSlides } from '../model/test-fixtures.ts';
import { renderHandout } from './handout.ts';
import { toHtml } from './html.ts';

function handout(slides: Slide[] = validSlides()): string[] {
  return renderHandout(deckData(buildDeck(deckOf(slides)), 'slides/index.ts')).map(toHtml);
}

describe('the handout sheets', () => {
  it('give each slide its deck title, section, number of the whole, and a box for the printed slide', () => {
    const sheets = handout();
    expect(sheets).toHaveLength(5);
    expect(sheets[1]).toContain(
      '<article class="handout-sheet" data-slide-id="two" aria-label="Slide 2: Versus"><header class="handout-head"><p class="handout-deck">Test deck</p><p class="handout-place"><span class="handout-section">Two montages in one</span><span class="handout-number">Slide 2 of 5</span></p></header><div class="handout-slide"><div class="handout-stage"></div></div>',
    );
  });

  it('print the script part by part, each step’s part with its cue, and its speaking time', () => {
    const [, , , four] = handout();
    expect(four).toContain(
      '<div class="handout-script"><p class="handout-script-label">Script · about 0:05 spoken</p><p class="handout-part">Two reasons.</p><p class="handout-part"><span class="handout-cue">Step 1</span>The first.</p><p class="handout-part"><span class="handout-cue">Step 2</span>The second.</p></div>',
    );
    expect(four).toContain('<div class="handout-notes"><p class="handout-script-label">Notes</p>');
  });

  it('show a script as text, never as markup', () => {
    const slides = validSlides();
    slides[0] = { ...slides[0], notes: 'Say <b>this</b> & that.' } as Slide;
    const [first] = handout(slides);
    expect(first).toContain('<p class="handout-part">Say &lt;b&gt;this&lt;/b&gt; &amp; that.</p>');
  });
});
