/**
 * Finds slide content that reaches outside its slide: measured in the browser on the rendered
 * deck, live (the slide on screen) or in reveal.js's print view (every page). Used by the layout
 * tests; an exporter can run the same check before it prints.
 */
import type { Page } from '@playwright/test';

/** One piece of content outside its slide's area, or cut off by its own box. */
export interface SlideOverflow {
  readonly slideId: string;
  /** 1-based, as the slide number shows it. */
  readonly slideNumber: number;
  /** The element, as `tag#id.class "its text"`. */
  readonly element: string;
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
  const nameOf = (element: Element, text?: string) => {
    const id = element.id ? `#${element.id}` : '';
    const classes =
      typeof element.className === 'string' && element.className
        ? `.${element.className.trim().split(/\s+/).join('.')}`
        : '';
    const words = (text ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `<${element.localName}${id}${classes}>${words ? ` "${words}"` : ''}`;
  };
  for (const section of slides) {
    const area = (section.closest('.pdf-page') ?? section.closest('.slides') ?? section).getBoundingClientRect();
    const report = (element: Element, rect: DOMRect, text?: string) => {
      const crossed = [
        ['left', area.left - rect.left],
        ['right', rect.right - area.right],
        ['top', area.top - rect.top],
        ['bottom', rect.bottom - area.bottom],
      ].filter(([, by]) => Number(by) > tolerancePx);
      if (crossed.length === 0 || rect.width === 0 || rect.height === 0) return;
      found.push({
        slideId: section.id,
        slideNumber: all.indexOf(section) + 1,
        element: nameOf(element, text),
        problem: `reaches past the slide's ${crossed.map(([edge, by]) => `${edge} edge by ${Math.round(Number(by))}px`).join(' and ')}`,
      });
    };
    report(section, section.getBoundingClientRect());
    const range = document.createRange();
    for (const element of section.querySelectorAll('*')) {
      // Speaker notes are never shown; screen-reader text is clipped to nothing on purpose. (Not
      // [hidden]: reveal's print view leaves it on slides it shows, so visibility is asked instead.)
      if (element.closest('aside.notes, .sr-only')) continue;
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
        found.push({
          slideId: section.id,
          slideNumber: all.indexOf(section) + 1,
          element: nameOf(element),
          problem: `cuts off its own content (${clipsX ? `${element.scrollWidth - element.clientWidth}px across` : ''}${clipsX && clipsY ? ', ' : ''}${clipsY ? `${element.scrollHeight - element.clientHeight}px down` : ''})`,
        });
      }
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
