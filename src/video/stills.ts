/**
 * The stills: the built deck in the browser at the video's size, each slide and fragment step
 * shown with reveal.js's own API (Reveal.slide) and photographed once. What the audience watches
 * stays: the slide, its background, and the slide number and progress bar the deck shows on
 * screen. What they would press goes: reveal.js's arrows, the toolbar (the help button and the
 * narration controls), and the captions band (the captions are a track of their own in the video).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { DECK_DATA_ID, type DeckData, DeckDataError, parseDeckData } from '../contract/deck-data.ts';
import type { ResolvedBrowser } from '../export/browser.ts';
import type { SlideProblem } from '../export/errors.ts';
import { assetProblems, dedupeProblems, watchFailedRequests } from '../export/page-problems.ts';
import { findSlideOverflow, summarizeSlideOverflow } from '../export/slide-overflow.ts';
import { cacheKey, type RunRecord, sha256 } from './cache.ts';
import type { VideoDeck } from './deck-source.ts';
import { DeckPageError, VideoSlideProblemsError } from './errors.ts';
import type { VideoRun } from './run-context.ts';

/**
 * Hidden from the stills: everything outside .reveal (the toolbar, the captions band, the help and
 * the jump box), and inside it all but the slides, their backgrounds, the slide number and the
 * progress bar (so reveal.js's arrows go).
 */
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

/** A slide as the built page's deck data has it: its id and its fragment steps. */
type PageSlide = Pick<DeckData['slides'][number], 'id' | 'steps'>;

