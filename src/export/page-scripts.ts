/**
 * Code that runs inside the deck's print view (`?print-pdf`), sent there with page.evaluate.
 * Each function is self-contained: it is serialised into the page, so it reads nothing from
 * this module but types. Slides are moved as DOM nodes and the handout's sheets come as the
 * renderer's element trees, built with createElement and text nodes: nothing is parsed as HTML.
 */
import type { ElementNode } from '../render/html.ts';
import type { SlideProblem } from './errors.ts';

/** Sent to the page before any script runs (as a string: it must not be rewritten by the TS loader). */
export const INIT_SCRIPT = `
  // tsx (esbuild's keepNames) wraps functions in __name(); functions sent to the page call it.
  globalThis.__name = globalThis.__name || ((fn) => fn);
  window.deckPdfReady = new Promise((resolve) => {
    document.addEventListener('pdf-ready', () => resolve(true), { once: true });
  });
`;

declare global {
  interface Window {
    /** Resolves when reveal.js has laid out the print view (its `pdf-ready` event). */
    deckPdfReady?: Promise<true>;
  }
}

/** A slide as the print view lays it out. */
export interface PrintedSlide {
  readonly id: string;
  /** Pages the slide takes in this print view: 1, or 1 + fragment steps with separate fragments. */
  readonly pages: number;
}

/** How the print view laid the deck out, and what did not load. */
export interface PrintViewReport {
  /** Page size in CSS pixels. */
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly pageCount: number;
  readonly slides: readonly PrintedSlide[];
  /** URLs of slide images that are not there or not readable, even where the server said 200. */
  readonly brokenImages: readonly string[];
}

/**
 * Readies the laid-out print view for a tagged PDF and reports on it. reveal.js leaves `hidden` and
 * `aria-hidden` on every slide but the first; Chromium's tags follow the accessibility tree, so
 * those go. Whether content spills is measured by slide-overflow.ts, the layout tests' measure.
 */
