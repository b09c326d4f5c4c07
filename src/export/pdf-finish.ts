/**
 * What Chromium's page.pdf cannot do itself: the deck's metadata beyond the title, and bookmarks
 * grouped by essay section (its own outline follows headings, which slides do not line up with).
 * The tags and fonts Chromium wrote are kept as they are.
 */
import { ParseSpeeds, PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';
import { PdfCheckError } from './errors.ts';
import type { OutlineEntry } from './outline.ts';

export interface PdfDetails {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly lang: string;
  readonly creator: string;
  readonly outline: readonly OutlineEntry[];
}

export interface ExpectedPages {
  /** What the PDF is, for messages: "slides PDF". */
  readonly what: string;
  readonly count: number;
  readonly widthPt: number;
  readonly heightPt: number;
}

/** Page sizes may differ from the CSS size by Chromium's rounding to whole device pixels. */
const PAGE_SIZE_TOLERANCE_PT = 1;

/** Checks the printed PDF against the laid-out pages, then adds metadata and bookmarks. */
export async function finishPdf(
  printed: Uint8Array,
  details: PdfDetails,
  expected: ExpectedPages,
): Promise<Uint8Array> {
  // Fastest: pdf-lib otherwise pauses for a timer tick every hundred objects.
  const doc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  checkPages(doc, expected);
  doc.setTitle(details.title, { showInWindowTitleBar: true });
  doc.setSubject(details.subject);
  doc.setAuthor(details.author);
  doc.setCreator(details.creator);
  if (details.lang) doc.setLanguage(details.lang);
  writeOutline(doc, details.outline);
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

function checkPages(doc: PDFDocument, expected: ExpectedPages): void {
  const count = doc.getPageCount();
  if (count !== expected.count) {
    throw new PdfCheckError(
      `The ${expected.what} came out with ${count} pages where the deck laid out ${expected.count}: something spilled onto a page of its own. Fix: look for content placed outside the slides in the print view (?print-pdf), then export again.`,
    );
  }
  doc.getPages().forEach((page, index) => {
    const { width, height } = page.getSize();
    if (
      Math.abs(width - expected.widthPt) > PAGE_SIZE_TOLERANCE_PT ||
      Math.abs(height - expected.heightPt) > PAGE_SIZE_TOLERANCE_PT
    ) {
      throw new PdfCheckError(
        `Page ${index + 1} of the ${expected.what} is ${width.toFixed(1)}×${height.toFixed(1)} pt, not ${expected.widthPt.toFixed(1)}×${expected.heightPt.toFixed(1)} pt. Fix: check the @page rules in src/theme/print.css.`,
      );
    }
  });
}

/** Writes the bookmarks (open, each opening its page fitted to the window) and shows them on opening. */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = doc;
  const pages = doc.getPages().map((page) => page.ref);
  const rootRef = context.nextRef();

  const writeLevel = (
    items: readonly OutlineEntry[],
    parent: PDFRef,
  ): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = items.length;
    items.forEach((item, index) => {
      const page = pages[item.pageIndex];
      if (!page)
        throw new PdfCheckError(`Bookmark "${item.title}" points at page ${item.pageIndex + 1}, past the end.`);
      const ref = refs[index] as PDFRef;
      const dict = context.obj({ Title: PDFHexString.fromText(item.title), Parent: parent, Dest: [page, 'Fit'] });
      const previous = refs[index - 1];
      const next = refs[index + 1];
      if (previous) dict.set(PDFName.of('Prev'), previous);
      if (next) dict.set(PDFName.of('Next'), next);
      if (item.children.length > 0) {
        const children = writeLevel(item.children, ref);
        dict.set(PDFName.of('First'), children.first);
        dict.set(PDFName.of('Last'), children.last);
        dict.set(PDFName.of('Count'), context.obj(children.count));
        count += children.count;
      }
      context.assign(ref, dict);
    });
    return { first: refs[0] as PDFRef, last: refs.at(-1) as PDFRef, count };
  };

  const top = writeLevel(entries, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.count }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
