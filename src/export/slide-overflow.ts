/**
 * Finds slide content that would look broken: content that reaches outside its slide, and text
 * drawn over other text inside it (a long title grown over its section label, a caption over a
 * drawing's labels). Measured in the browser on the rendered deck, live (the slide on screen) or
 * in reveal.js's print view (every page). The layout tests and the exporter run the same checks.
 */
import type { Page } from '@playwright/test';

export type SlideEdge = 'top' | 'bottom' | 'left' | 'right';

/** How far past one of the slide's edges a piece of content reaches, in screen pixels. */
export interface EdgeCrossing {
  readonly edge: SlideEdge;
  readonly px: number;
}

/** One piece of content outside its slide's area, or cut off by its own box. */
export interface SlideOverflow {
  readonly slideId: string;
  /** 1-based, as the slide number shows it. */
  readonly slideNumber: number;
  /** The element, as `tag#id.class "its text"`. */
  readonly element: string;
  /** The edges it crosses; empty when what is wrong is that its own box clips it. */
  readonly edges: readonly EdgeCrossing[];
  /** Which edges it crosses and by how many screen pixels, or that its own box clips it. */
  readonly problem: string;
}

export interface OverflowOptions {
  /** Slack for sub-pixel rounding, in screen pixels. */
  readonly tolerancePx: number;
}

export const DEFAULT_OVERFLOW_OPTIONS: OverflowOptions = { tolerancePx: 1 };

/**
 * Runs in the page (self-contained, for `page.evaluate`). Measures every visible slide: its
 * elements, its text line by line and its SVG shapes, against the box reveal.js gives the slide
 * (`.slides`, or `.pdf-page` in the print view), so reveal's scaling is accounted for.
 */
export function measureSlideOverflow({ tolerancePx }: OverflowOptions): SlideOverflow[] {
  const found: SlideOverflow[] = [];
  const slides = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].filter(
    (section) => !section.querySelector('section') && section.checkVisibility({ visibilityProperty: true }),
  );
  const all = [...document.querySelectorAll('.reveal .slides section')].filter((s) => !s.querySelector('section'));
  // reveal.js's state classes say nothing about which element it is.
  const stateClasses = new Set(['visible', 'current-fragment', 'present', 'past', 'future']);
  const nameOf = (element: Element, text?: string) => {
    const id = element.id ? `#${element.id}` : '';
    const own = typeof element.className === 'string' ? element.className.trim().split(/\s+/).filter(Boolean) : [];
    const kept = own.filter((name) => !stateClasses.has(name));
    const classes = kept.length > 0 ? `.${kept.join('.')}` : '';
    const whole = (text ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const words = whole.length > 50 ? `${whole.slice(0, 50).trimEnd()}…` : whole;
    return `<${element.localName}${id}${classes}>${words ? ` "${words}"` : ''}`;
  };
  for (const section of slides) {
    const area = (section.closest('.pdf-page') ?? section.closest('.slides') ?? section).getBoundingClientRect();
    const entries: { element: Element; line: boolean; overflow: SlideOverflow }[] = [];
    const report = (element: Element, rect: DOMRect, text?: string) => {
      const crossed: EdgeCrossing[] = (
        [
          ['left', area.left - rect.left],
          ['right', rect.right - area.right],
          ['top', area.top - rect.top],
          ['bottom', rect.bottom - area.bottom],
        ] as const
      )
        .filter(([, by]) => by > tolerancePx)
        .map(([edge, by]) => ({ edge, px: Math.round(by) }));
      if (crossed.length === 0 || rect.width === 0 || rect.height === 0) return;
      entries.push({
        element,
        line: text !== undefined,
        overflow: {
          slideId: section.id,
          slideNumber: all.indexOf(section) + 1,
          element: nameOf(element, text),
          edges: crossed,
          problem: `reaches past the slide's ${crossed.map(({ edge, px }) => `${edge} edge by ${px}px`).join(' and ')}`,
        },
      });
    };
    report(section, section.getBoundingClientRect());
    const range = document.createRange();
    for (const element of section.querySelectorAll('*')) {
      // Speaker notes are never shown. Visibility is asked, not [hidden]: reveal's print view leaves
      // that attribute on slides it shows.
      if (element.closest('aside.notes')) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      report(element, element.getBoundingClientRect());
      for (const child of element.childNodes) {
        if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
        range.selectNodeContents(child);
        for (const line of range.getClientRects()) report(element, line, child.textContent);
      }
      if (!(element instanceof HTMLElement)) continue;
      const { overflowX, overflowY } = getComputedStyle(element);
      const clipsX = overflowX !== 'visible' && element.scrollWidth > element.clientWidth + tolerancePx;
      const clipsY = overflowY !== 'visible' && element.scrollHeight > element.clientHeight + tolerancePx;
      if (clipsX || clipsY) {
        entries.push({
          element,
          line: false,
          overflow: {
            slideId: section.id,
            slideNumber: all.indexOf(section) + 1,
            element: nameOf(element),
            edges: [],
            problem: `cuts off its own content (${clipsX ? `${element.scrollWidth - element.clientWidth}px across` : ''}${clipsX && clipsY ? ', ' : ''}${clipsY ? `${element.scrollHeight - element.clientHeight}px down` : ''})`,
          },
        });
      }
    }
    // A box is left out where something inside it (an element, or a line of its own text) crosses
    // the same edges: what is named is what gets cut off (the long bullet), not its container.
    const inside = (outer: (typeof entries)[number], inner: (typeof entries)[number]) =>
      inner !== outer && (inner.element === outer.element ? inner.line : outer.element.contains(inner.element));
    for (const entry of entries) {
      const covered =
        !entry.line &&
        entry.overflow.edges.length > 0 &&
        entry.overflow.edges.every(({ edge }) =>
          entries.some(
            (other) => inside(entry, other) && other.overflow.edges.some((crossing) => crossing.edge === edge),
          ),
        );
      if (!covered) found.push(entry.overflow);
    }
  }
  return found;
}