export function inspectPrintView(): PrintViewReport {
  for (const section of document.querySelectorAll('.reveal .slides section')) {
    section.removeAttribute('hidden');
    section.removeAttribute('aria-hidden');
  }

  const pages = [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')];
  const brokenImages: string[] = [];
  const pagesOf = new Map<string, number>();
  for (const page of pages) {
    const section = page.querySelector<HTMLElement>(':scope > section');
    if (!section) continue;
    const known = pagesOf.get(section.id);
    pagesOf.set(section.id, (known ?? 0) + 1);
    if (known !== undefined) continue;
    for (const image of section.querySelectorAll('img')) {
      if (!image.complete || image.naturalWidth === 0) brokenImages.push(image.currentSrc || image.src);
    }
  }
  const slides: PrintedSlide[] = [...pagesOf].map(([id, count]) => ({ id, pages: count }));

  // With margin=0 a page is its slide; the .pdf-page box itself is a pixel short (pdfPageHeightOffset).
  const first = pages[0]?.querySelector(':scope > section')?.getBoundingClientRect();
  return {
    pageWidth: Math.round(first?.width ?? 0),
    pageHeight: Math.round(first?.height ?? 0),
    pageCount: pages.length,
    slides,
    brokenImages: [...new Set(brokenImages)],
  };
}

/** For each URL that failed to load, the id of the slide whose element asked for it (null: no slide did). */
export function slidesUsing(urls: readonly string[]): Record<string, string | null> {
  const sections = [
    ...new Map(
      [...document.querySelectorAll<HTMLElement>('.reveal .slides section[id]')].map((s) => [s.id, s]),
    ).values(),
  ];
  const result: Record<string, string | null> = {};
  for (const url of urls) {
    result[url] = null;
    for (const section of sections) {
      if (result[url]) break;
      for (const element of section.querySelectorAll('[src], [href], [srcset], [poster], [data]')) {
        const refs = ['src', 'href', 'srcset', 'poster', 'data', 'xlink:href']
          .map((attribute) => element.getAttribute(attribute))
          .filter((value): value is string => Boolean(value))
          .flatMap((value) => value.split(/,\s*/).map((part) => part.trim().split(/\s+/)[0] ?? ''));
        if (refs.some((ref) => ref && new URL(ref, document.baseURI).href === url)) {
          result[url] = section.id;
          break;
        }
      }
    }
  }
  return result;
}

export interface HandoutInput {
  /**
   * One sheet per slide, as the element trees src/render/handout.ts renders from the page's deck
   * data, in JSON (Playwright's argument types cannot follow a recursive tree).
   */
  readonly sheets: string;
  readonly paper: 'a4' | 'letter';
}

export interface HandoutReport {
  readonly sheets: number;
  /** Scripts that do not fit their page even at the smallest type. */
  readonly problems: readonly SlideProblem[];
}

/**
 * Turns the print view (one .pdf-page a slide, fragments shown) into the handout: each slide's
 * sheet, as the renderer made it, takes the place of its page, the page goes into the sheet's slide
 * box scaled to the text width, and scripts that run long step their type down to fit.
 */
export function composeHandout(input: HandoutInput): HandoutReport {
  const FIT_STEPS = 2;
  /** Below about 25 mm a ruled notes area is too small to write in: it is left out. */
  const MIN_NOTES_PX = 96;
  const root = document.documentElement;
  root.classList.add('deck-handout', `paper-${input.paper}`);
  // With a page per fragment step, a slide's last page shows it whole: that one goes on paper.
  const lastPageOf = new Map<string, HTMLElement>();
  for (const page of document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')) {
    const id = page.querySelector(':scope > section')?.id;
    if (id === undefined) continue;
    lastPageOf.get(id)?.remove();
    lastPageOf.set(id, page);
  }

  // The renderer's element tree, built as DOM: text stays text, nothing is parsed as HTML.
  type Tree = ElementNode['children'][number];
  const build = (child: Tree): (Element | Text)[] => {
    if (child === null || child === undefined || child === false) return [];
    if (typeof child === 'string') return [document.createTextNode(child)];
    if (Array.isArray(child)) return child.flatMap(build);
    const node = child as Exclude<Tree, readonly Tree[] | string | null | undefined | false>;
    if (node.kind !== 'element') throw new Error('A handout sheet carries elements and text only.');
    const element = document.createElement(node.tag);
    for (const [name, value] of Object.entries(node.attrs)) {
      if (value !== undefined && value !== false) element.setAttribute(name, value === true ? '' : String(value));
    }
    element.append(...node.children.flatMap(build));
    return [element];
  };

  const sheets: { sheet: HTMLElement; page: HTMLElement; stage: HTMLElement; box: HTMLElement; number: number }[] = [];
  const trees = JSON.parse(input.sheets) as ElementNode[];
  for (const tree of trees) {
    const [sheet] = build(tree);
    if (!(sheet instanceof HTMLElement)) continue;
    const page = lastPageOf.get(sheet.dataset.slideId ?? '');
    const box = sheet.querySelector<HTMLElement>('.handout-slide');
    const stage = box?.querySelector<HTMLElement>('.handout-stage');
    if (!page || !box || !stage) continue;
    // The page keeps its slide size, taken out of the flow and scaled down into the box.
    const { offsetWidth: width, offsetHeight: height } = page;
    page.style.width = `${width}px`;
    page.style.height = `${height}px`;
    box.style.aspectRatio = `${width} / ${height}`;
    // The slide's backdrop is drawn apart, scaled rather than zoomed: zoomed, Chromium prints its
    // gradients as bitmaps (twice the file); the slide's content is zoomed to keep its tags.
    stage.style.width = `${width}px`;
    stage.style.height = `${height}px`;
    stage.style.background = page.style.background;
    page.style.background = 'none';
    page.replaceWith(sheet);
    box.append(page);
    sheets.push({ sheet, page, stage, box, number: sheets.length + 1 });
  }
  const problems: SlideProblem[] = [];
  for (const [id, page] of lastPageOf) {
    if (page.closest('.handout-sheet')) continue;
    problems.push({
      slideId: id,
      slideNumber: null,
      problem: 'the page’s deck data has no handout sheet for it',
      fix: 'build the deck again with `npm run build`, then export again',
    });
  }

  // Reads and writes are batched: each read after a write lays out every sheet again.
  const boxWidth = sheets[0]?.box.clientWidth ?? 0;
  for (const { sheet, page, stage } of sheets) {
    // zoom, not transform: Chromium leaves transformed content out of the PDF's tags.
    const scale = boxWidth / page.offsetWidth;
    page.style.zoom = String(scale);
    stage.style.transform = `scale(${scale})`;
    sheet.dataset.fit = '0';
  }
  const overflows = (sheet: HTMLElement) => sheet.scrollHeight > sheet.clientHeight + 1;
  for (let fit = 1; fit <= FIT_STEPS; fit += 1) {
    const crowded = sheets.filter(({ sheet }) => overflows(sheet));
    if (crowded.length === 0) break;
    for (const { sheet } of crowded) sheet.dataset.fit = String(fit);
  }
  const cramped = sheets
    .map(({ sheet }) => sheet.querySelector<HTMLElement>('.handout-notes'))
    .filter((notes): notes is HTMLElement => notes !== null && notes.clientHeight < MIN_NOTES_PX);
  for (const notes of cramped) notes.remove();

  for (const { sheet, number } of sheets) {
    if (!overflows(sheet)) continue;
    problems.push({
      slideId: sheet.dataset.slideId ?? null,
      slideNumber: number,
      problem: `its script does not fit on its handout page, even in the smallest type (it needs ${Math.ceil(sheet.scrollHeight - sheet.clientHeight)} px more)`,
      fix: 'shorten the script, or split the slide in two',
    });
  }
  return { sheets: sheets.length, problems };
}
