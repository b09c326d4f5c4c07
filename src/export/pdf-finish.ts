/**
 * What Chromium's page.pdf cannot do itself: the deck's metadata beyond the title, and bookmarks
 * grouped by deck section (its own outline follows headings, which slides do not line up with).
 * The tags and fonts Chromium wrote are kept as they are.
 */
import { ParseSpeeds, PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';
import { escapeAttr } from '../render/html.ts';
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
  now: () => Date = () => new Date(),
): Promise<Uint8Array> {
  // Fastest: pdf-lib otherwise pauses for a timer tick every hundred objects.
  const doc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  checkPages(doc, expected);
  doc.setTitle(details.title, { showInWindowTitleBar: true });
  doc.setSubject(details.subject);
  doc.setAuthor(details.author);
  doc.setCreator(details.creator);
  if (details.lang) doc.setLanguage(details.lang);
  // Printed by Chromium (its time and producer are kept), then changed here: modified now.
  const modified = now();
  const created = doc.getCreationDate() ?? modified;
  doc.setCreationDate(created);
  doc.setModificationDate(modified);
  writeXmpMetadata(doc, {
    ...details,
    producer: doc.getProducer() ?? 'Chromium',
    created,
    modified,
  });
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

export interface XmpDetails {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly lang: string;
  readonly creator: string;
  readonly producer: string;
  readonly created: Date;
  readonly modified: Date;
}

/**
 * The document's XMP metadata stream, saying what the Info dictionary says (title, author,
 * description, creator tool, producer, dates), for the many tools that read XMP and not the Info
 * dictionary. It claims no conformance level: these PDFs are tagged, but not checked against PDF/UA.
 */
export function writeXmpMetadata(doc: PDFDocument, details: XmpDetails): void {
  // XMP dates are ISO 8601; whole seconds, as the Info dictionary's dates have.
  const date = (value: Date) => value.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeAttr(text)}</rdf:li></rdf:Alt>`;
  const packet = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(details.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeAttr(details.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(details.subject)}</dc:description>`,
    ...(details.lang
      ? [`<dc:language><rdf:Bag><rdf:li>${escapeAttr(details.lang)}</rdf:li></rdf:Bag></dc:language>`]
      : []),
    `<xmp:CreatorTool>${escapeAttr(details.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date(details.created)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date(details.modified)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date(details.modified)}</xmp:MetadataDate>`,
    `<pdf:Producer>${escapeAttr(details.producer)}</pdf:Producer>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
  // Uncompressed, as XMP is expected to be: tools find the packet by scanning the file.
  const stream = doc.context.stream(new TextEncoder().encode(packet), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
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
