/**
 * `npm run export`: the built deck's print view, printed by one browser into the slides PDF and
 * the handout PDF, checked, finished with metadata and bookmarks, and written whole or not at all.
 */
import { mkdir } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { SECTIONS } from '../model/sections.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { launchBrowser, resolveBrowser } from './browser.ts';
import {
  assertBuilt,
  assertPortFree,
  buildDist,
  type DeckServer,
  distStatus,
  PROJECT_ROOT,
  serveDist,
} from './dist.ts';
import { PrintViewError, type SlideProblem, SlideProblemsError } from './errors.ts';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions, fileStem, type PdfKind } from './options.ts';
import { planOutline } from './outline.ts';
import {
  composeHandout,
  type HandoutInput,
  INIT_SCRIPT,
  inspectPrintView,
  type PrintViewReport,
  slidesUsing,
} from './page-scripts.ts';
import { finishPdf } from './pdf-finish.ts';
import { createProgress, formatBytes, type Progress } from './progress.ts';

/** How long the deck may take to load and lay itself out for print before the export gives up. */
export const PRINT_VIEW_TIMEOUT_MS = 30_000;
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
}

/** A print view laid out in a page and checked, ready to print. */
interface LaidOut {
  readonly kind: PdfKind;
  readonly page: Page;
  readonly report: PrintViewReport;
  readonly problems: readonly SlideProblem[];
}

export async function exportDeck(
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
  hooks: ExportHooks = {},
): Promise<ExportResult> {
  const progress = createProgress(hooks.onLine ?? (() => {}));
  const resolved = resolveBrowser();
  if (options.port !== 0) await assertPortFree(options.port);
  const distDir = resolve(options.distDir ?? resolve(PROJECT_ROOT, 'dist'));
  const distName = `${displayPath(distDir)}/`;
  if (options.distDir) assertBuilt(distDir);

  // The browser starts while the deck is checked, built if need be, and served.
  const launching = progress.step(
    () => launchBrowser(resolved),
    (browser) => `started ${resolved.source} Chromium ${browser.version()}`,
  );
  const serving = (async () => {
    if (!options.distDir) {
      const status = distStatus(PROJECT_ROOT, distDir);
      if (status.current) progress.note(`${distName} is current (${status.reason})`);
      else
        await progress.step(
          () => buildDist(PROJECT_ROOT),
          () => `built ${distName} because ${status.reason}`,
        );
    }
    return progress.step(
      () => serveDist(distDir, options.port),
      (server) => `serving ${distName} at ${server.url}`,
    );
  })();
  const [browserStart, serverStart] = await Promise.allSettled([launching, serving]);
  const browser = browserStart.status === 'fulfilled' ? browserStart.value : null;
  const server = serverStart.status === 'fulfilled' ? serverStart.value : null;
  try {
    if (serverStart.status === 'rejected') throw serverStart.reason;
    if (browserStart.status === 'rejected') throw browserStart.reason;
    return await printAll(options, browser as Browser, server as DeckServer, progress);
  } finally {
    await Promise.all([browser?.close(), server?.close()]);
  }
}

async function printAll(options: ExportOptions, browser: Browser, server: DeckServer, progress: Progress) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  await context.addInitScript({ content: INIT_SCRIPT });

  // Both print views are laid out side by side; nothing prints until both are known to be good.
  const laidOut = await Promise.all(options.kinds.map((kind) => layOut(kind, context, server, options, progress)));
  const problems = dedupe(laidOut.flatMap((view) => view.problems));
  if (problems.length > 0) throw new SlideProblemsError(problems);

  const printed = await Promise.all(
    laidOut.map((view) =>
      progress.step(
        async () => view.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false }),
        () => `printed the ${view.kind} PDF`,
      ),
    ),
  );

  const first = laidOut[0]?.report;
  if (!first) return { files: [], seconds: progress.elapsedSeconds() };
  const stem = options.name ?? fileStem(first.title);
  const outDir = resolve(options.outDir);
  const creator = `npm run export (reveal.js print view, Chromium ${browser.version()})`;
  const finished = await progress.step(
    () =>
      Promise.all(
        laidOut.map(async (view, index) => {
          const bytes = await finishPdf(
            printed[index] as Uint8Array,
            pdfDetails(view, creator),
            expectedPages(view, options),
          );
          return { view, bytes };
        }),
      ),
    () => 'checked the pages, added bookmarks and metadata',
  );

  await mkdir(outDir, { recursive: true });
  const files: ExportedPdf[] = [];
  for (const { view, bytes } of finished) {
    const path = resolve(outDir, `${stem}-${view.kind}.pdf`);
    await writeFileAtomic(path, bytes);
    const pages = expectedPages(view, options).count;
    files.push({ kind: view.kind, path, pages, bytes: bytes.byteLength });
    progress.note(`wrote ${displayPath(path)} (${pages} pages, ${formatBytes(bytes.byteLength)})`);
  }
  return { files, seconds: progress.elapsedSeconds() };
}

