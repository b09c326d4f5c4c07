import { type PlacedSlide, SECTIONS, type SectionSlide } from '../../model/index.ts';
import { slideFrame } from '../frame.ts';
import { h } from '../html.ts';
import { renderText } from '../text.ts';

export function renderSection(placed: PlacedSlide<SectionSlide>) {
  const { slide } = placed;
  const part = SECTIONS.findIndex((section) => section.id === slide.section) + 1;
  return slideFrame(
    placed,
    slide.heading,
    h(
      'header',
      { class: 'section-block' },
      h('p', { class: 'kicker' }, `Part ${part} of ${SECTIONS.length}`),
      h('h2', {}, renderText(slide.heading)),
      slide.lede && h('p', { class: 'lede' }, renderText(slide.lede)),
    ),
  );
}
