import {
  type Attrs,
  type Child,
  type ElementNode,
  escapeAttr,
  h,
  type TrustedMarkup,
  toHtml,
  trusted,
} from './html.ts';

/**
 * The attributes that make an <svg> one image with alt text. They sit on the <svg> itself: that is
 * the element that paints, and Chromium writes a tagged PDF's Figure (with the label as /Alt) only
 * for an img-role element with painted content; a role="img" wrapper around a hidden drawing is
 * left out of the PDF's tags.
 */
function imageAttrs(label: string): Attrs {
  return { role: 'img', 'aria-label': label, focusable: 'false' };
}

/**
 * The drawing inside is aria-hidden: assistive tech already treats an image's content as
 * presentational, and reveal.js's live region, which reads a slide's DOM text, then does not read
 * out the drawing's scattered labels.
 */
function drawing(...content: Child[]): ElementNode {
  return h('g', { 'aria-hidden': 'true' }, ...content);
}

/** An SVG drawn by the renderer, as one image labelled `label`. */
export function svgImage(attrs: Attrs, label: string, ...content: Child[]): ElementNode {
  return h('svg', { ...attrs, ...imageAttrs(label) }, drawing(...content));
}

const SVG_ROOT = /^<svg\b([^>]*)>([\s\S]*)<\/svg>$/i;

/** An inlined SVG asset (checked by the build: one <svg> root) as one image labelled `label`. */
export function labelSvgAsset(svg: TrustedMarkup, label: string): TrustedMarkup {
  const parts = SVG_ROOT.exec(svg.markup);
  if (!parts) throw new Error('An inlined SVG asset must be one <svg> element: prepare it with prepareInlineSvg.');
  const [, rootAttrs = '', body = ''] = parts;
  const own = rootAttrs.replace(/\s(?:role|aria-label|aria-hidden|focusable)="[^"]*"/gi, '');
  const added = Object.entries(imageAttrs(label))
    .map(([name, value]) => ` ${name}="${escapeAttr(String(value))}"`)
    .join('');
  return trusted(`<svg${own}${added}>${toHtml(drawing(trusted(body)))}</svg>`);
}
