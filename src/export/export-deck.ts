/**
 * `npm run export`: the built deck's print view, printed by one browser into the slides PDF and
 * the handout PDF, checked, finished with metadata and bookmarks, and written whole or not at all.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { DEFAULT_DECK, type DeckPath } from '../build/deck-path.ts';
import { uninterruptible } from '../cli/command.ts';
import { deckValue } from '../cli/values.ts';
import { DECK_DATA_ID, type DeckData, parseDeckData } from '../contract/deck-data.ts';
import { renderHandout } from '../render/handout.ts';
import { writeFilesAtomic } from './atomic-write.ts';
import { launchBrowser, resolveBrowser } from './browser.ts';
import {
  assertBuilt,
  assertPortFree,
  builtDeck,
  type DeckServer,
  PROJECT_ROOT,
  prepareDist,
  serveDist,
} from './dist.ts';
import { PdfWriteError, PrintViewError, type SlideProblem, SlideProblemsError, UsageError } from './errors.ts';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions, fileStem, type PdfKind } from './options.ts';
import { planOutline } from './outline.ts';
import { checkOutputFolder, makeOutputFolder } from './output-folder.ts';
import { assetProblems, dedupeProblems, watchFailedRequests } from './page-problems.ts';
import {
  composeHandout,
  type HandoutInput,
  INIT_SCRIPT,
  inspectPrintView,
  type PrintViewReport,
} from './page-scripts.ts';
import { createProgress, formatBytes, type Progress } from './progress.ts';
import {
  findSlideOverflow,
  findTextCollisions,
  type SlideOverflow,
  summarizeSlideOverflow,
  summarizeTextCollisions,
  type TextCollision,
} from './slide-overflow.ts';

/** How long the deck may take to load and lay itself out for print before the export gives up. */
export const PRINT_VIEW_TIMEOUT_MS = 60_000;
/** CSS pixels per PDF point: CSS has 96 px to the inch, PDF 72 pt. */
const PT_PER_CSS_PX = 72 / 96;
/** Handout paper sizes in PDF points. */
const PAPER_PT = { a4: { width: 595.28, height: 841.89 }, letter: { width: 612, height: 792 } } as const;

export interface ExportedPdf {
  readonly kind: PdfKind;
  readonly path: string;
  readonly pages: number;
  readonly bytes: number;
}

export interface ExportResult {
  readonly files: readonly ExportedPdf[];
  readonly seconds: number;
}

export interface ExportHooks {
  /** Gets each progress line. */
  readonly onLine?: (line: string) => void;
  /**
   * The caller ends the process once the export returns, so the browser is left to Playwright's
   * exit hook (which kills it and removes its profile) instead of a graceful shutdown that can
   * take a second. @defaultValue false
   */
  readonly exitsAfter?: boolean;
}

