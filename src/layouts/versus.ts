import { list, literal, object, optional, string, text } from '../model/shape.ts';
import { plainText } from '../model/text.ts';
import type { SlideBase, Text } from '../model/types.ts';
import { sectionLabel, slideFrame } from '../render/frame.ts';
import { h } from '../render/html.ts';
import { renderText } from '../render/text.ts';
import { isBlank, texts } from './checks.ts';
import type { LayoutSpec } from './layout-spec.ts';

export interface VersusSide {
  readonly label: string;
  readonly sublabel?: string;
}

export interface VersusRow {
  /** What the row compares, e.g. "Strength". */
  readonly topic?: string;
  readonly left: Text;
  readonly right: Text;
}

const SIDE = object({ label: string(), sublabel: optional(string()) });

/** Two columns compared row by row. */
export interface VersusSlide extends SlideBase {
  readonly layout: 'versus';
  readonly title: Text;
  readonly left: VersusSide;
  readonly right: VersusSide;
  readonly rows: readonly VersusRow[];
  /** `rows`: a fragment per row. `cells`: left then right, one step each, like intercutting. */
  readonly reveal?: 'rows' | 'cells';
}

export const versus = {
  fields: {
    title: text(),
    left: SIDE,
    right: SIDE,
    rows: list(object({ topic: optional(string()), left: text(), right: text() })),
    reveal: optional(literal('rows', 'cells')),
  },
  steps: (slide) => {
    if (slide.reveal === 'rows') return slide.rows.length;
    return slide.reveal === 'cells' ? slide.rows.length * 2 : 0;
  },
  check: (slide, report) => {
    if (slide.left.label.trim() === '' || slide.right.label.trim() === '') {
      report('a side has no label', 'name both sides in left.label and right.label');
    }
    if (slide.rows.length === 0) report('it has no rows', 'add at least one row to compare');
    slide.rows.forEach((row, index) => {
      const missing = [isBlank(row.left) && slide.left.label, isBlank(row.right) && slide.right.label].filter(Boolean);
      if (missing.length > 0) {
        report(
          `every row needs both a ${slide.left.label} and a ${slide.right.label} side (row ${index + 1} has no ${missing.join(' or ')} side)`,
          'fill in both sides of the row, or remove it',
        );
      }
    });
  },
  label: (slide) => plainText(slide.title),
  heading: (slide) => plainText(slide.title),
  visibleText: (slide) => [
    ...texts(slide.title, slide.left.label, slide.left.sublabel, slide.right.label, slide.right.sublabel),
    ...slide.rows.flatMap((row) => texts(row.topic, row.left, row.right)),
  ],
  // A table, so each row reads as a comparison to a screen reader as well as to the eye.
  render: (placed) => {
    const { slide } = placed;
    const rowClass = slide.reveal === 'rows' ? 'fragment fade-up' : undefined;
    const cellClass = slide.reveal === 'cells' ? 'fragment fade-in' : undefined;
    const hasTopics = slide.rows.some((row) => row.topic);
    return slideFrame(
      placed,
      sectionLabel(placed),
      h('h2', {}, renderText(slide.title)),
      h(
        'table',
        { class: 'versus' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            hasTopics && h('td', { class: 'versus-topic' }),
            sideHeader(slide.left, 'versus-left'),
            sideHeader(slide.right, 'versus-right'),
          ),
        ),
        h(
          'tbody',
          {},
          slide.rows.map((row) =>
            h(
              'tr',
              { class: rowClass },
              hasTopics && h('th', { scope: 'row', class: 'versus-topic' }, row.topic ?? ''),
              h('td', { class: ['versus-left', cellClass].filter(Boolean).join(' ') }, renderText(row.left)),
              h('td', { class: ['versus-right', cellClass].filter(Boolean).join(' ') }, renderText(row.right)),
            ),
          ),
        ),
      ),
    );
  },
} satisfies LayoutSpec<VersusSlide>;

function sideHeader(side: VersusSide, className: string) {
  return h(
    'th',
    { scope: 'col', class: className },
    h('span', { class: 'versus-label' }, side.label),
    side.sublabel && h('span', { class: 'versus-sublabel' }, side.sublabel),
  );
}
