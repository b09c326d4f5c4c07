import { list, literal, optional, text } from '../model/shape.ts';
import { plainText } from '../model/text.ts';
import type { SlideBase, Text } from '../model/types.ts';
import { sectionLabel, slideFrame } from '../render/frame.ts';
import { h } from '../render/html.ts';
import { renderText } from '../render/text.ts';
import { isBlank, requireText, texts } from './checks.ts';
import type { LayoutSpec } from './layout-spec.ts';

export interface BulletsSlide extends SlideBase {
  readonly layout: 'bullets';
  readonly title: Text;
  readonly items: readonly Text[];
  /** `each`: every item is a fragment, revealed one step at a time. */
  readonly reveal?: 'each';
}

export const bullets = {
  fields: { title: text(), items: list(text()), reveal: optional(literal('each')) },
  steps: (slide) => (slide.reveal === 'each' ? slide.items.length : 0),
  check: (slide, report) => {
    requireText(slide.title, 'title', report);
    if (slide.items.length === 0) report('it has no items', 'add at least one item, or use the statement layout');
    slide.items.forEach((item, index) => {
      if (isBlank(item)) report(`item ${index + 1} is empty`, 'write the item or remove it');
    });
  },
  label: (slide) => plainText(slide.title),
  heading: (slide) => plainText(slide.title),
  visibleText: (slide) => texts(slide.title, ...slide.items),
  render: (placed) => {
    const { slide } = placed;
    const itemClass = slide.reveal === 'each' ? 'fragment fade-up' : undefined;
    return slideFrame(
      placed,
      sectionLabel(placed),
      h('h2', {}, renderText(slide.title)),
      h(
        'ul',
        { class: 'bullets' },
        slide.items.map((item) => h('li', { class: itemClass }, renderText(item))),
      ),
    );
  },
} satisfies LayoutSpec<BulletsSlide>;
