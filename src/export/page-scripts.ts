/**
 * Code that runs inside the deck's print view (`?print-pdf`), sent there with page.evaluate.
 * Each function is self-contained: it is serialised into the page, so it reads nothing from
 * this module but types. Slide text is moved and cloned as DOM nodes, never parsed as HTML.
 */
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
  readonly deckTitle: string;
  /** Section id -> the heading printed above each slide. */
  readonly sectionHeadings: Readonly<Record<string, string>>;
  readonly paper: 'a4' | 'letter';
}

export interface HandoutReport {
  readonly sheets: number;
  /** Scripts that do not fit their page even at the smallest type. */
  readonly problems: readonly SlideProblem[];
}

/**
 * Turns the print view (one .pdf-page a slide, fragments shown) into the handout: each page
 * becomes a paper sheet with the deck's title, the slide's section and number, the slide
 * scaled to the text width, and its spoken script from the slide's own notes.
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
  const pages = [...lastPageOf.values()];
  const total = pages.length;

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const clock = (seconds: number) => {
    const whole = Math.max(0, Math.round(seconds));
    return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  };

  const sheets: {
    sheet: HTMLElement;
    page: HTMLElement;
    stage: HTMLElement;
    box: HTMLElement;
    section: HTMLElement;
    number: number;
  }[] = [];
  pages.forEach((page, index) => {
    const section = page.querySelector<HTMLElement>(':scope > section');
    if (!section) return;
    const number = index + 1;
    const sheet = element('article', 'handout-sheet');
    sheet.dataset.slideId = section.id;
    sheet.setAttribute('aria-label', `Slide ${number}: ${section.getAttribute('aria-label') ?? section.id}`);

    const head = element('header', 'handout-head');
    head.append(element('p', 'handout-deck', input.deckTitle));
    const place = element('p', 'handout-place');
    const sectionId = section.dataset.section ?? '';
    place.append(
      element('span', 'handout-section', input.sectionHeadings[sectionId] ?? sectionId),
      element('span', 'handout-number', `Slide ${number} of ${total}`),
    );
    head.append(place);

    // The page keeps its slide size, taken out of the flow and scaled down into the box.
    const { offsetWidth: width, offsetHeight: height } = page;
    page.style.width = `${width}px`;
    page.style.height = `${height}px`;
    const box = element('div', 'handout-slide');
    box.style.aspectRatio = `${width} / ${height}`;
    // The slide's backdrop is drawn apart, scaled rather than zoomed: zoomed, Chromium prints its
    // gradients as bitmaps (twice the file); the slide's content is zoomed to keep its tags.
    const stage = element('div', 'handout-stage');
    stage.style.width = `${width}px`;
    stage.style.height = `${height}px`;
    stage.style.background = page.style.background;
    page.style.background = 'none';

    const script = element('div', 'handout-script');
    const timing = Number(section.dataset.timing ?? 0);
    script.append(
      element('p', 'handout-script-label', timing > 0 ? `Script · about ${clock(timing)} spoken` : 'Script'),
    );
    for (const part of section.querySelectorAll<HTMLElement>('aside.notes > p')) {
      const paragraph = element('p', 'handout-part');
      const step = Number(part.dataset.step ?? 0);
      if (step > 0) paragraph.append(element('span', 'handout-cue', `Step ${step}`));
      let leading = step > 0;
      for (const child of part.childNodes) {
        if (child instanceof Element && child.classList.contains('notes-cue')) continue;
        const copy = child.cloneNode(true);
        if (leading && copy.nodeType === Node.TEXT_NODE) copy.textContent = (copy.textContent ?? '').trimStart();
        leading = false;
        paragraph.append(copy);
      }
      script.append(paragraph);
    }

    // Whatever room the script leaves is ruled for the reader's own notes.
    const notes = element('div', 'handout-notes');
    notes.append(element('p', 'handout-script-label', 'Notes'), element('div', 'handout-rules'));

    page.replaceWith(sheet);
    box.append(stage, page);
    sheet.append(head, box, script, notes);
    sheets.push({ sheet, page, stage, box, section, number });
  });

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

  const problems: SlideProblem[] = [];
  for (const { sheet, section, number } of sheets) {
    if (!overflows(sheet)) continue;
    problems.push({
      slideId: section.id,
      slideNumber: number,
      problem: `its script does not fit on its handout page, even in the smallest type (it needs ${Math.ceil(sheet.scrollHeight - sheet.clientHeight)} px more)`,
      fix: 'shorten the script, or split the slide in two',
    });
  }
  return { sheets: sheets.length, problems };
}
