import { list, literal, object, optional, string, text } from '../model/shape.ts';
import { plainText } from '../model/text.ts';
import type { SlideBase, Text } from '../model/types.ts';
import { sectionLabel, slideFrame } from '../render/frame.ts';
import { h } from '../render/html.ts';
import { renderText } from '../render/text.ts';
import { requireText, texts } from './checks.ts';
import type { LayoutSpec } from './layout-spec.ts';

/** More figures than this, or a longer value, and they no longer fit side by side in display type. */
const MAX_STATS = 4;
const MAX_VALUE_CHARS = 6;

export interface Stat {
  /** The figure itself, shown large: "26", "0.21×". */
  readonly value: string;
  /** What it counts: "slides". */
  readonly label: string;
}

/** A few figures side by side, each a big value over what it counts. */
export interface StatsSlide extends SlideBase {
  readonly layout: 'stats';
  readonly title: Text;
  readonly stats: readonly Stat[];
  /** `each`: every figure is a fragment, revealed one step at a time. */
  readonly reveal?: 'each';
}

export const stats = {
  fields: {
    title: text(),
    stats: list(object({ value: string(), label: string() })),
    reveal: optional(literal('each')),
  },
  steps: (slide) => (slide.reveal === 'each' ? slide.stats.length : 0),
  check: (slide, report) => {
    requireText(slide.title, 'title', report);
    if (slide.stats.length === 0 || slide.stats.length > MAX_STATS) {
      report(`it has ${slide.stats.length} figures`, `give it 1 to ${MAX_STATS}, or split the slide`);
    }
    slide.stats.forEach((stat, index) => {
      if (stat.value.trim() === '' || stat.label.trim() === '') {
        report(`figure ${index + 1} has no value or no label`, 'give every figure both');
      } else if (stat.value.length > MAX_VALUE_CHARS) {
        report(
          `figure ${index + 1}'s value "${stat.value}" is longer than ${MAX_VALUE_CHARS} characters`,
          'shorten it and say the rest in its label',
        );
      }
    });
  },
  label: (slide) => plainText(slide.title),
  heading: (slide) => plainText(slide.title),
  visibleText: (slide) => [...texts(slide.title), ...slide.stats.flatMap((stat) => [stat.value, stat.label])],
  render: (placed) => {
    const { slide } = placed;
    const statClass = slide.reveal === 'each' ? 'stat fragment fade-up' : 'stat';
    return slideFrame(
      placed,
      sectionLabel(placed),
      h('h2', {}, renderText(slide.title)),
      h(
        'ul',
        { class: 'stats' },
        slide.stats.map((stat) =>
          h(
            'li',
            { class: statClass },
            h('span', { class: 'stat-value' }, stat.value),
            ' ',
            h('span', { class: 'stat-label' }, stat.label),
          ),
        ),
      ),
    );
  },
} satisfies LayoutSpec<StatsSlide>;