/** Every overflow on the slides the page shows now, measured in the page. */
export function findSlideOverflow(page: Page, options = DEFAULT_OVERFLOW_OPTIONS): Promise<SlideOverflow[]> {
  return page.evaluate(measureSlideOverflow, options);
}

export function formatOverflow(overflow: SlideOverflow): string {
  return `Slide ${overflow.slideNumber} "${overflow.slideId}": ${overflow.element} ${overflow.problem}`;
}

/** What spills over on one slide, in words. */
export interface SlideSpill {
  readonly slideId: string;
  readonly slideNumber: number;
  /**
   * Every edge crossed, furthest first, each with how far and the element that reaches furthest
   * past it, then anything cut off by its own box: `its content runs past the slide's bottom edge
   * by 290 px (<li> "A long point…") and top edge by 12 px (<h2> "Title")`.
   */
  readonly summary: string;
}

/** One summary per slide that spills, in slide order. */
export function summarizeSlideOverflow(found: readonly SlideOverflow[]): SlideSpill[] {
  const bySlide = new Map<string, SlideOverflow[]>();
  for (const overflow of found) bySlide.set(overflow.slideId, [...(bySlide.get(overflow.slideId) ?? []), overflow]);
  return [...bySlide.values()]
    .map((overflows) => {
      const furthest = new Map<SlideEdge, { px: number; element: string }>();
      for (const { element, edges } of overflows) {
        for (const { edge, px } of edges) {
          if (px > (furthest.get(edge)?.px ?? 0)) furthest.set(edge, { px, element });
        }
      }
      const crossings = [...furthest]
        .sort(([, a], [, b]) => b.px - a.px)
        .map(([edge, { px, element }]) => `${edge} edge by ${px} px (${element})`);
      const clipped = [
        ...new Set(
          overflows.filter(({ edges }) => edges.length === 0).map(({ element, problem }) => `${element} ${problem}`),
        ),
      ];
      const parts = [
        ...(crossings.length > 0 ? [`its content runs past the slide's ${crossings.join(' and ')}`] : []),
        ...clipped,
      ];
      const first = overflows[0] as SlideOverflow;
      return { slideId: first.slideId, slideNumber: first.slideNumber, summary: parts.join('; ') };
    })
    .sort((a, b) => a.slideNumber - b.slideNumber);
}

/** Two pieces of text drawn over each other on a slide. */
export interface TextCollision {
  readonly slideId: string;
  /** 1-based, as the slide number shows it. */
  readonly slideNumber: number;
  /** The two elements, each as `tag#id.class "its text"`, in the order they come in the slide. */
  readonly first: string;
  readonly second: string;
  /** How much of them overlaps, in screen pixels. */
  readonly widthPx: number;
  readonly heightPx: number;
}

/**
 * Runs in the page (self-contained, for `page.evaluate`). On every visible slide, finds each
 * element's text, line by line (HTML and SVG alike), as the ink it puts down: the line's box
 * narrowed to the glyphs' own height (a canvas measures the font's ascent and the text's ink), so
 * a tall font's empty ascender is not counted as a collision; and its borders, the rules drawn
 * under labels. Two elements that do not contain each other, whose ink overlaps by more than
 * `tolerancePx` across and down, collide. Text over a drawing's shapes or a background is not
 * text over text, and is left alone.
 */
