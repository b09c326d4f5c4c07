import { object, optional, string, text } from '../model/shape.ts';
import type { SlideBase, Text } from '../model/types.ts';
import { sectionLabel, slideFrame } from '../render/frame.ts';
import { h } from '../render/html.ts';
import { renderText } from '../render/text.ts';
import { texts } from './checks.ts';
import type { LayoutSpec } from './layout-spec.ts';

const QUOTE_MARKS = /^["“”'‘’]|["“”'‘’]$/;

export interface QuoteSlide extends SlideBase {
  readonly layout: 'quote';
  /** The quoted words alone, without quotation marks: the renderer adds them. */
  readonly quote: string;
  readonly attribution: {
    /** Who says or wrote it. */
    readonly speaker: string;
    /** Where: a film (with year), a book, a talk. */
    readonly source?: string;
  };
  readonly context?: Text;
}

export const quote = {
  fields: {
    quote: string(),
    attribution: object({ speaker: string(), source: optional(string()) }),
    context: optional(text()),
  },
  steps: () => 0,
  check: (slide, report) => {
    if (slide.quote.trim() === '') report('its quote is empty', 'write the quoted words');
    if (QUOTE_MARKS.test(slide.quote.trim())) {
      report('its quote carries its own quotation marks', 'remove them: the quote layout adds them');
    }
    if (slide.attribution.speaker.trim() === '') {
      report('its quote has no speaker', 'say who said or wrote it in attribution.speaker');
    }
  },
  label: (slide) => `Quote from ${slide.attribution.speaker}`,
  heading: (slide) => slide.quote,
  visibleText: (slide) => texts(slide.quote, slide.attribution.speaker, slide.attribution.source, slide.context),
  render: (placed) => {
    const { slide } = placed;
    const { speaker, source } = slide.attribution;
    return slideFrame(
      placed,
      sectionLabel(placed),
      // The attribution follows the quotation, outside it. Not <figure>/<figcaption>: Chromium would
      // tag the quote as a PDF Figure, an image without alt text, instead of a block quotation.
      h(
        'div',
        { class: 'quote' },
        h('blockquote', {}, h('p', {}, `“${slide.quote}”`)),
        h('p', { class: 'quote-attribution' }, `— ${speaker}`, source && [', ', h('cite', {}, source)]),
      ),
      slide.context && h('p', { class: 'detail' }, renderText(slide.context)),
    );
  },
} satisfies LayoutSpec<QuoteSlide>;
