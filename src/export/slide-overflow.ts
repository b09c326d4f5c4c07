/**
 * Finds slide content that reaches outside its slide: measured in the browser on the rendered
 * deck, live (the slide on screen) or in reveal.js's print view (every page). Used by the layout
 * tests; an exporter can run the same check before it prints.
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
