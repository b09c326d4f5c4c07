/**
 * The built page paints its first slide before any script runs (src/build/first-paint-plugin.ts).
 * reveal.js's start-up is a few dozen milliseconds of script; started before that paint, it would
 * hold the frame back, so the deck starts once the slide is on screen.
 */

/** On <html> while the build's rules show the first slide before reveal.js is ready. */
export const FIRST_PAINT_CLASS = 'deck-first-paint';
/** Longest wait for that paint: the fonts' block period (font-display: block), after which text shows anyway. */
export const FIRST_PAINT_WAIT_LIMIT_MS = 3000;

/**
 * Resolves once the page's own first paint of the slide has happened (its first contentful paint),
 * or at once where there is none to wait for: no first-slide rules (a deep link, the print view),
 * a hidden tab (which does not paint), or a browser without paint timing.
 */
export function afterFirstPaint(page: Document = document): Promise<void> {
  const waits =
    page.documentElement.classList.contains(FIRST_PAINT_CLASS) &&
    page.visibilityState === 'visible' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
  if (!waits) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      window.clearTimeout(limit);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const limit = window.setTimeout(done, FIRST_PAINT_WAIT_LIMIT_MS);
    observer.observe({ type: 'paint', buffered: true });
  });
}