async function layOut(
  kind: PdfKind,
  context: BrowserContext,
  server: DeckServer,
  options: ExportOptions,
  progress: Progress,
): Promise<LaidOut> {
  return progress.step(
    async () => {
      const page = await context.newPage();
      const failedUrls = watchFailedRequests(page);
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // margin=0: a page is exactly one slide (1280x720 px, 16:9), not a slide on a 4% border.
      const separate = kind === 'slides' && options.fragments ? '&pdfSeparateFragments=true' : '';
      await page.goto(new URL(`?print-pdf&margin=0${separate}`, server.url).href);
      await waitForPrintView(page, pageErrors);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));

      const report = await page.evaluate(inspectPrintView);
      for (const url of report.brokenImages) if (!failedUrls.has(url)) failedUrls.set(url, 'not a readable image');
      const problems = [...report.problems, ...(await assetProblems(page, failedUrls))];
      if (kind === 'handout' && problems.length === 0) {
        const input: HandoutInput = {
          deckTitle: report.title,
          sectionHeadings: sectionHeadings(),
          paper: options.paper,
        };
        const handout = await page.evaluate(composeHandout, input);
        problems.push(...handout.problems);
      }
      return { kind, page, report, problems };
    },
    ({ kind: done, report }) =>
      done === 'slides'
        ? `laid out ${report.slides.length} slides on ${report.pageCount} pages`
        : `laid out the handout: ${report.slides.length} ${options.paper === 'a4' ? 'A4' : 'Letter'} pages`,
  );
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

/** URLs the page asked for and did not get (network errors and HTTP errors alike). */
function watchFailedRequests(page: Page): Map<string, string> {
  const failed = new Map<string, string>();
  page.on('requestfailed', (request) => failed.set(request.url(), request.failure()?.errorText ?? 'failed'));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.set(response.url(), `HTTP ${response.status()}`);
  });
  return failed;
}

async function assetProblems(page: Page, failed: ReadonlyMap<string, string>): Promise<SlideProblem[]> {
  if (failed.size === 0) return [];
  const users = await page.evaluate(slidesUsing, [...failed.keys()]);
  return [...failed].map(([url, reason]) => {
    const asset = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
    const user = users[url] ?? null;
    return {
      slideId: user?.id ?? null,
      slideNumber: user?.number ?? null,
      problem: `${asset} did not load (${reason})`,
      fix: user
        ? 'put the file under assets/ (or correct its path), then build and export again'
        : 'rebuild the deck with `npm run build` (the built files and the page disagree), then export again',
    };
  });
}

function dedupe(problems: readonly SlideProblem[]): SlideProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.slideId} ${problem.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sectionHeadings(): Record<string, string> {
  return Object.fromEntries(SECTIONS.map((section) => [section.id, section.heading]));
}

function sectionHeading(id: string): string {
  return sectionHeadings()[id] ?? id;
}

function expectedPages(view: LaidOut, options: ExportOptions) {
  if (view.kind === 'slides') {
    return {
      what: 'slides PDF',
      count: view.report.pageCount,
      widthPt: view.report.pageWidth * PT_PER_CSS_PX,
      heightPt: view.report.pageHeight * PT_PER_CSS_PX,
    };
  }
  const paper = PAPER_PT[options.paper];
  return { what: 'handout PDF', count: view.report.slides.length, widthPt: paper.width, heightPt: paper.height };
}

function pdfDetails(view: LaidOut, creator: string) {
  const { report } = view;
  let firstPage = 0;
  const slides = report.slides.map((slide) => {
    const entry = { label: slide.label, section: slide.section, firstPage };
    firstPage += view.kind === 'slides' ? slide.pages : 1;
    return entry;
  });
  return {
    title: view.kind === 'slides' ? report.title : `${report.title} — handout`,
    subject: report.subject,
    author: report.author,
    lang: report.lang,
    creator,
    outline: planOutline(slides, sectionHeading),
  };
}

/** A path as the person running the export would type it: relative below the working folder. */
export function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere === '' ? '.' : fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
}
