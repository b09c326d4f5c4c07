import { list, object, optional, string, text } from '../model/shape.ts';
import { plainText } from '../model/text.ts';
import type { SlideBase, Text } from '../model/types.ts';
import { slideFrame } from '../render/frame.ts';
import { h } from '../render/html.ts';
import { renderText } from '../render/text.ts';
import { requireText, texts } from './checks.ts';
import type { LayoutSpec } from './layout-spec.ts';

/** Ends the deck: its conclusion, and the work it is made from. */
export interface ClosingSlide extends SlideBase {
  readonly layout: 'closing';
  /** The small label above the conclusion. */
  readonly kicker?: string;
  readonly verdict: Text;
  /** The work the deck is made from, credited by its title. */
  readonly source: {
    readonly title: string;
    /** What kind of work it is, said before its title: "the essay". */
    readonly kind?: string;
    readonly note?: string;
  };
  readonly credits?: readonly string[];
}

export const closing = {
  fields: {
    kicker: optional(string()),
    verdict: text(),
    source: object({ title: string(), kind: optional(string()), note: optional(string()) }),
    credits: optional(list(string())),
  },
  steps: () => 0,
  check: (slide, report) => {
    requireText(slide.verdict, 'verdict', report);
    if (slide.source.title.trim() === '') {
      report('its source has no title', 'credit the work the deck is made from by its title in source.title');
    }
  },
  label: (slide) => plainText(slide.verdict),
  heading: (slide) => plainText(slide.verdict),
  visibleText: (slide) => [
    ...texts(slide.kicker, slide.verdict, slide.source.kind, slide.source.title, slide.source.note),
    ...(slide.credits ?? []),
  ],
  render: (placed) => {
    const { slide } = placed;
    const { kind, title, note } = slide.source;
    return slideFrame(
      placed,
      slide.kicker && h('p', { class: 'kicker' }, slide.kicker),
      h('h2', { class: 'verdict' }, renderText(slide.verdict)),
      h(
        'footer',
        { class: 'credits' },
        h('p', {}, `Source: ${kind ? `${kind} ` : ''}`, h('cite', {}, `“${title}”`), note && `, ${note}`),
        slide.credits &&
          h(
            'ul',
            {},
            slide.credits.map((credit) => h('li', {}, credit)),
          ),
      ),
    );
  },
} satisfies LayoutSpec<ClosingSlide>;
