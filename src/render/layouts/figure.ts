import type { FigureSlide, PlacedSlide } from '../../model/index.ts';
import type { AssetResolver } from '../assets.ts';
import { sectionLabel, slideFrame } from '../frame.ts';
import { h } from '../html.ts';
import { renderText } from '../text.ts';

export function renderFigure(placed: PlacedSlide<FigureSlide>, assets: AssetResolver) {
  const { slide } = placed;
  const art =
    'svg' in slide.figure
      ? h('div', { class: 'figure-art', role: 'img', 'aria-label': slide.alt }, assets.inlineSvg(slide.figure.svg))
      : h('img', { class: 'figure-art', src: assets.assetUrl(slide.figure.image), alt: slide.alt });
  return slideFrame(
    placed,
    slide.title ?? slide.alt,
    sectionLabel(placed),
    slide.title && h('h2', {}, renderText(slide.title)),
    h('figure', { class: 'figure' }, art, slide.caption && h('figcaption', {}, renderText(slide.caption))),
  );
}
