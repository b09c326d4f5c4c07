import { list, literal, number, object, optional, string, text } from '../model/shape.ts';
import { plainText } from '../model/text.ts';
import { formatDuration } from '../model/timing.ts';
import type { SlideBase, Text } from '../model/types.ts';
import { sectionLabel, slideFrame } from '../render/frame.ts';
import { h } from '../render/html.ts';
import { svgImage } from '../render/svg-image.ts';
import { renderText } from '../render/text.ts';
import { texts } from './checks.ts';
import type { LayoutSpec } from './layout-spec.ts';

const VIEW_WIDTH_PX = 1160;
const VIEW_HEIGHT_PX = 380;
const MARGIN_PX = 40;
const AXIS_Y_PX = 210;
const SPAN_TOP_PX = 150;
const SPAN_HEIGHT_PX = 44;
const LABEL_ROWS_PX = [270, 325] as const;
/** Below the tick labels, so a point's stem never strikes through a year. */
const STEM_TOP_PX = AXIS_Y_PX + 38;
/** A stem ends this far above its label's baseline: clear of the label's 26 px type, ascent and all. */
const STEM_CLEARANCE_PX = 30;
/** More ticks than this and their labels run into each other. */
const MAX_TICKS = 40;

export type TimelineUnit = 'seconds' | 'year';

export interface TimelineSpan {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly detail?: string;
}

export interface TimelinePoint {
  readonly at: number;
  readonly label: string;
  readonly detail?: string;
}

/** Labelled points (and optional spans) on a time axis. */
export interface TimelineSlide extends SlideBase {
  readonly layout: 'timeline';
  readonly title: Text;
  readonly axis: { readonly from: number; readonly to: number; readonly unit: TimelineUnit; readonly step: number };
  readonly spans?: readonly TimelineSpan[];
  readonly points: readonly TimelinePoint[];
  /** `each`: every point is a fragment, revealed in time order. */
  readonly reveal?: 'each';
}

export function formatAxisValue(value: number, unit: TimelineUnit): string {
  return unit === 'seconds' ? formatDuration(value) : String(value);
}

/**
 * The timeline's facts in words, in the drawing's order (spans, then points): its alt text, so a
 * screen reader and the tagged PDF get what the drawing shows.
 */
export function describeTimeline(slide: TimelineSlide): string {
  const { from, to, unit } = slide.axis;
  const at = (value: number) => formatAxisValue(value, unit);
  const facts = [
    ...(slide.spans ?? []).map(
      (span) => `${at(span.from)}–${at(span.to)}: ${span.label}${span.detail ? `, ${span.detail}` : ''}`,
    ),
    ...slide.points.map((point) => `${at(point.at)}: ${point.label}${point.detail ? `, ${point.detail}` : ''}`),
  ];
  const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
  return [`Timeline from ${at(from)} to ${at(to)}.`, ...facts.map(sentence)].join(' ');
}

export const timeline = {
  fields: {
    title: text(),
    axis: object({ from: number(), to: number(), unit: literal('seconds', 'year'), step: number() }),
    spans: optional(list(object({ from: number(), to: number(), label: string(), detail: optional(string()) }))),
    points: list(object({ at: number(), label: string(), detail: optional(string()) })),
    reveal: optional(literal('each')),
  },
  steps: (slide) => (slide.reveal === 'each' ? slide.points.length : 0),
  check: (slide, report) => {
    const { from, to, step } = slide.axis;
    if (!(from < to) || !(step > 0) || (to - from) / step > MAX_TICKS) {
      report(
        `its axis (${from} to ${to}, step ${step}) is not a usable range`,
        `set axis.from below axis.to and a step that gives at most ${MAX_TICKS} ticks`,
      );
      return;
    }
    if (slide.points.length === 0) report('it has no points', 'add at least one labelled point');
    slide.points.forEach((point, index) => {
      if (point.at < from || point.at > to) {
        report(`point "${point.label}" at ${point.at} is outside the axis`, `keep points between ${from} and ${to}`);
      }
      const previous = slide.points[index - 1];
      if (previous && previous.at > point.at) {
        report(`point "${point.label}" comes before "${previous.label}" in time`, 'list points in time order');
      }
      if (point.label.trim() === '') report(`point ${index + 1} has no label`, 'label every point');
    });
    for (const span of slide.spans ?? []) {
      if (span.from < from || span.to > to || !(span.from < span.to)) {
        report(
          `span "${span.label}" (${span.from} to ${span.to}) does not fit the axis`,
          `keep spans between ${from} and ${to}`,
        );
      }
    }
  },
  label: (slide) => plainText(slide.title),
  heading: (slide) => plainText(slide.title),
  visibleText: (slide) => [
    ...texts(slide.title),
    ...(slide.spans ?? []).flatMap((span) => texts(span.label, span.detail)),
    ...slide.points.flatMap((point) => texts(point.label, point.detail)),
  ],
  render: (placed) => {
    const { slide } = placed;
    return slideFrame(
      placed,
      sectionLabel(placed),
      h('h2', {}, renderText(slide.title)),
      h('div', { class: 'timeline' }, drawTimeline(slide)),
    );
  },
} satisfies LayoutSpec<TimelineSlide>;

