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
    h(
      'figure',
      { class: 'quote' },
      h('blockquote', {}, h('p', {}, `“${slide.quote}”`)),
      h('figcaption', {}, `— ${speaker}`, source && [', ', h('cite', {}, source)]),
    ),
    slide.context && h('p', { class: 'detail' }, renderText(slide.context)),
  );
}
