import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { readPdf } from '../../e2e/support/pdf.ts';
import { PdfCheckError } from './errors.ts';
import { planOutline } from './outline.ts';
import { finishPdf } from './pdf-finish.ts';

async function printedPdf(pages: number, size: [number, number] = [960, 540]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let index = 0; index < pages; index += 1) doc.addPage(size);
  doc.setTitle('Chromium sets only this');
  return doc.save();
}

const details = {
  title: 'Rocky IV Has The Greatest Training Montage Of All Time',
  subject: 'Why the training montage is the best',
  author: 'The deck',
  lang: 'en',
  creator: 'npm run export',
  outline: planOutline(
    [
      { label: 'Title', section: 'opening', firstPage: 0 },
      { label: 'Drago’s lab', section: 'two-montages', firstPage: 1 },
      { label: 'Rocky’s barn', section: 'two-montages', firstPage: 2 },
    ],
    (id) => ({ opening: 'Opening', 'two-montages': 'Two montages in one' })[id] ?? id,
  ),
};
const expected = { what: 'slides PDF', count: 3, widthPt: 960, heightPt: 540 };

describe('finishPdf', () => {
  test('writes the deck’s metadata and section > slide bookmarks that open their pages', async () => {
    const finished = await readPdf(await finishPdf(await printedPdf(3), details, expected));
    expect(finished.info).toEqual({
      title: details.title,
      subject: details.subject,
      author: details.author,
      lang: 'en',
    });
    expect(finished.outline).toEqual([
      { title: 'Opening', pageIndex: 0, children: [{ title: 'Title', pageIndex: 0, children: [] }] },
      {
        title: 'Two montages in one',
        pageIndex: 1,
        children: [
          { title: 'Drago’s lab', pageIndex: 1, children: [] },
          { title: 'Rocky’s barn', pageIndex: 2, children: [] },
        ],
      },
    ]);
  });

  test('writes an XMP metadata stream that says what the Info dictionary says, and claims no PDF/UA', async () => {
    const printed = await PDFDocument.create({ updateMetadata: false });
    for (let index = 0; index < 3; index += 1) printed.addPage([960, 540]);
    printed.setProducer('Skia/PDF m156');
    printed.setCreationDate(new Date('2025-11-30T04:10:38Z'));
    const finishedAt = new Date('2025-11-30T04:10:40Z');
    const bytes = await finishPdf(await printed.save(), details, expected, () => finishedAt);
    const finished = await readPdf(bytes);
    expect(finished.about).toEqual({
      title: details.title,
      subject: details.subject,
      author: details.author,
      creator: details.creator,
      producer: 'Skia/PDF m156',
      created: '2025-11-30T04:10:38.000Z',
      modified: '2025-11-30T04:10:40.000Z',
    });
    expect(finished.xmp).toEqual({ ...finished.about, lang: 'en' });
    expect(new TextDecoder().decode(bytes)).not.toMatch(/pdfuaid|pdfaid/);
  });

  test('escapes the metadata it writes into the XMP packet', async () => {
    const tricky = { ...details, title: 'Rocky & Drago <live> “in Moscow”', author: 'A "quoted" author' };
    const finished = await readPdf(await finishPdf(await printedPdf(3), tricky, expected));
    expect(finished.xmp?.title).toBe(tricky.title);
    expect(finished.xmp?.author).toBe(tricky.author);
  });

  test('refuses a PDF with a page more than the deck laid out', async () => {
    const finishing = finishPdf(await printedPdf(4), details, expected);
    await expect(finishing).rejects.toThrow(PdfCheckError);
    await expect(finishing).rejects.toThrow('The slides PDF came out with 4 pages where the deck laid out 3');
  });

  test('refuses pages of the wrong size', async () => {
    const finishing = finishPdf(await printedPdf(3, [612, 792]), details, expected);
    await expect(finishing).rejects.toThrow('Page 1 of the slides PDF is 612.0×792.0 pt, not 960.0×540.0 pt');
  });
});
