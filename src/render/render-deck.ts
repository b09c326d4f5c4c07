import { assertNever, type Deck, type PlacedSlide } from '../model/index.ts';
import type { AssetResolver } from './assets.ts';
import { type ElementNode, h, toHtml } from './html.ts';
import { renderBullets } from './layouts/bullets.ts';
import { renderClosing } from './layouts/closing.ts';
import { renderFigure } from './layouts/figure.ts';
import { renderQuote } from './layouts/quote.ts';
import { renderSection } from './layouts/section.ts';
import { renderStatement } from './layouts/statement.ts';
import { renderTimeline } from './layouts/timeline.ts';
import { renderTitle } from './layouts/title.ts';
import { renderVersus } from './layouts/versus.ts';

/** One slide's `<section>`; a new layout does not compile until it has a case here. */
export function renderSlide(placed: PlacedSlide, assets: AssetResolver): ElementNode {
  const { slide } = placed;
  switch (slide.layout) {
    case 'title':
      return renderTitle({ ...placed, slide });
    case 'section':
      return renderSection({ ...placed, slide });
    case 'statement':
      return renderStatement({ ...placed, slide });
    case 'bullets':
      return renderBullets({ ...placed, slide });
    case 'quote':
      return renderQuote({ ...placed, slide });
    case 'versus':
      return renderVersus({ ...placed, slide });
    case 'timeline':
      return renderTimeline({ ...placed, slide });
    case 'figure':
      return renderFigure({ ...placed, slide }, assets);
    case 'closing':
      return renderClosing({ ...placed, slide });
    default:
      return assertNever(slide);
  }
}

/** The reveal.js container with every slide, as HTML for the built index.html. */
export function renderDeck(deck: Deck, assets: AssetResolver): string {
  return toHtml(
    h(
      'div',
      {
        class: 'reveal',
        'data-total-seconds': deck.totalSeconds,
        'data-width': deck.config.width,
        'data-height': deck.config.height,
      },
      h(
        'div',
        { class: 'slides' },
        deck.slides.map((placed) => renderSlide(placed, assets)),
      ),
    ),
  );
}
