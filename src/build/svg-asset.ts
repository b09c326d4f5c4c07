/** Checks an SVG file before it is inlined into the page, and strips what does not belong inline. */

import { FixableError } from '../model/errors.ts';

export class AssetError extends FixableError {
  override readonly name = 'AssetError';
}

const FORBIDDEN: ReadonlyArray<readonly [RegExp, string]> = [
  [/<script\b/i, 'a <script> element'],
  [/<foreignObject\b/i, 'a <foreignObject> element'],
  [/\son[a-z]+\s*=/i, 'an inline event handler (on...=)'],
  [/(?:href|src)\s*=\s*["']?\s*(?!#)[a-z][a-z0-9+.-]*:/i, 'a link to another origin or scheme'],
  [/url\(\s*["']?(?!#)[a-z][a-z0-9+.-]*:/i, 'a url() to another origin or scheme'],
  [/@import\b/i, 'a CSS @import'],
];

/** The SVG's markup ready to inline, or an AssetError naming the file, the problem and the fix. */
export function prepareInlineSvg(path: string, source: string): string {
  for (const [pattern, what] of FORBIDDEN) {
    if (pattern.test(source)) {
      throw new AssetError(
        `Asset "assets/${path}": it contains ${what}. Fix: figures are drawings only; remove it so the SVG can be inlined safely.`,
      );
    }
  }
  const markup = source
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  if (!/^<svg\b[^>]*\bviewBox=/i.test(markup)) {
    throw new AssetError(
      `Asset "assets/${path}": it does not start with an <svg> element that has a viewBox. Fix: give the root <svg> a viewBox so it scales with the slide.`,
    );
  }
  if (!isOneSvgElement(markup)) {
    throw new AssetError(
      `Asset "assets/${path}": it is not one <svg> element from start to end (something follows its root's </svg>). Fix: save the drawing as one <svg> element with nothing after it.`,
    );
  }
  // The renderer gives the drawing its role and alt text (svgImage in src/render/svg-image.ts).
  return markup.replace(/^<svg\b/i, '<svg focusable="false"');
}

/** Whether the markup is one <svg> root: its closing tag is the last thing, and nothing closes it earlier. */
function isOneSvgElement(markup: string): boolean {
  let depth = 0;
  for (const tag of markup.matchAll(/<(\/?)svg\b[^>]*?(\/?)>/gi)) {
    if (tag[1]) depth -= 1;
    else if (!tag[2]) depth += 1;
    if (depth === 0 && (tag.index ?? 0) + tag[0].length !== markup.length) return false;
  }
  return depth === 0 && /<\/svg>$/i.test(markup);
}
