import type { FigureSlide, PlacedSlide } from '../../model/index.ts';
import type { AssetResolver } from '../assets.ts';
import { sectionLabel, slideFrame } from '../frame.ts';
import { h } from '../html.ts';
import { labelSvgAsset } from '../svg-image.ts';
import { renderText } from '../text.ts';

export function renderFigure(placed: PlacedSlide<FigureSlide>, assets: AssetResolver) {
  const { slide } = placed;
  const art =
    'svg' in slide.figure
      ? h('div', { class: 'figure-art' }, labelSvgAsset(assets.inlineSvg(slide.figure.svg), slide.alt))
      : h('img', { class: 'figure-art', src: assets.assetUrl(slide.figure.image), alt: slide.alt });
  return slideFrame(
    placed,
    slide.title ?? slide.alt,
    sectionLabel(placed),
    slide.title && h('h2', {}, renderText(slide.title)),
    // Not <figure>: Chromium tags an HTML figure as a PDF Figure of its own, one without alt text
    // around the drawing's; the drawing is the figure, and the caption a paragraph after it.
    h('div', { class: 'figure' }, art, slide.caption && h('p', { class: 'figure-caption' }, renderText(slide.caption))),
  );
}
