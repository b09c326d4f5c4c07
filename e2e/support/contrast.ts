import type { Page } from '@playwright/test';

/** WCAG 2 AA: 4.5:1 for text, 3:1 for large text (24px, or 18.66px bold). */
const AA_TEXT_RATIO = 4.5;
const AA_LARGE_TEXT_RATIO = 3;

interface TextSample {
  readonly what: string;
  readonly color: readonly [number, number, number, number];
  readonly required: number;
  readonly rects: ReadonlyArray<readonly [number, number, number, number]>;
}

/**
 * Every visible piece of text on screen (HTML and SVG), with the colour it is drawn in and the
 * boxes its lines occupy. Runs in the page, so it is self-contained.
 */
function sampleVisibleText(thresholds: { text: number; large: number }): TextSample[] {
  const samples: TextSample[] = [];
  const scale = window.Reveal?.getScale() ?? 1;
  const parse = (css: string): [number, number, number, number] => {
    const parts = css.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 1];
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || seen.has(element) || !node.textContent?.trim()) continue;
    if (element.closest('script, style, aside.notes, [aria-hidden="true"] title, .aria-status')) continue;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    // Behind a modal dialog everything is inert and dimmed by its backdrop.
    const modal = document.querySelector(':modal');
    if (modal && !modal.contains(element)) continue;
    seen.add(element);
    const style = getComputedStyle(element);
    const isSvg = element instanceof SVGElement;
    const color = parse(isSvg ? style.fill : style.color);
    let opacity = 1;
    for (let up: Element | null = element; up; up = up.parentElement) opacity *= Number(getComputedStyle(up).opacity);
    color[3] *= opacity;
    let sizePx = Number.parseFloat(style.fontSize);
    if (isSvg && element instanceof SVGGraphicsElement) sizePx *= (element.getScreenCTM()?.a ?? scale) / scale;
    const bold = Number(style.fontWeight) >= 700;
    const large = sizePx >= 24 || (bold && sizePx >= 18.66);
    const range = document.createRange();
    const rects: Array<[number, number, number, number]> = [];
    for (const child of element.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
      range.selectNodeContents(child);
      for (const rect of range.getClientRects()) {
        if (rect.width >= 1 && rect.height >= 1) rects.push([rect.left, rect.top, rect.right, rect.bottom]);
      }
    }
    if (rects.length === 0) continue;
    const what = `${element.localName}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''} "${node.textContent.trim().slice(0, 40)}"`;
    samples.push({ what, color, required: large ? thresholds.large : thresholds.text, rects });
  }
  return samples;
}

/** The worst contrast of each sample's colour against any pixel behind its lines (text hidden). */
async function worstContrasts({
  samples,
  png,
  origin,
}: {
  samples: TextSample[];
  png: string;
  origin: { x: number; y: number };
}): Promise<number[]> {
  const binary = atob(png);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(bitmap, 0, 0);
  const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const linear = Array.from({ length: 256 }, (_, value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  return samples.map(({ color: [r, g, b, alpha], rects }) => {
    const opaqueText = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    let worst = Number.POSITIVE_INFINITY;
    for (const [pageLeft, pageTop, pageRight, pageBottom] of rects) {
      const [left, top, right, bottom] = [
        pageLeft - origin.x,
        pageTop - origin.y,
        pageRight - origin.x,
        pageBottom - origin.y,
      ];
      for (let y = Math.max(0, Math.ceil(top)); y < Math.min(bitmap.height, Math.floor(bottom)); y++) {
        for (let x = Math.max(0, Math.ceil(left)); x < Math.min(bitmap.width, Math.floor(right)); x++) {
          const at = (y * bitmap.width + x) * 4;
          const [br, bg, bb] = [pixels[at] ?? 0, pixels[at + 1] ?? 0, pixels[at + 2] ?? 0];
          const back = 0.2126 * (linear[br] ?? 0) + 0.7152 * (linear[bg] ?? 0) + 0.0722 * (linear[bb] ?? 0);
          // Translucent text is seen blended with what is behind it.
          const text =
            alpha >= 1
              ? opaqueText
              : 0.2126 * channel(r * alpha + br * (1 - alpha)) +
                0.7152 * channel(g * alpha + bg * (1 - alpha)) +
                0.0722 * channel(b * alpha + bb * (1 - alpha));
          const contrast = ratio(text, back);
          if (contrast < worst) worst = contrast;
        }
      }
    }
    return worst;
  });
}

/**
 * Text that falls short of WCAG AA against what is really behind it: gradients, figures and
 * translucent panels included, which axe reports as "needs review" rather than measuring.
 */
export async function contrastProblems(page: Page): Promise<string[]> {
  const samples = await page.evaluate(sampleVisibleText, { text: AA_TEXT_RATIO, large: AA_LARGE_TEXT_RATIO });
  if (samples.length === 0) return [];
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const edges = samples.flatMap((sample) => sample.rects);
  const x = Math.max(0, Math.floor(Math.min(...edges.map(([left]) => left))));
  const y = Math.max(0, Math.floor(Math.min(...edges.map(([, top]) => top))));
  const clip = {
    x,
    y,
    width: Math.min(viewport.width, Math.ceil(Math.max(...edges.map(([, , right]) => right)))) - x,
    height: Math.min(viewport.height, Math.ceil(Math.max(...edges.map(([, , , bottom]) => bottom)))) - y,
  };
  const probe = await page.addStyleTag({
    content: `*, *::before, *::after { color: transparent !important; -webkit-text-fill-color: transparent !important;
      text-shadow: none !important; transition: none !important; }
      svg text, svg tspan { fill: transparent !important; stroke: transparent !important; }`,
  });
  const png = (await page.screenshot({ clip })).toString('base64');
  await probe.evaluate((style) => (style as HTMLStyleElement).remove());
  const worst = await page.evaluate(worstContrasts, { samples, png, origin: clip });
  return samples.flatMap((sample, index) => {
    const ratio = worst[index] ?? 0;
    return ratio < sample.required
      ? [`${sample.what}: contrast ${ratio.toFixed(2)}:1, needs ${sample.required}:1`]
      : [];
  });
}
