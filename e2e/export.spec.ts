/**
 * `npm run export` as a person runs it, with the PDFs read back by a PDF library. Expectations
 * come from the deck model (loadDeck), so they follow the slides wherever they go.
 */
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadDeck } from '../src/build/load-deck.ts';
import { PROJECT_ROOT } from '../src/export/dist.ts';
import { fileStem } from '../src/export/options.ts';
import { type Deck, layoutOf, type PlacedSlide } from '../src/model/index.ts';
import { buildBrokenDeck, COLLIDING, MISSING_IMAGE, OVERFLOWING } from './fixtures/broken-deck.ts';
import { EXPORT_TIMEOUT_MS, pageBrightness, type Run, runExport, squash, words } from './support/export.ts';
import { type ReadPdf, readPdf } from './support/pdf.ts';
import { copyProject } from './support/project-copy.ts';

// One export serves several tests, so this file runs in order in one worker.
test.describe.configure({ mode: 'default', timeout: EXPORT_TIMEOUT_MS });

const A4_PT = { width: 595.28, height: 841.89 };
const SLIDE_PT = { width: 960, height: 540 };
const SIZE_TOLERANCE_PT = 1;
/** A subset (six-letter tag) of Anton or Source Sans 3, by the PostScript names their files carry. */
const DECK_FONT_NAME = /^[A-Z]{6}\+(Anton|SourceSans3)-/;

/** The words a slide shows as its title, for finding it on its page. */
function visibleTitle({ slide }: PlacedSlide): string | null {
  return layoutOf(slide).heading(slide);
}

/** Sections > slides, as the bookmarks should read. */
function expectedOutline(deck: Deck, firstPageOf: (slide: PlacedSlide) => number) {
  const groups: { title: string; pageIndex: number; children: { title: string; pageIndex: number }[] }[] = [];
  for (const placed of deck.slides) {
    const entry = { title: placed.label, pageIndex: firstPageOf(placed) };
    const last = groups.at(-1);
    const heading = placed.section.heading;
    if (last && last.title === heading) last.children.push(entry);
    else groups.push({ title: heading, pageIndex: entry.pageIndex, children: [entry] });
  }
  return groups;
}

function outlineOf(pdf: ReadPdf) {
  return pdf.outline.map((section) => ({
    title: section.title,
    pageIndex: section.pageIndex,
    children: section.children.map((slide) => ({ title: slide.title, pageIndex: slide.pageIndex })),
  }));
}

