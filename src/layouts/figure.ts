import { either, object, optional, string, text } from '../model/shape.ts';
import { plainText } from '../model/text.ts';
import type { SlideBase, Text } from '../model/types.ts';
import { sectionLabel, slideFrame } from '../render/frame.ts';
import { h } from '../render/html.ts';
import { labelSvgAsset } from '../render/svg-image.ts';
import { renderText } from '../render/text.ts';
import { texts } from './checks.ts';
import type { CheckContext, LayoutSpec, Report } from './layout-spec.ts';

const ASSET_PATH = /^(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*\.(?:svg|png|jpe?g|webp|avif)$/;
/** Alt text shorter than this cannot say what a figure shows. */
const MIN_ALT_CHARS = 10;

/** An SVG from the deck's assets inlined into the page (it can use the deck's fonts), or an image file. */
export type FigureSource = { readonly svg: string } | { readonly image: string };

export interface FigureSlide extends SlideBase {
  readonly layout: 'figure';
  readonly title?: Text;
  readonly figure: FigureSource;
  /** What the figure shows, for people who cannot see it. Required. */
  readonly alt: string;
  readonly caption?: Text;
}

export const figure = {
  fields: {
    title: optional(text()),
    figure: either(object({ svg: string() }), object({ image: string() })),
    alt: string(),
    caption: optional(text()),
  },
  steps: () => 0,
  check: (slide, report, context) => {
    if (slide.alt.trim().length < MIN_ALT_CHARS) {
      report('its alt text is missing or too short to describe the figure', 'say in alt what the figure shows');
    }
    checkFigureSource(slide.figure, report, context);
  },
  label: (slide) => plainText(slide.title ?? slide.alt),
  heading: (slide) => (slide.title ? plainText(slide.title) : slide.caption ? plainText(slide.caption) : null),
  visibleText: (slide) => texts(slide.title, slide.alt, slide.caption),
  render: (placed, { assets }) => {
    const { slide } = placed;
    const art =
      'svg' in slide.figure
        ? h('div', { class: 'figure-art' }, labelSvgAsset(assets.inlineSvg(slide.figure.svg), slide.alt))
        : h('img', { class: 'figure-art', src: assets.assetUrl(slide.figure.image), alt: slide.alt });
    return slideFrame(
      placed,
      sectionLabel(placed),
      slide.title && h('h2', {}, renderText(slide.title)),
      // Not <figure>: Chromium tags an HTML figure as a PDF Figure of its own, one without alt text
      // around the drawing's; the drawing is the figure, and the caption a paragraph after it.
      h(
        'div',
        { class: 'figure' },
        art,
        slide.caption && h('p', { class: 'figure-caption' }, renderText(slide.caption)),
      ),
    );
  },
} satisfies LayoutSpec<FigureSlide>;

function checkFigureSource(figure: FigureSource, report: Report, context: CheckContext): void {
  const path = 'svg' in figure ? figure.svg : figure.image;
  if ('svg' in figure && !path.endsWith('.svg')) {
    report(`its svg "${path}" is not an .svg file`, 'name an SVG under assets/, or use image for other formats');
    return;
  }
  if (!ASSET_PATH.test(path)) {
    report(
      `its figure path "${path}" is not a plain path inside assets/`,
      'give a lowercase relative path under assets/, such as "figures/montage-timeline.svg"',
    );
    return;
  }
  if (context.assetExists && !context.assetExists(path)) {
    report(`its figure "assets/${path}" does not exist`, 'add the file under assets/ or correct the path');
  }
}