export async function exportDeck(
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
  hooks: ExportHooks = {},
): Promise<ExportResult> {
  const progress = createProgress(hooks.onLine ?? (() => {}));
  // Everything that can be refused without building or starting anything is checked first.
  const deck = deckToPrint(options);
  const resolved = resolveBrowser();
  if (options.port !== 0) await assertPortFree(options.port);
  const distDir = resolve(options.distDir ?? resolve(PROJECT_ROOT, 'dist'));
  const distName = `${displayPath(distDir)}/`;
  if (options.distDir) assertHolds(distDir, distName, deck);
  const outDir = resolve(options.outDir);
  await checkOutputFolder(outDir, displayPath(outDir));

  // pdf-lib loads while the deck is checked, built if need be, and the browser starts.
  const finishing = import('./pdf-finish.ts');
  // Awaited later; until then a failure to load must not surface as an unhandled rejection.
  finishing.catch(() => undefined);
  // A build that fails is reported before the browser starts.
  const prepared = options.distDir
    ? null
    : await progress.step(
        () =>
          prepareDist(PROJECT_ROOT, distDir, deck?.file ?? DEFAULT_DECK, {
            onWait: (holder) => progress.note(`waiting for ${holder}, which is building or reading ${distName}`),
          }),
        ({ status }) =>
          status.current
            ? `${distName} is current (${status.reason})`
            : `built ${distName} from ${deck?.file} because ${status.reason}`,
      );
  let browser: Browser | null = null;
  let server: DeckServer | null = null;
  try {
    const launching = progress.step(
      () => launchBrowser(resolved),
      (started) => `started ${resolved.source} Chromium ${started.version()}`,
    );
    const serving = progress.step(
      () => serveDist(prepared?.dir ?? distDir, options.port),
      (started) => `serving ${distName} at ${started.url}`,
    );
    const [browserStart, serverStart] = await Promise.allSettled([launching, serving]);
    browser = browserStart.status === 'fulfilled' ? browserStart.value : null;
    server = serverStart.status === 'fulfilled' ? serverStart.value : null;
    if (serverStart.status === 'rejected') throw serverStart.reason;
    if (browserStart.status === 'rejected') throw browserStart.reason;
    return await printAll(options, outDir, browser as Browser, server as DeckServer, progress, finishing);
  } finally {
    if (!hooks.exitsAfter) await Promise.all([browser?.close(), server?.close()]);
    await prepared?.dispose();
  }
}

/**
 * The deck to print: --deck, else DECK, else the default; null for --dist alone, which prints the
 * build as it is. A bad path is a usage error, found before anything starts.
 */
function deckToPrint(options: ExportOptions): DeckPath | null {
  if (options.distDir && options.deck === null && !process.env.DECK) return null;
  return deckValue(options.deck ?? undefined);
}

/** A --dist folder that is built, and holds the deck asked for when one is (the export's and the video's rule). */
export function assertHolds(distDir: string, distName: string, deck: DeckPath | null): void {
  assertBuilt(distDir);
  const built = builtDeck(resolve(distDir, 'index.html'));
  if (deck && built !== deck.file) {
    throw new UsageError(
      `--dist ${distName} holds ${built === null ? 'a build without deck data' : built}, not ${deck.file}. Fix: build that deck into it (DECK=${deck.file} npm run build -- --outDir ${distName}), or leave --dist out to build it.`,
    );
  }
}

