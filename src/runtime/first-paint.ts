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
 * Resolves once the page has painted the slide's text where it can be seen (its first
 * largest-contentful-paint entry: first-contentful-paint also counts text still hidden while its
 * font loads), or at once where there is none to wait for: no first-slide rules (a deep link, the
 * print view), a hidden tab (which does not paint), or a browser without that timing.
 */
export function afterFirstPaint(page: Document = document): Promise<void> {
  const waits =
    page.documentElement.classList.contains(FIRST_PAINT_CLASS) &&
    page.visibilityState === 'visible' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('largest-contentful-paint');
  if (!waits) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      window.clearTimeout(limit);
      resolve();
    };
    const observer = new PerformanceObserver(done);
    const limit = window.setTimeout(done, FIRST_PAINT_WAIT_LIMIT_MS);
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
}
