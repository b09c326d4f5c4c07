import type { ClosingSlide, PlacedSlide } from '../../model/index.ts';
import { slideFrame } from '../frame.ts';
import { h } from '../html.ts';
import { renderText } from '../text.ts';

export function renderClosing(placed: PlacedSlide<ClosingSlide>) {
  const { slide } = placed;
  return slideFrame(
    placed,
    slide.verdict,
    h('p', { class: 'kicker' }, 'The verdict'),
    h('h2', { class: 'verdict' }, renderText(slide.verdict)),
    h(
      'footer',
      { class: 'credits' },
      h(
        'p',
        {},
        'Source: the essay ',
        h('cite', {}, `“${slide.source.title}”`),
        slide.source.note && `, ${slide.source.note}`,
      ),
      slide.credits &&
        h(
          'ul',
          {},
          slide.credits.map((credit) => h('li', {}, credit)),
        ),
    ),
  );
}