async function printAll(
  options: ExportOptions,
  outDir: string,
  browser: Browser,
  server: DeckServer,
  progress: Progress,
  pdfFinisher: Promise<typeof import('./pdf-finish.ts')>,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();

  // One page serves both PDFs: the slides print from the print view as reveal.js lays it out,
  // then the same page is recomposed into the handout and printed again.
  const { report, data } = await progress.step(
    () => layOut(page, server, options),
    (laidOut) => `laid out ${laidOut.report.slides.length} slides on ${laidOut.report.pageCount} pages`,
  );

  const stem = options.name ?? fileStem(data.meta.title);
  const creator = `npm run export (reveal.js print view, Chromium ${browser.version()})`;
  // Each PDF is checked and finished with pdf-lib as soon as it is printed, while the browser goes on.
  const finish = (kind: PdfKind, bytes: Uint8Array, pages: number) => {
    const finishing = progress.step(
      async () => {
        const { finishPdf } = await pdfFinisher;
        const done = await finishPdf(
          bytes,
          pdfDetails(kind, report, data, creator),
          expectedPages(kind, pages, report, options),
        );
        return { kind, pages, bytes: done };
      },
      () => `checked the ${kind} PDF, added its bookmarks and metadata`,
    );
    finishing.catch(() => undefined);
    return finishing;
  };

  const finishing: Promise<{ kind: PdfKind; pages: number; bytes: Uint8Array }>[] = [];
  if (options.kinds.includes('slides')) {
    const bytes = await progress.step(
      () => printPdf(page),
      () => 'printed the slides PDF',
    );
    finishing.push(finish('slides', bytes, report.pageCount));
  }
  if (options.kinds.includes('handout')) {
    const input: HandoutInput = { sheets: JSON.stringify(renderHandout(data)), paper: options.paper };
    const handout = await progress.step(
      () => page.evaluate(composeHandout, input),
      (composed) => `composed the handout: ${composed.sheets} ${options.paper === 'a4' ? 'A4' : 'Letter'} pages`,
    );
    if (handout.problems.length > 0) throw new SlideProblemsError(handout.problems);
    const bytes = await progress.step(
      () => printPdf(page),
      () => 'printed the handout PDF',
    );
    finishing.push(finish('handout', bytes, handout.sheets));
  }
  const finished = await Promise.all(finishing);

  const written = finished.map((pdf) => ({ ...pdf, path: resolve(outDir, `${stem}-${pdf.kind}.pdf`) }));
  // Both PDFs are put in place together, or neither: never a new slides PDF beside an old handout.
  await progress.step(
    // Made only now, so an export that fails leaves no new folder; the files go in whole, or not at all.
    () =>
      uninterruptible(async () => {
        await makeOutputFolder(outDir, displayPath(outDir));
        await writeFilesAtomic(written).catch((error: NodeJS.ErrnoException) =>
          Promise.reject(writeError(outDir, error)),
        );
      }),
    () =>
      `wrote ${written.map((pdf) => `${displayPath(pdf.path)} (${pdf.pages} pages, ${formatBytes(pdf.bytes.byteLength)})`).join(' and ')}`,
  );
  const files: ExportedPdf[] = written.map(({ kind, path, pages, bytes }) => ({
    kind,
    path,
    pages,
    bytes: bytes.byteLength,
  }));
  return { files, seconds: progress.elapsedSeconds() };
}

function writeError(outDir: string, error: NodeJS.ErrnoException): PdfWriteError {
  const { reason, fix } = writeFailure(error, 'export again');
  return new PdfWriteError(displayPath(outDir), reason, fix);
}

/** Why files could not be put in the output folder, and what to do, in words; `again` is how to retry. */
export function writeFailure(error: NodeJS.ErrnoException, again: string): { reason: string; fix: string } {
  if (error.code === 'EISDIR' && error.path) {
    return {
      reason: `${displayPath(error.path)} is a folder`,
      fix: 'move that folder away, or pass --name or --out to write elsewhere',
    };
  }
  return {
    reason: error.message,
    fix: `make room on that disk or fix its permissions, or pass --out another folder, then ${again}`,
  };
}

/**
 * Loads the print view, waits for reveal.js and the fonts, reads the deck data the build wrote into
 * the page, and refuses slides that would print wrong.
 */
async function layOut(
  page: Page,
  server: DeckServer,
  options: ExportOptions,
): Promise<{ report: PrintViewReport; data: DeckData }> {
  const failedUrls = watchFailedRequests(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // margin=0: a page is exactly one slide (1280x720 px, 16:9), not a slide on a 4% border.
  const separate = options.fragments && options.kinds.includes('slides') ? '&pdfSeparateFragments=true' : '';
  // pdf-ready comes after the load event, so there is no need to wait for that first.
  await page.goto(new URL(`?print-pdf&margin=0${separate}`, server.url).href, { waitUntil: 'commit' });
  await waitForPrintView(page, pageErrors);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));

  const report = await page.evaluate(inspectPrintView);
  const json = await page.evaluate((id) => document.getElementById(id)?.textContent ?? null, DECK_DATA_ID);
  if (json === null) {
    throw new PrintViewError(
      `The deck at ${server.url} has no deck data (<script id="${DECK_DATA_ID}">). Fix: build it again with \`npm run build\` with this version of the engine.`,
    );
  }
  const data = parseDeckData(json, `The deck at ${server.url}`);
  for (const url of report.brokenImages) if (!failedUrls.has(url)) failedUrls.set(url, 'not a readable image');
  const spills = overflowProblems(report, data, await findSlideOverflow(page));
  const collisions = collisionProblems(data, await findTextCollisions(page));
  const problems = dedupeProblems([...spills, ...collisions, ...(await assetProblems(page, data, failedUrls))]);
  if (problems.length > 0) throw new SlideProblemsError(problems);
  return { report, data };
}

