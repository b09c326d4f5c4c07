import type { PlacedSlide, StatementSlide } from '../../model/index.ts';
import { sectionLabel, slideFrame } from '../frame.ts';
import { h } from '../html.ts';
import { renderText } from '../text.ts';

export function renderStatement(placed: PlacedSlide<StatementSlide>) {
  const { slide } = placed;
  return slideFrame(
    placed,
    slide.statement,
    sectionLabel(placed),
    slide.kicker && h('p', { class: 'kicker' }, slide.kicker),
    h('h2', { class: 'statement' }, renderText(slide.statement)),
    slide.detail && h('p', { class: 'detail' }, renderText(slide.detail)),
  );
}
