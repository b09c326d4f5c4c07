/**
 * Reads an exported PDF back the way a reader's software does (pdf.js for text, bookmarks, tags
 * and metadata; pdf-lib for the font objects): what the tests and the benchmark check.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream } from 'pdf-lib';
import { getDocument, PDFDateString } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  readonly str: string;
  /** Position of the run's baseline start, in points from the page's bottom-left corner. */
  readonly x: number;
  readonly y: number;
}

export interface PdfPage {
  readonly widthPt: number;
  readonly heightPt: number;
  /** The page's text, runs joined by spaces. */
  readonly text: string;
  readonly runs: readonly PdfText[];
  /** Whether the page has a structure tree (tags) with content in it. */
  readonly tagged: boolean;
  /** The structure roles tagged on the page (H1, P, Table, LI, ...), each once. */
  readonly roles: readonly string[];
  /** Each Figure tag on the page, in order: its alternate text (/Alt), or null when it has none. */
  readonly figureAlts: readonly (string | null)[];
}

export interface PdfBookmark {
  readonly title: string;
  /** 0-based page it opens. */
  readonly pageIndex: number;
  readonly children: readonly PdfBookmark[];
}

export interface PdfFont {
  readonly name: string;
  /** The font dictionary's /Subtype: Type0, TrueType, Type1, Type3 (glyphs drawn as PDF procedures), ... */
  readonly subtype: string;
  /** For a Type0 font, its CIDFont's /Subtype: CIDFontType2 holds TrueType outlines, CIDFontType0 CFF. */
  readonly descendant: string | null;
  readonly embedded: boolean;
  /** It carries a /ToUnicode map, so its text copies and searches as the words it shows. */
  readonly toUnicode: boolean;
}

/** What a PDF says about itself: in its Info dictionary, or in its XMP metadata stream. */
export interface PdfAbout {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly creator: string;
  readonly producer: string;
  /** ISO 8601, or '' when not given. */
  readonly created: string;
  readonly modified: string;
}

export interface ReadPdf {
  readonly pages: readonly PdfPage[];
  readonly outline: readonly PdfBookmark[];
  readonly info: { readonly title: string; readonly subject: string; readonly author: string; readonly lang: string };
  /** The Info dictionary's description of the document. */
  readonly about: PdfAbout;
  /** The XMP metadata stream's, as pdf.js parses it; null when the PDF has none. */
  readonly xmp: (PdfAbout & { readonly lang: string }) | null;
  /** The document says it is tagged (MarkInfo /Marked true). */
  readonly marked: boolean;
  readonly fonts: readonly PdfFont[];
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const [, , widthPt, heightPt] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }]
          : [],
      );
      const tree = await page.getStructTree();
      const roles = new Set<string>();
      const figureAlts: (string | null)[] = [];
      const walk = (node: { role?: string; alt?: string; children?: unknown[] }) => {
        if (node.role) roles.add(node.role);
        if (node.role === 'Figure') figureAlts.push(typeof node.alt === 'string' && node.alt !== '' ? node.alt : null);
        for (const child of node.children ?? []) if (child && typeof child === 'object') walk(child);
      };
      if (tree) walk(tree);
      pages.push({
        widthPt,
        heightPt,
        text: runs.map((run) => run.str).join(' '),
        runs,
        tagged: JSON.stringify(tree ?? {}).includes('"type":"content"'),
        roles: [...roles],
        figureAlts,
      });
    }
    const outline = await Promise.all(((await doc.getOutline()) ?? []).map((item) => bookmark(doc, item)));
    const meta = await doc.getMetadata();
    const info = meta.info as Record<string, unknown>;
    const text = (key: string) => (typeof info[key] === 'string' ? (info[key] as string) : '');
    const infoDate = (key: string) => PDFDateString.toDateObject(text(key))?.toISOString() ?? '';
    const xmp = meta.metadata;
    const xmpText = (name: string) => {
      const value = xmp?.get(name);
      return Array.isArray(value) ? value.join('; ') : typeof value === 'string' ? value : '';
    };
    const xmpDate = (name: string) => (xmpText(name) ? new Date(xmpText(name)).toISOString() : '');
    const markInfo = await doc.getMarkInfo();
    return {
      pages,
      outline,
      info: { title: text('Title'), subject: text('Subject'), author: text('Author'), lang: text('Language') },
      about: {
        title: text('Title'),
        subject: text('Subject'),
        author: text('Author'),
        creator: text('Creator'),
        producer: text('Producer'),
        created: infoDate('CreationDate'),
        modified: infoDate('ModDate'),
      },
      // pdf.js lower-cases XMP names.
      xmp: xmp
        ? {
            title: xmpText('dc:title'),
            subject: xmpText('dc:description'),
            author: xmpText('dc:creator'),
            creator: xmpText('xmp:creatortool'),
            producer: xmpText('pdf:producer'),
            created: xmpDate('xmp:createdate'),
            modified: xmpDate('xmp:modifydate'),
            lang: xmpText('dc:language'),
          }
        : null,
      marked: markInfo?.Marked === true,
      fonts: await fontsOf(bytes),
    };
  } finally {
    await doc.destroy();
  }
}