/** One problem per spilling slide (every edge crossed, and what crosses it), numbered as the deck numbers slides. */
function overflowProblems(
  report: PrintViewReport,
  data: DeckData,
  overflows: readonly SlideOverflow[],
): SlideProblem[] {
  return summarizeSlideOverflow(overflows).map((spill) => ({
    slideId: spill.slideId,
    slideNumber: data.slides.find((slide) => slide.id === spill.slideId)?.number ?? spill.slideNumber,
    problem: `${spill.summary}, so the page would cut it off`,
    fix: `shorten or split the slide's content so it fits ${report.pageWidth}×${report.pageHeight} px`,
  }));
}

/** One problem per slide where text is drawn over other text, naming both. */
function collisionProblems(data: DeckData, collisions: readonly TextCollision[]): SlideProblem[] {
  return summarizeTextCollisions(collisions).map((slide) => ({
    slideId: slide.slideId,
    slideNumber: data.slides.find((candidate) => candidate.id === slide.slideId)?.number ?? slide.slideNumber,
    problem: `its text collides: ${slide.summary}`,
    fix: 'shorten that text or give it room (a shorter title, fewer words, a smaller figure), so no text is drawn over other text',
  }));
}

function printPdf(page: Page): Promise<Uint8Array> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
}

/** Waits for reveal.js's `pdf-ready`; a script error or a deck that never gets there stops the export. */
async function waitForPrintView(page: Page, pageErrors: readonly string[]): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const errors = pageErrors.length > 0 ? ` The page reported: ${pageErrors.join('; ')}.` : '';
      reject(
        new PrintViewError(
          `The deck's print view (${page.url()}) was not ready after ${PRINT_VIEW_TIMEOUT_MS / 1000} s.${errors} Fix: open that address in a browser and look at its console.`,
        ),
      );
    }, PRINT_VIEW_TIMEOUT_MS);
  });
  try {
    await Promise.race([page.evaluate(() => window.deckPdfReady), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function expectedPages(kind: PdfKind, count: number, report: PrintViewReport, options: ExportOptions) {
  if (kind === 'slides') {
    return {
      what: 'slides PDF',
      count,
      widthPt: report.pageWidth * PT_PER_CSS_PX,
      heightPt: report.pageHeight * PT_PER_CSS_PX,
    };
  }
  const paper = PAPER_PT[options.paper];
  return { what: 'handout PDF', count, widthPt: paper.width, heightPt: paper.height };
}

/** The PDF's metadata and bookmarks: the deck data's, at the pages the print view gave each slide. */
function pdfDetails(kind: PdfKind, report: PrintViewReport, data: DeckData, creator: string) {
  const pagesOf = new Map(report.slides.map((slide) => [slide.id, slide.pages]));
  let firstPage = 0;
  const slides = data.slides.map((slide) => {
    const entry = { label: slide.title, section: slide.section.id, firstPage };
    firstPage += kind === 'slides' ? (pagesOf.get(slide.id) ?? 1) : 1;
    return entry;
  });
  const headings = new Map(data.sections.map((section) => [section.id, section.heading]));
  const { title, subject, author, lang } = data.meta;
  return {
    title: kind === 'slides' ? title : `${title} — handout`,
    subject,
    author,
    lang,
    creator,
    outline: planOutline(slides, (id) => headings.get(id) ?? id),
  };
}

/** A path as the person running the export would type it: relative below the working folder. */
export function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere === '' ? '.' : fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
}