export class DeckPage {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly failed: ReadonlyMap<string, string>,
    private readonly data: DeckData,
    private readonly size: FrameSize,
    private readonly viewport: FrameSize,
  ) {}

  /**
   * Opens the deck at the video's size: a viewport of the deck's own size (1280×720) drawn at the
   * scale that makes the frame size, so the picture is the deck's layout, only sharper.
   */
  static async open(browser: Browser, url: string, deck: VideoDeck, size: FrameSize): Promise<DeckPage> {
    const viewport = { width: deck.width, height: deck.height };
    const context = await browser.newContext({
      viewport,
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
    const data = await readPageData(page, url);
    return new DeckPage(page, await context.newCDPSession(page), failed, data, size, viewport);
  }

  /** The built page's slides, as its deck data lists them. */
  get slides(): readonly PageSlide[] {
    return this.data.slides;
  }

  /** Where the built page's slides differ from the deck's (a --dist of another deck, a stale build). */
  mismatches(deck: VideoDeck): SlideProblem[] {
    return mismatches(deck, this.slides);
  }

  /** Files the page asked for and did not get, by the slide that uses them. */
  assetProblems(): Promise<SlideProblem[]> {
    return assetProblems(this.page, this.data, this.failed, 'run the video again');
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
    // CDP's own capture with zlib's fast setting: the same pixels as Playwright's page.screenshot
    // (compared here), in a quarter of the time. Without a clip scaled to the device pixel ratio,
    // Chromium 156 here returns the page at CSS size.
    const { data } = await this.cdp.send('Page.captureScreenshot', {
      format: 'png',
      optimizeForSpeed: true,
      clip: { x: 0, y: 0, ...this.viewport, scale: this.size.width / this.viewport.width },
    });
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

  /**
   * What runs past a slide's edges, every slide shown at its last step (every fragment there), in
   * the export's words: all measured before a still is taken, so a spill is refused before any work.
   */
  async overflow(deck: VideoDeck): Promise<SlideProblem[]> {
    const found = [];
    for (const [index, slide] of deck.slides.entries()) {
      await this.page.evaluate(showStep, { index, step: slide.steps });
      found.push(...(await findSlideOverflow(this.page)));
    }
    return summarizeSlideOverflow(found).map((spill) => ({
      slideId: spill.slideId,
      slideNumber: spill.slideNumber,
      problem: `${spill.summary}, so the video would cut it off`,
      fix: `shorten or split the slide's content so it fits ${deck.width}×${deck.height} px`,
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

/** The deck data the build wrote into the page: which slides and steps it shows, and their numbers. */
async function readPageData(page: Page, url: string): Promise<DeckData> {
  const json = await page.evaluate((id) => document.getElementById(id)?.textContent ?? null, DECK_DATA_ID);
  const where = `The deck at ${url}`;
  if (json === null) {
    throw new DeckPageError(
      `${where} has no deck data (<script id="${DECK_DATA_ID}">). Fix: build it again with \`npm run build\` with this version of the engine (or leave --dist out).`,
    );
  }
  try {
    return parseDeckData(json, where);
  } catch (error) {
    if (error instanceof DeckDataError) throw new DeckPageError(error.message);
    throw error;
  }
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

// ---- Taking them, or knowing they are as last time -------------------------------------------

/** Bumped when the way stills are taken changes (the page's styles, the wait before each). */
const STILLS_FORMAT = 1;

/**
 * What the stills depend on: every file of the built deck, the browser that draws it, the size,
 * and the deck's slides and steps. Equal keys, equal stills: no browser need start.
 */
export async function stillsKey(distDir: string, browser: ResolvedBrowser, deck: VideoDeck, size: FrameSize) {
  const names = (await readdir(distDir, { recursive: true })).map(String).sort();
  const files: string[] = [];
  for (const name of names) {
    const path = join(distDir, name);
    if ((await stat(path)).isFile()) files.push(`${name.split('\\').join('/')} ${sha256(await readFile(path))}`);
  }
  // Another build of the browser may draw text a pixel differently.
  const binary = await stat(browser.executablePath).catch(() => null);
  return cacheKey(
    'stills',
    STILLS_FORMAT,
    sha256(files.join('\n')),
    [browser.executablePath, binary?.size ?? 0, binary?.mtimeMs ?? 0],
    size,
    [deck.width, deck.height],
    deck.slides.map((slide) => [slide.id, slide.steps]),
    VIDEO_PAGE_CSS,
  );
}

/** The last run's stills, when they were taken of this very deck and are all still in the cache. */
export function reusableStills(
  run: VideoRun,
  deck: VideoDeck,
  record: RunRecord | null,
  key: string,
): Map<string, string[]> | null {
  if (!record || record.stillsKey !== key) return null;
  const stills = new Map<string, string[]>();
  for (const slide of deck.slides) {
    const hashes = record.stills[slide.id];
    if (hashes?.length !== slide.steps + 1 || !hashes.every((hash) => run.cache.has('stills', hash))) return null;
    stills.set(slide.id, [...hashes]);
  }
  return stills;
}

/**
 * Checks the deck in the browser (its slides are the deck's, nothing spills, every file loads),
 * then photographs every step of every slide once, handing each slide's stills on as they are
 * taken so its segment is encoded while the next slides are photographed.
 */
export async function captureStills(
  run: VideoRun,
  deck: VideoDeck,
  browser: Browser,
  url: string,
  size: FrameSize,
  onSlide: (stills: ReadonlyMap<string, readonly string[]>) => void,
): Promise<Map<string, string[]>> {
  const { progress, cache } = run;
  const page = await progress.step(
    () => DeckPage.open(browser, url, deck, size),
    (opened) => `loaded the deck at ${size.width}×${size.height}: ${opened.slides.length} slides`,
  );
  // A built page unlike the deck's slides cannot be filmed step by step.
  const unlike = page.mismatches(deck);
  if (unlike.length > 0) throw new VideoSlideProblemsError(unlike);
  const problems = await progress.step(
    async () => dedupeProblems([...(await page.assetProblems()), ...(await page.overflow(deck))]),
    (found) =>
      `checked every slide at its last step: ${found.length === 0 ? 'nothing runs off a slide, every file loaded' : `${found.length} problems`}`,
  );
  if (problems.length > 0) throw new VideoSlideProblemsError(problems);

  const stills = new Map<string, string[]>();
  for (const [index, slide] of deck.slides.entries()) {
    const hashes = await progress.step(
      async () => {
        const taken: string[] = [];
        for (let step = 0; step <= slide.steps; step++) {
          const png = await page.still(index, step);
          const hash = sha256(png).slice(0, 32);
          await cache.put('stills', hash, png);
          taken.push(hash);
        }
        return taken;
      },
      (taken) =>
        `stills ${index + 1}/${deck.slides.length} "${slide.id}": ${taken.length} ${taken.length === 1 ? 'step' : 'steps'}`,
    );
    stills.set(slide.id, hashes);
    onSlide(stills);
  }
  return stills;
}
