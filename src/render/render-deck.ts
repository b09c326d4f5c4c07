import type { RenderContext } from '../layouts/layout-spec.ts';
import { layoutOf } from '../layouts/registry.ts';
import type { Deck, PlacedSlide } from '../model/types.ts';
import type { AssetResolver } from './assets.ts';
import { type ElementNode, h, toHtml } from './html.ts';

/** One slide's `<section>`, as its layout renders it. */
export function renderSlide(placed: PlacedSlide, context: RenderContext): ElementNode {
  return layoutOf(placed.slide).render(placed, context);
}

/** The reveal.js container with every slide, as HTML for the built index.html. */
export function renderDeck(deck: Deck, assets: AssetResolver): string {
  const context: RenderContext = { assets, sections: deck.sections };
  return toHtml(
    h(
      'div',
      { class: 'reveal' },
      h(
        'div',
        { class: 'slides' },
        deck.slides.map((placed) => renderSlide(placed, context)),
      ),
    ),
  );
}
