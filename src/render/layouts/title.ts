import type { PlacedSlide, TitleSlide } from '../../model/index.ts';
import { slideFrame } from '../frame.ts';
import { h } from '../html.ts';
import { renderText } from '../text.ts';

export function renderTitle(placed: PlacedSlide<TitleSlide>) {
  const { slide } = placed;
  return slideFrame(
    placed,
    slide.title,
    h(
      'header',
      { class: 'title-block' },
      slide.kicker && h('p', { class: 'kicker' }, slide.kicker),
      h('h1', {}, renderText(slide.title)),
      slide.subtitle && h('p', { class: 'subtitle' }, renderText(slide.subtitle)),
    ),
  );
}