test.describe('npm run export', () => {
  const deck = loadDeck();
  const stem = fileStem(deck.meta.title);
  const outDir = mkdtempSync(join(tmpdir(), 'deck-export-'));
  const slidesFile = join(outDir, `${stem}-slides.pdf`);
  const handoutFile = join(outDir, `${stem}-handout.pdf`);
  let run: Run;
  let slides: ReadPdf;
  let handout: ReadPdf;

  test.beforeAll(async () => {
    test.setTimeout(EXPORT_TIMEOUT_MS);
    run = await runExport(['--out', outDir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    slides = await readPdf(new Uint8Array(readFileSync(slidesFile)));
    handout = await readPdf(new Uint8Array(readFileSync(handoutFile)));
  });

  test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('writes both PDFs, says where, and times each step', () => {
    const lines = run.stdout.trim().split('\n');
    expect(lines.at(-1)).toContain(slidesFile);
    expect(lines.at(-1)).toContain(handoutFile);
    const steps = lines.slice(0, -1);
    for (const step of [
      /^export: (dist\/ is current|built dist\/)/,
      /^export: started/,
      /^export: laid out/,
      /^export: printed the slides PDF/,
      /^export: printed the handout PDF/,
      new RegExp(
        `^export: wrote .*-slides\\.pdf \\(${deck.slides.length} pages, \\d+ kB\\) and .*-handout\\.pdf \\(${deck.slides.length} pages, \\d+ kB\\)`,
      ),
    ])
      expect(
        steps.find((line) => step.test(line)),
        `a line for ${step}`,
      ).toBeDefined();
    // One line per step, each with its time.
    for (const line of steps) expect(line).toMatch(/ \(\d+\.\d+ s\)$/);
    expect(readdirSync(outDir).sort()).toEqual([`${stem}-handout.pdf`, `${stem}-slides.pdf`]);
  });

  test('the slides PDF has one 16:9 page per slide, its title as text, its number and the deck’s background', () => {
    expect(slides.pages).toHaveLength(deck.slides.length);
    for (const placed of deck.slides) {
      const page = slides.pages[placed.index];
      if (!page) throw new Error(`no page for slide ${placed.number}`);
      expect(Math.abs(page.widthPt - SLIDE_PT.width)).toBeLessThan(SIZE_TOLERANCE_PT);
      expect(Math.abs(page.heightPt - SLIDE_PT.height)).toBeLessThan(SIZE_TOLERANCE_PT);
      const title = visibleTitle(placed);
      if (title) expect(squash(page.text), `slide ${placed.number} "${placed.slide.id}"`).toContain(squash(title));
      const numberInCorner = page.runs.some(
        (run) =>
          run.str.trim() === String(placed.number) && run.x > page.widthPt * 0.85 && run.y < page.heightPt * 0.15,
      );
      expect(numberInCorner, `slide number ${placed.number} printed bottom right`).toBe(true);
      expect(
        pageBrightness(slidesFile, placed.number),
        `slide ${placed.number} printed on its dark stage`,
      ).toBeLessThan(90);
    }
  });

  test('the handout gives each slide a paper page with its section, number and spoken script', () => {
    expect(handout.pages).toHaveLength(deck.slides.length);
    for (const placed of deck.slides) {
      const page = handout.pages[placed.index];
      if (!page) throw new Error(`no handout page for slide ${placed.number}`);
      expect(Math.abs(page.widthPt - A4_PT.width)).toBeLessThan(SIZE_TOLERANCE_PT);
      expect(Math.abs(page.heightPt - A4_PT.height)).toBeLessThan(SIZE_TOLERANCE_PT);
      const text = squash(page.text);
      expect(text).toContain(squash(placed.section.heading));
      expect(text).toContain(squash(`Slide ${placed.number} of ${deck.slides.length}`));
      const title = visibleTitle(placed);
      if (title) expect(text).toContain(squash(title));
      for (const part of placed.script) expect(text, `script of slide ${placed.number}`).toContain(squash(part));
      expect(pageBrightness(handoutFile, placed.number), 'a paper page, mostly white').toBeGreaterThan(150);
    }
  });

  test('both PDFs are tagged, bookmarked by section and slide, with the deck’s metadata and embedded fonts', () => {
    const outline = expectedOutline(deck, (placed) => placed.index);
    for (const [pdf, title] of [
      [slides, deck.meta.title],
      [handout, `${deck.meta.title} — handout`],
    ] as const) {
      expect(pdf.marked).toBe(true);
      expect(pdf.pages.every((page) => page.tagged)).toBe(true);
      expect(outlineOf(pdf)).toEqual(outline);
      expect(pdf.info).toEqual({
        title,
        subject: deck.meta.subject,
        author: deck.meta.author,
        lang: deck.meta.lang,
      });
      // The XMP metadata stream (read by many archives and search tools) says the same as the Info dictionary.
      expect(pdf.xmp).toEqual({ ...pdf.about, lang: deck.meta.lang });
      expect(pdf.about.creator).toMatch(/^npm run export \(reveal\.js print view, Chromium [\d.]+\)$/);
      expect(pdf.about.producer).not.toBe('');
      expect(Date.parse(pdf.about.modified)).toBeGreaterThanOrEqual(Date.parse(pdf.about.created));
      expect(pdf.fonts.length).toBeGreaterThan(0);
      expect(pdf.fonts.filter((font) => !font.embedded)).toEqual([]);
    }
    expect(slides.pages.flatMap((page) => page.roles)).toEqual(expect.arrayContaining(['H2', 'P']));
    // The slide on a handout page keeps its structure (headings, lists, tables) for screen readers.
    slides.pages.forEach((page, index) => {
      const slideRoles = page.roles.filter((role) => !['Root', 'Document', 'NonStruct'].includes(role));
      expect(handout.pages[index]?.roles, `handout page ${index + 1}`).toEqual(expect.arrayContaining(slideRoles));
    });
  });

  test('in both PDFs each drawing is a tagged Figure with its slide’s alt text, quotes are block quotes, and no Figure lacks alt text', () => {
    const drawn = deck.slides.filter(
      (placed) => placed.slide.layout === 'figure' || placed.slide.layout === 'timeline',
    );
    expect(drawn.length).toBeGreaterThanOrEqual(5);
    for (const [pdf, which] of [
      [slides, 'slides'],
      [handout, 'handout'],
    ] as const) {
      for (const placed of drawn) {
        const { slide } = placed;
        const alts = pdf.pages[placed.index]?.figureAlts ?? [];
        const where = `${which} PDF, slide ${placed.number} "${slide.id}"`;
        if (slide.layout === 'figure') expect(alts, where).toEqual([slide.alt]);
        if (slide.layout === 'timeline') {
          expect(alts, where).toHaveLength(1);
          // The timeline's facts, which the drawing shows as scattered labels, read in order.
          for (const fact of [...(slide.spans ?? []), ...slide.points]) expect(alts[0], where).toContain(fact.label);
        }
      }
      for (const placed of deck.slides.filter(({ slide }) => slide.layout === 'quote'))
        expect(pdf.pages[placed.index]?.roles, `${which} PDF, slide ${placed.number}`).toContain('BlockQuote');
      const unlabelled = pdf.pages.flatMap((page, index) =>
        page.figureAlts.filter((alt) => alt === null).map(() => `${which} PDF, page ${index + 1}`),
      );
      expect(unlabelled, 'Figures without alt text').toEqual([]);
    }
  });

  test('every font in both PDFs is the deck’s own, embedded as TrueType outlines (no Type 3), and text copies out word for word', () => {
    for (const [pdf, which] of [
      [slides, 'slides'],
      [handout, 'handout'],
    ] as const) {
      // Type 3 fonts are glyphs drawn as PDF procedures: unhinted in many viewers, and flagged by accessibility checkers.
      const problems = pdf.fonts.flatMap((font) => {
        const kind = font.descendant ? `${font.subtype}/${font.descendant}` : font.subtype;
        const faults = [
          font.subtype !== 'TrueType' && font.descendant !== 'CIDFontType2' && `${kind}, not TrueType`,
          font.subtype !== 'Type3' && !DECK_FONT_NAME.test(font.name) && 'not one of the deck’s fonts (a fallback?)',
          !font.embedded && 'not embedded',
          !font.toUnicode && 'no ToUnicode map',
        ].filter(Boolean);
        return faults.length > 0 ? [`${which} PDF: ${font.name}: ${faults.join('; ')}`] : [];
      });
      expect(problems).toEqual([]);
    }
    for (const placed of deck.slides) {
      const title = visibleTitle(placed);
      const slideText = words(slides.pages[placed.index]?.text ?? '').toLowerCase();
      if (title) expect(slideText, `title of slide ${placed.number}`).toContain(words(title).toLowerCase());
      for (const part of placed.script)
        expect(words(handout.pages[placed.index]?.text ?? ''), `script of slide ${placed.number}`).toContain(
          words(part),
        );
    }
  });

  test('--fragments prints a page per fragment step, bookmarks opening each slide’s first', async () => {
    const fragmentsDir = mkdtempSync(join(tmpdir(), 'deck-export-fragments-'));
    try {
      const fragments = await runExport(['--only', 'slides', '--fragments', '--out', fragmentsDir]);
      expect(fragments.stderr).toBe('');
      expect(fragments.code).toBe(0);
      expect(readdirSync(fragmentsDir)).toEqual([`${stem}-slides.pdf`]);
      const pdf = await readPdf(new Uint8Array(readFileSync(join(fragmentsDir, `${stem}-slides.pdf`))));
      const pagesOf = (placed: PlacedSlide) => (placed.fragmentSteps > 0 ? 1 + placed.fragmentSteps : 1);
      expect(pdf.pages).toHaveLength(deck.slides.reduce((sum, placed) => sum + pagesOf(placed), 0));
      const firstPage = new Map<PlacedSlide, number>();
      let next = 0;
      for (const placed of deck.slides) {
        firstPage.set(placed, next);
        next += pagesOf(placed);
      }
      expect(outlineOf(pdf)).toEqual(expectedOutline(deck, (placed) => firstPage.get(placed) ?? -1));
    } finally {
      rmSync(fragmentsDir, { recursive: true, force: true });
    }
  });

  test('when the handout cannot be put in place, the slides PDF beside it is not replaced either', async () => {
    const keepDir = mkdtempSync(join(tmpdir(), 'deck-pair-'));
    try {
      const previous = join(keepDir, 'pair-slides.pdf');
      writeFileSync(previous, 'the slides PDF from last time');
      // A folder where the handout should go: it can be printed, but not written there.
      mkdirSync(join(keepDir, 'pair-handout.pdf', 'notes'), { recursive: true });
      const refused = await runExport(['--out', keepDir, '--name', 'pair']);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim().split('\n')).toEqual([
        `export: The PDFs could not be written into ${keepDir}: ${join(keepDir, 'pair-handout.pdf')} is a folder. Nothing there was replaced. Fix: move that folder away, or pass --name or --out to write elsewhere.`,
      ]);
      expect(readFileSync(previous, 'utf8')).toBe('the slides PDF from last time');
      expect(readdirSync(keepDir).sort()).toEqual(['pair-handout.pdf', 'pair-slides.pdf']);
    } finally {
      rmSync(keepDir, { recursive: true, force: true });
    }
  });

  test('a slide that runs off its page, loses an asset or draws text over text is refused by name, and the old PDF stays', async () => {
    const fixtureDir = mkdtempSync(join(tmpdir(), 'deck-broken-'));
    const keepDir = mkdtempSync(join(tmpdir(), 'deck-keep-'));
    try {
      await buildBrokenDeck(fixtureDir);
      const previous = join(keepDir, 'fixture-slides.pdf');
      copyFileSync(slidesFile, previous);
      const before = readFileSync(previous);

      const refused = await runExport(['--dist', fixtureDir, '--out', keepDir, '--name', 'fixture']);
      expect(refused.code).toBe(1);
      const spill = refused.stderr.split('\n').find((line) => line.includes(`"${OVERFLOWING.id}"`)) ?? '';
      expect(spill).toMatch(
        new RegExp(
          `^ {2}Slide ${OVERFLOWING.number} "${OVERFLOWING.id}": its content runs past the slide's .*, so the page would cut it off\\. Fix: shorten or split the slide's content so it fits 1280×720 px\\.$`,
        ),
      );
      // Every edge crossed, each with what crosses it: the long bullet at the bottom, the title it pushed up at the top.
      expect(spill).toMatch(new RegExp(`bottom edge by \\d+ px \\(<li[^>]*> "${OVERFLOWING.longPoint}`));
      expect(spill).toMatch(new RegExp(`top edge by \\d+ px \\(<h2> "${OVERFLOWING.title}"\\)`));
      expect(refused.stderr.split('\n')).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^ {2}Slide ${COLLIDING.number} "${COLLIDING.id}": its text collides: <h2\\.statement> "A statement that will not stop.*" runs into <p\\.section-label> "${COLLIDING.label}" \\(\\d+×\\d+ px overlap\\)\\. Fix: shorten that text or give it room`,
          ),
        ),
      );
      expect(refused.stderr).toContain(`Slide ${MISSING_IMAGE.number} "${MISSING_IMAGE.id}"`);
      expect(refused.stderr).toContain(`${MISSING_IMAGE.path} did not load`);
      expect(readFileSync(previous).equals(before)).toBe(true);
      expect(readdirSync(keepDir)).toEqual(['fixture-slides.pdf']);
    } finally {
      rmSync(fixtureDir, { recursive: true, force: true });
      rmSync(keepDir, { recursive: true, force: true });
    }
  });
});

test.describe('npm run export, three at once', () => {
  const deck = loadDeck();
  const stem = fileStem(deck.meta.title);

  test('three exports started together against a stale dist/ all succeed: one builds it, the others wait for it', async () => {
    test.setTimeout(2 * EXPORT_TIMEOUT_MS);
    // A copy of the project: these rebuild dist/ and the exporter's bundle, which the other tests read.
    const copy = copyProject();
    try {
      cpSync(join(PROJECT_ROOT, 'dist'), join(copy.root, 'dist'), { recursive: true });
      // Older than every source: stale, as after an edit.
      const past = new Date(Date.now() - 24 * 3600_000);
      utimesSync(join(copy.root, 'dist', 'index.html'), past, past);
      const outs = [1, 2, 3].map((n) => join(copy.root, `out-${n}`));
      const runs = await Promise.all(outs.map((out) => runExport(['--only', 'slides', '--out', out], {}, copy.root)));
      for (const [index, run] of runs.entries()) {
        expect(run.stderr, `export ${index + 1}`).toBe('');
        expect(run.code, `export ${index + 1}: ${run.stdout}`).toBe(0);
        const pdf = await readPdf(new Uint8Array(readFileSync(join(outs[index] as string, `${stem}-slides.pdf`))));
        expect(pdf.pages).toHaveLength(deck.slides.length);
      }
      // dist/ was built once; the others found it current once it was theirs to read.
      const built = runs.filter((run) => /^export: built dist\/ /m.test(run.stdout));
      expect(built).toHaveLength(1);
      expect(runs.filter((run) => /^export: dist\/ is current/m.test(run.stdout))).toHaveLength(2);
      // Nothing is left beside dist/: no lock, no half-built or old folder.
      expect(
        readdirSync(copy.root)
          .filter((name) => name.startsWith('dist'))
          .sort(),
      ).toEqual(['dist']);
    } finally {
      copy.remove();
    }
  });
});

test.describe('npm run export, stopped before it starts', () => {
  test('an --out that is a file: one line naming it, the problem and the fix, before any browser starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-out-'));
    try {
      const file = join(dir, 'afile');
      writeFileSync(file, 'not a folder');
      const refused = await runExport(['--only', 'slides', '--out', file]);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim().split('\n')).toEqual([
        `export: The output folder ${file} is a file, not a folder. Fix: pass --out a folder you can write to (one that does not exist yet is made), or move that file away.`,
      ]);
      // Refused at once: nothing was built, served, started or printed.
      expect(refused.stdout).toBe('');
      expect(readFileSync(file, 'utf8')).toBe('not a folder');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('no browser, a busy port, an unbuilt --dist and a bad option: one line each that says what to do', async () => {
    const noBrowser = await runExport(['--out', 'never'], { DECK_BROWSER: '/nowhere/chrome' });
    expect(noBrowser.code).toBe(1);
    expect(noBrowser.stderr.trim().split('\n')).toEqual([expect.stringMatching(/DECK_BROWSER.*Fix:/)]);

    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const address = holder.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const busy = await runExport(['--port', String(port), '--out', 'never']);
      expect(busy.code).toBe(1);
      expect(busy.stderr.trim().split('\n')).toEqual([
        `export: Port ${port} is already in use. Fix: pass a free port with --port, or leave --port out to let the exporter pick one.`,
      ]);
    } finally {
      holder.close();
    }

    const emptyDir = mkdtempSync(join(tmpdir(), 'deck-empty-'));
    try {
      const unbuilt = await runExport(['--dist', emptyDir, '--out', 'never']);
      expect(unbuilt.code).toBe(1);
      expect(unbuilt.stderr.trim().split('\n')).toEqual([expect.stringMatching(/holds no built deck.*npm run build/)]);
    } finally {
      rmSync(emptyDir, { recursive: true, force: true });
    }

    const bad = await runExport(['--only', 'pictures']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'export: --only takes "slides" or "handout", not "pictures". See `npm run export -- --help`.',
    );
  });

  test('--help says what it writes and every option', async () => {
    const help = await runExport(['--help']);
    expect(help.code).toBe(0);
    for (const option of ['--only slides|handout', '--fragments', '--out DIR', '--name', '--paper', '--dist', '--port'])
      expect(help.stdout).toContain(option);
  });
});
