/**
 * The stills: the built deck in the browser at the video's size, each slide and fragment step
 * shown with reveal.js's own API (Reveal.slide) and photographed once. What the audience watches
 * stays: the slide, its background, and the slide number and progress bar the deck shows on
 * screen. What they would press goes: reveal.js's arrows, the help button, the narration
 * controls, and the captions band (the captions are a track of their own in the video).
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { SlideProblem } from '../export/errors.ts';
import { assetProblems, watchFailedRequests } from '../export/page-problems.ts';
import { findSlideOverflow, summarizeSlideOverflow } from '../export/slide-overflow.ts';
import type { VideoDeck } from './deck-source.ts';
import { DeckPageError } from './errors.ts';

/** Everything outside the deck, and the deck's own controls, hidden from the stills. */
export const VIDEO_PAGE_CSS = `
  body > :not(.reveal),
  .reveal > :not(.slides):not(.backgrounds):not(.slide-number):not(.progress) { display: none !important; }
  * { cursor: none !important; }
`;

/** How long the deck may take to load and start before the video gives up. */
export const DECK_START_TIMEOUT_MS = 60_000;

/** Sent before any of the page's scripts: tsx (esbuild's keepNames) wraps functions sent to the page in __name(). */
const INIT_SCRIPT = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export interface FrameSize {
  readonly width: number;
  readonly height: number;
}

/** A slide as the built page has it: its id and its fragment steps. */
interface PageSlide {
  readonly id: string;
  readonly steps: number;
}

export class DeckPage {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly failed: ReadonlyMap<string, string>,
    private readonly size: FrameSize,
    readonly slides: readonly PageSlide[],
  ) {}

  /**
   * Opens the deck at the video's size: a viewport of the deck's own size (1280×720) drawn at the
   * scale that makes the frame size, so the picture is the deck's layout, only sharper.
   */
  static async open(browser: Browser, url: string, deck: VideoDeck, size: FrameSize): Promise<DeckPage> {
    const context = await browser.newContext({
      viewport: { width: deck.width, height: deck.height },
      deviceScaleFactor: size.width / deck.width,
      // No transitions in the stills: every one is taken with its step fully there.
      reducedMotion: 'reduce',
    });
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    const failed = watchFailedRequests(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    try {
      await page.waitForFunction(() => window.Reveal?.isReady() === true, undefined, {
        timeout: DECK_START_TIMEOUT_MS,
      });
    } catch {
      const said = errors.length > 0 ? ` The page reported: ${errors.join('; ')}.` : '';
      throw new DeckPageError(
        `The deck (${url}) did not start within ${DECK_START_TIMEOUT_MS / 1000} s.${said} Fix: open that address in a browser and look at its console.`,
      );
    }
    await page.addStyleTag({ content: VIDEO_PAGE_CSS });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const slides = await page.evaluate(readPageSlides);
    return new DeckPage(page, await context.newCDPSession(page), failed, size, slides);
  }

  /** Where the built page's slides differ from the deck's (a --dist of another deck, a stale build). */
  mismatches(deck: VideoDeck): SlideProblem[] {
    return mismatches(deck, this.slides);
  }

  /** Files the page asked for and did not get, by the slide that uses them. */
  assetProblems(): Promise<SlideProblem[]> {
    return assetProblems(this.page, this.failed, 'run the video again');
  }

  /** Shows step `step` of slide `index` (0: as it arrives) and photographs it. */
  async still(index: number, step: number): Promise<Uint8Array> {
    const shown = await this.page.evaluate(showStep, { index, step });
    const expected = this.slides[index];
    if (!expected || shown.id !== expected.id || shown.steps !== step) {
      throw new DeckPageError(
        `Slide ${index + 1} did not show step ${step} (it showed ${shown.steps} of slide "${shown.id}"). Fix: check that the deck's fragments appear one step at a time, then run the video again.`,
      );
    }
    // CDP's own capture: Playwright's page.screenshot re-encodes the picture, about ten times slower here.
    const { data } = await this.cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true });
    const png = Buffer.from(data, 'base64');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    if (width !== this.size.width || height !== this.size.height) {
      throw new DeckPageError(
        `A still came out ${width}×${height} px instead of ${this.size.width}×${this.size.height}. Fix: run the video again; if it persists, try another --size.`,
      );
    }
    return png;
  }

  /** What of the slide on screen (shown at its last step) runs past its edges, in the export's words. */
  async overflow(width: number, height: number): Promise<SlideProblem[]> {
    return summarizeSlideOverflow(await findSlideOverflow(this.page)).map((spill) => ({
      slideId: spill.slideId,
      slideNumber: spill.slideNumber,
      problem: `${spill.summary}, so the video would cut it off`,
      fix: `shorten or split the slide's content so it fits ${width}×${height} px`,
    }));
  }
}

function mismatches(deck: VideoDeck, onPage: readonly PageSlide[]): SlideProblem[] {
  const problems: SlideProblem[] = [];
  const fix = 'rebuild the deck (leave --dist out, or run `npm run build`) so the built page has the same slides';
  deck.slides.forEach((slide, index) => {
    const found = onPage[index];
    if (!found || found.id !== slide.id) {
      problems.push({
        slideId: slide.id,
        slideNumber: slide.number,
        problem: found ? `the built page has the slide "${found.id}" in its place` : 'the built page does not have it',
        fix,
      });
    } else if (found.steps !== slide.steps) {
      problems.push({
        slideId: slide.id,
        slideNumber: slide.number,
        problem: `the built page gives it ${found.steps} fragment steps, the deck ${slide.steps}`,
        fix,
      });
    }
  });
  for (const extra of onPage.slice(deck.slides.length)) {
    problems.push({
      slideId: extra.id,
      slideNumber: onPage.indexOf(extra) + 1,
      problem: 'the built page has this slide, the deck does not',
      fix,
    });
  }
  return problems;
}

/** Runs in the page: each top-level slide's id and how many fragment steps it has (distinct fragment indices). */
function readPageSlides(): PageSlide[] {
  return [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((section) => ({
    id: section.id,
    steps: new Set([...section.querySelectorAll<HTMLElement>('.fragment')].map((f) => f.dataset.fragmentIndex)).size,
  }));
}

/** Runs in the page: shows a slide at a step with reveal.js's API, then waits until it has been painted. */
function showStep({ index, step }: { index: number; step: number }): Promise<{ id: string; steps: number }> {
  const deck = window.Reveal;
  if (!deck) return Promise.resolve({ id: '', steps: -1 });
  // reveal.js's fragment index: -1 shows none (the slide as it arrives), 0 the first step, ...
  deck.slide(index, 0, step - 1);
  const section = deck.getCurrentSlide();
  const shown = new Set(
    [...(section?.querySelectorAll<HTMLElement>('.fragment.visible') ?? [])].map((f) => f.dataset.fragmentIndex),
  ).size;
  return new Promise((painted) =>
    requestAnimationFrame(() => requestAnimationFrame(() => painted({ id: section?.id ?? '', steps: shown }))),
  );
}