export function measureTextCollisions({ tolerancePx }: OverflowOptions): TextCollision[] {
  const found: TextCollision[] = [];
  const all = [...document.querySelectorAll('.reveal .slides section')].filter((s) => !s.querySelector('section'));
  const slides = all.filter(
    (section) => section instanceof HTMLElement && section.checkVisibility({ visibilityProperty: true }),
  );
  const stateClasses = new Set(['visible', 'current-fragment', 'present', 'past', 'future']);
  const nameOf = (element: Element) => {
    const id = element.id ? `#${element.id}` : '';
    const own = typeof element.className === 'string' ? element.className.trim().split(/\s+/).filter(Boolean) : [];
    const kept = own.filter((name) => !stateClasses.has(name));
    const classes = kept.length > 0 ? `.${kept.join('.')}` : '';
    const whole = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const words = whole.length > 50 ? `${whole.slice(0, 50).trimEnd()}…` : whole;
    return `<${element.localName}${id}${classes}>${words ? ` "${words}"` : ''}`;
  };
  const canvas = document.createElement('canvas').getContext('2d');
  /** The ink of one line of a text node: its box from the top of the tallest glyph to the foot of the lowest. */
  const ink = (text: string, element: Element, line: DOMRect): DOMRect => {
    if (!canvas) return line;
    const style = getComputedStyle(element);
    canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const shown =
      style.textTransform === 'uppercase'
        ? text.toUpperCase()
        : style.textTransform === 'lowercase'
          ? text.toLowerCase()
          : text;
    const metrics = canvas.measureText(shown.trim());
    const content = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent;
    if (!(content > 0)) return line;
    // reveal.js scales the slide: the line's box is in screen pixels, the canvas in the font's own.
    const scale = line.height / content;
    const baseline = line.top + metrics.fontBoundingBoxAscent * scale;
    const top = baseline - metrics.actualBoundingBoxAscent * scale;
    const bottom = baseline + metrics.actualBoundingBoxDescent * scale;
    return new DOMRect(line.left, top, line.width, Math.max(0, bottom - top));
  };
  for (const section of slides) {
    const boxes: { element: Element; rects: DOMRect[] }[] = [];
    const range = document.createRange();
    for (const element of section.querySelectorAll('*')) {
      if (element.closest('aside.notes')) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const rects: DOMRect[] = [];
      for (const child of element.childNodes) {
        if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
        range.selectNodeContents(child);
        for (const line of range.getClientRects()) {
          if (line.width > 1 && line.height > 1) rects.push(ink(child.textContent, element, line));
        }
      }
      // A rule (a border) is drawn like text: a title grown over a label's underline collides with it.
      if (element instanceof HTMLElement) {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        for (const side of ['top', 'right', 'bottom', 'left'] as const) {
          const width = Number.parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0;
          const color = style.getPropertyValue(`border-${side}-color`);
          if (
            width <= 0 ||
            style.getPropertyValue(`border-${side}-style`) === 'none' ||
            /rgba\(.*,\s*0\)$|transparent/.test(color)
          )
            continue;
          // The border's width as drawn: the box is on screen, the computed width in CSS pixels.
          const scale = element.offsetWidth > 0 ? box.width / element.offsetWidth : 1;
          const thick = width * scale;
          rects.push(
            side === 'top'
              ? new DOMRect(box.left, box.top, box.width, thick)
              : side === 'bottom'
                ? new DOMRect(box.left, box.bottom - thick, box.width, thick)
                : side === 'left'
                  ? new DOMRect(box.left, box.top, thick, box.height)
                  : new DOMRect(box.right - thick, box.top, thick, box.height),
          );
        }
      }
      if (rects.length > 0) boxes.push({ element, rects });
    }
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        let widest = { width: 0, height: 0 };
        for (const ra of a.rects) {
          for (const rb of b.rects) {
            const width = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
            const height = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
            if (width > tolerancePx && height > tolerancePx && width * height > widest.width * widest.height) {
              widest = { width, height };
            }
          }
        }
        if (widest.width > 0) {
          found.push({
            slideId: section.id,
            slideNumber: all.indexOf(section) + 1,
            first: nameOf(a.element),
            second: nameOf(b.element),
            widthPx: Math.round(widest.width),
            heightPx: Math.round(widest.height),
          });
        }
      }
    }
  }
  return found;
}

/** Every collision of text on the slides the page shows now, measured in the page. */
export function findTextCollisions(page: Page, options = DEFAULT_OVERFLOW_OPTIONS): Promise<TextCollision[]> {
  return page.evaluate(measureTextCollisions, options);
}

/** A collision in words, the later element first (usually the one that grew): `<h2> "…" runs into <p.section-label> "…" (812×14 px overlap)`. */
export function describeCollision(collision: TextCollision): string {
  return `${collision.second} runs into ${collision.first} (${collision.widthPx}×${collision.heightPx} px overlap)`;
}

export function formatCollision(collision: TextCollision): string {
  return `Slide ${collision.slideNumber} "${collision.slideId}": ${describeCollision(collision)}`;
}

/** What collides on one slide, in words. */
export interface SlideCollisions {
  readonly slideId: string;
  readonly slideNumber: number;
  /** `<h2> "…" runs into <p.section-label> "…" (812×14 px overlap) and …` */
  readonly summary: string;
}

/** One summary per slide where text collides, in slide order. */
export function summarizeTextCollisions(found: readonly TextCollision[]): SlideCollisions[] {
  const bySlide = new Map<string, TextCollision[]>();
  for (const collision of found) bySlide.set(collision.slideId, [...(bySlide.get(collision.slideId) ?? []), collision]);
  return [...bySlide.values()]
    .map((collisions) => {
      const first = collisions[0] as TextCollision;
      return {
        slideId: first.slideId,
        slideNumber: first.slideNumber,
        summary: collisions.map(describeCollision).join(', and '),
      };
    })
    .sort((a, b) => a.slideNumber - b.slideNumber);
}
