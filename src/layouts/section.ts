import { optional, text } from '../model/shape.ts';
import { plainText } from '../model/text.ts';
import type { SlideBase, Text } from '../model/types.ts';
import { slideFrame } from '../render/frame.ts';
import { h } from '../render/html.ts';
import { renderText } from '../render/text.ts';
import { requireText, texts } from './checks.ts';
import type { LayoutSpec } from './layout-spec.ts';

/** Opens a section, naming it by its heading. */
export interface SectionSlide extends SlideBase {
  readonly layout: 'section';
  readonly heading: Text;
  readonly lede?: Text;
}

export const section = {
  fields: { heading: text(), lede: optional(text()) },
  steps: () => 0,
  check: (slide, report) => requireText(slide.heading, 'heading', report),
  label: (slide) => plainText(slide.heading),
  heading: (slide) => plainText(slide.heading),
  visibleText: (slide) => texts(slide.heading, slide.lede),
  render: (placed, { sections }) => {
    const { slide } = placed;
    const part = sections.findIndex((candidate) => candidate.id === slide.section) + 1;
    return slideFrame(
      placed,
      h(
        'header',
        { class: 'section-block' },
        h('p', { class: 'kicker' }, `Part ${part} of ${sections.length}`),
        h('h2', {}, renderText(slide.heading)),
        slide.lede && h('p', { class: 'lede' }, renderText(slide.lede)),
      ),
    );
  },
} satisfies LayoutSpec<SectionSlide>;
