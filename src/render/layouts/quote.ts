import type { PlacedSlide, QuoteSlide } from '../../model/index.ts';
import { sectionLabel, slideFrame } from '../frame.ts';
import { h } from '../html.ts';
import { renderText } from '../text.ts';

export function renderQuote(placed: PlacedSlide<QuoteSlide>) {
  const { slide } = placed;
  const { speaker, source } = slide.attribution;
  return slideFrame(
    placed,
    `Quote from ${speaker}`,
    sectionLabel(placed),
    // The attribution follows the quotation, outside it. Not <figure>/<figcaption>: Chromium would
    // tag the quote as a PDF Figure, an image without alt text, instead of a block quotation.
    h(
      'div',
      { class: 'quote' },
      h('blockquote', {}, h('p', {}, `“${slide.quote}”`)),
      h('p', { class: 'quote-attribution' }, `— ${speaker}`, source && [', ', h('cite', {}, source)]),
    ),
    slide.context && h('p', { class: 'detail' }, renderText(slide.context)),
  );
}
