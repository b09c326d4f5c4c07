import { optional, string, text } from '../model/shape.ts';
import { plainText } from '../model/text.ts';
import type { SlideBase, Text } from '../model/types.ts';
import { sectionLabel, slideFrame } from '../render/frame.ts';
import { h } from '../render/html.ts';
import { renderText } from '../render/text.ts';
import { requireText, texts } from './checks.ts';
import type { LayoutSpec } from './layout-spec.ts';

/** One big idea. */
export interface StatementSlide extends SlideBase {
  readonly layout: 'statement';
  readonly kicker?: string;
  readonly statement: Text;
  readonly detail?: Text;
}

export const statement = {
  fields: { kicker: optional(string()), statement: text(), detail: optional(text()) },
  steps: () => 0,
  check: (slide, report) => requireText(slide.statement, 'statement', report),
  label: (slide) => plainText(slide.statement),
  heading: (slide) => plainText(slide.statement),
  visibleText: (slide) => texts(slide.kicker, slide.statement, slide.detail),
  render: (placed) => {
    const { slide } = placed;
    return slideFrame(
      placed,
      sectionLabel(placed),
      slide.kicker && h('p', { class: 'kicker' }, slide.kicker),
      h('h2', { class: 'statement' }, renderText(slide.statement)),
      slide.detail && h('p', { class: 'detail' }, renderText(slide.detail)),
    );
  },
} satisfies LayoutSpec<StatementSlide>;