type PdfJsDocument = Awaited<ReturnType<typeof getDocument>['promise']>;
type PdfJsOutlineItem = NonNullable<Awaited<ReturnType<PdfJsDocument['getOutline']>>>[number];

async function bookmark(doc: PdfJsDocument, item: PdfJsOutlineItem): Promise<PdfBookmark> {
  const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
  const target = dest?.[0];
  const pageIndex =
    typeof target === 'number' ? target : target ? await doc.getPageIndex(target as { num: number; gen: number }) : -1;
  return {
    title: item.title,
    pageIndex,
    children: await Promise.all(item.items.map((child) => bookmark(doc, child))),
  };
}

/** Every font the pages (and the forms they draw) use, and whether its glyphs are in the file. */
async function fontsOf(bytes: Uint8Array): Promise<PdfFont[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const found = new Map<string, PdfFont>();
  const seen = new Set<PDFDict>();
  const lookupDict = (value: unknown): PDFDict | undefined => {
    const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
    return resolved instanceof PDFDict ? resolved : undefined;
  };
  const visitResources = (resources: PDFDict | undefined) => {
    if (!resources || seen.has(resources)) return;
    seen.add(resources);
    const fonts = lookupDict(resources.get(PDFName.of('Font')));
    for (const [key, value] of fonts?.entries() ?? []) {
      const font = lookupDict(value);
      if (!font) continue;
      const subtype = font.get(PDFName.of('Subtype'))?.toString().replace('/', '') ?? '?';
      const name = font.get(PDFName.of('BaseFont'))?.toString().replace('/', '') ?? key.toString();
      let descriptorOwner: PDFDict | undefined = font;
      let descendant: string | null = null;
      if (subtype === 'Type0') {
        const descendants = doc.context.lookup(font.get(PDFName.of('DescendantFonts')));
        descriptorOwner = descendants instanceof PDFArray ? lookupDict(descendants.get(0)) : undefined;
        descendant = descriptorOwner?.get(PDFName.of('Subtype'))?.toString().replace('/', '') ?? '?';
      }
      const descriptor = lookupDict(descriptorOwner?.get(PDFName.of('FontDescriptor')));
      const embedded =
        subtype === 'Type3' ||
        ['FontFile', 'FontFile2', 'FontFile3'].some((file) => descriptor?.has(PDFName.of(file)) === true);
      const toUnicode = font.has(PDFName.of('ToUnicode'));
      found.set(`${name} ${subtype} ${embedded}`, { name, subtype, descendant, embedded, toUnicode });
      if (subtype === 'Type3') visitResources(lookupDict(font.get(PDFName.of('Resources'))));
    }
    const xobjects = lookupDict(resources.get(PDFName.of('XObject')));
    for (const [, value] of xobjects?.entries() ?? []) {
      const stream = value instanceof PDFRef ? doc.context.lookup(value) : value;
      if (stream instanceof PDFStream) visitResources(lookupDict(stream.dict.get(PDFName.of('Resources'))));
    }
  };
  for (const page of doc.getPages()) visitResources(lookupDict(page.node.get(PDFName.of('Resources'))));
  return [...found.values()];
}
