import type { BulletsSlide, PlacedSlide } from '../../model/index.ts';
import { sectionLabel, slideFrame } from '../frame.ts';
import { h } from '../html.ts';
import { renderText } from '../text.ts';

export function renderBullets(placed: PlacedSlide<BulletsSlide>) {
  const { slide } = placed;
  const itemClass = slide.reveal === 'each' ? 'fragment fade-up' : undefined;
  return slideFrame(
    placed,
    slide.title,
    sectionLabel(placed),
    h('h2', {}, renderText(slide.title)),
    h(
      'ul',
      { class: 'bullets' },
      slide.items.map((item) => h('li', { class: itemClass }, renderText(item))),
    ),
  );
}
