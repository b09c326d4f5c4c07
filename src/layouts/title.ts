import { optional, string, text } from '../model/shape.ts';
import { plainText } from '../model/text.ts';
import type { SlideBase, Text } from '../model/types.ts';
import { slideFrame } from '../render/frame.ts';
import { h } from '../render/html.ts';
import { renderText } from '../render/text.ts';
import { requireText, texts } from './checks.ts';
import type { LayoutSpec } from './layout-spec.ts';

/** Opens the deck. */
export interface TitleSlide extends SlideBase {
  readonly layout: 'title';
  readonly kicker?: string;
  readonly title: Text;
  readonly subtitle?: Text;
}

export const title = {
  fields: { kicker: optional(string()), title: text(), subtitle: optional(text()) },
  steps: () => 0,
  check: (slide, report) => requireText(slide.title, 'title', report),
  label: (slide) => plainText(slide.title),
  heading: (slide) => plainText(slide.title),
  visibleText: (slide) => texts(slide.kicker, slide.title, slide.subtitle),
  render: (placed) => {
    const { slide } = placed;
    return slideFrame(
      placed,
      h(
        'header',
        { class: 'title-block' },
        slide.kicker && h('p', { class: 'kicker' }, slide.kicker),
        h('h1', {}, renderText(slide.title)),
        slide.subtitle && h('p', { class: 'subtitle' }, renderText(slide.subtitle)),
      ),
    );
  },
} satisfies LayoutSpec<TitleSlide>;