/** Drawn as SVG at build time: positions are attributes, text stays text. */
function drawTimeline(slide: TimelineSlide) {
  const { from, to, step, unit } = slide.axis;
  const x = (value: number) => MARGIN_PX + ((value - from) / (to - from)) * (VIEW_WIDTH_PX - 2 * MARGIN_PX);
  const ticks: number[] = [];
  for (let value = from; value <= to + 1e-9; value += step) ticks.push(value);
  const top = slide.spans?.length ? 100 : AXIS_Y_PX - 40;
  const pointClass = slide.reveal === 'each' ? 'timeline-point fragment fade-in' : 'timeline-point';

  return svgImage(
    {
      class: 'timeline-chart',
      // Without spans the band above the axis is empty, so the drawing starts lower.
      viewBox: `0 ${top} ${VIEW_WIDTH_PX} ${VIEW_HEIGHT_PX - top}`,
    },
    describeTimeline(slide),
    (slide.spans ?? []).map((span, index) =>
      h(
        'g',
        { class: `timeline-span timeline-span-${index % 2 === 0 ? 'a' : 'b'}` },
        h('rect', { x: x(span.from), y: SPAN_TOP_PX, width: x(span.to) - x(span.from), height: SPAN_HEIGHT_PX, rx: 4 }),
        h(
          'text',
          {
            class: 'timeline-span-label',
            x: (x(span.from) + x(span.to)) / 2,
            y: SPAN_TOP_PX + 29,
            'text-anchor': 'middle',
          },
          span.label,
        ),
        span.detail &&
          h(
            'text',
            {
              class: 'timeline-span-detail',
              x: (x(span.from) + x(span.to)) / 2,
              y: SPAN_TOP_PX - 14,
              'text-anchor': 'middle',
            },
            span.detail,
          ),
      ),
    ),
    h('line', { class: 'timeline-axis', x1: x(from), y1: AXIS_Y_PX, x2: x(to), y2: AXIS_Y_PX }),
    ticks.map((value) =>
      h(
        'g',
        { class: 'timeline-tick' },
        h('line', { x1: x(value), y1: AXIS_Y_PX - 6, x2: x(value), y2: AXIS_Y_PX + 6 }),
        h('text', { x: x(value), y: AXIS_Y_PX + 28, 'text-anchor': 'middle' }, formatAxisValue(value, unit)),
      ),
    ),
    slide.points.map((point, index) => {
      const labelY = LABEL_ROWS_PX[index % LABEL_ROWS_PX.length] ?? LABEL_ROWS_PX[0];
      const anchor =
        x(point.at) < VIEW_WIDTH_PX * 0.15 ? 'start' : x(point.at) > VIEW_WIDTH_PX * 0.85 ? 'end' : 'middle';
      return h(
        'g',
        { class: pointClass },
        // A label on the first row sits right under the axis and needs no stem.
        labelY - STEM_CLEARANCE_PX > STEM_TOP_PX &&
          h('line', {
            class: 'timeline-stem',
            x1: x(point.at),
            y1: STEM_TOP_PX,
            x2: x(point.at),
            y2: labelY - STEM_CLEARANCE_PX,
          }),
        h('circle', { cx: x(point.at), cy: AXIS_Y_PX, r: 9 }),
        h('text', { class: 'timeline-point-label', x: x(point.at), y: labelY, 'text-anchor': anchor }, point.label),
        point.detail &&
          h(
            'text',
            { class: 'timeline-point-detail', x: x(point.at), y: labelY + 24, 'text-anchor': anchor },
            point.detail,
          ),
      );
    }),
  );
}
