/**
 * The second deck, examples/engine-tour, made by the same engine as a person makes it: built with
 * `DECK=... npm run build` into a folder of its own, exported with `npm run export`, and opened in
 * the browser, where, with no narration audio or manifest of its own, it narrates itself with
 * timed captions. Nothing in src/ knows it exists.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { resolveDeckPath } from '../src/build/deck-path.ts';
import { loadDeck } from '../src/build/load-deck.ts';
import { fileStem } from '../src/export/options.ts';
import { findSlideOverflow, formatOverflow } from '../src/export/slide-overflow.ts';
import { type StaticServer, serveFolder } from '../src/export/static-server.ts';
import { layoutOf } from '../src/model/index.ts';
import { axeFindings } from './support/axe.ts';
import { contrastProblems } from './support/contrast.ts';
import { forEverySlide, slideIds } from './support/deck.ts';
import { deckData } from './support/deck-data.ts';
import { EXPORT_TIMEOUT_MS, type Run, runBuild, runExport, squash } from './support/export.ts';
import { narrationLog, recordNarration, snapshot } from './support/narration.ts';
import { type ReadPdf, readPdf } from './support/pdf.ts';

const DECK = 'examples/engine-tour/index.ts';

// One build and one export serve every test, so this file runs in order in one worker.
test.describe.configure({ mode: 'default', timeout: EXPORT_TIMEOUT_MS });

test.describe('a second deck, examples/engine-tour', () => {
  const deck = loadDeck(resolveDeckPath(DECK));
  const built = mkdtempSync(join(tmpdir(), 'deck-example-'));
  const out = mkdtempSync(join(tmpdir(), 'deck-example-pdf-'));
  const stem = fileStem(deck.meta.title);
  let server: StaticServer;
  let exported: Run;
  let slides: ReadPdf;
  let handout: ReadPdf;

  test.beforeAll(async () => {
    test.setTimeout(EXPORT_TIMEOUT_MS);
    const build = await runBuild(['--outDir', built, '--emptyOutDir'], DECK);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    exported = await runExport(['--dist', built, '--out', out], { DECK });
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    slides = await readPdf(new Uint8Array(readFileSync(join(out, `${stem}-slides.pdf`))));
    handout = await readPdf(new Uint8Array(readFileSync(join(out, `${stem}-handout.pdf`))));
    server = await serveFolder(built, 0);
  });

  test.afterAll(async () => {
    await server?.close();
    rmSync(built, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  test('is a deck of its own: 5 to 8 slides in its own sections, several layouts, fragments and spoken forms', () => {
    expect(deck.slides.length).toBeGreaterThanOrEqual(5);
    expect(deck.slides.length).toBeLessThanOrEqual(8);
    expect(deck.sections.map((section) => section.id)).toEqual(['write', 'build', 'present']);
    expect(new Set(deck.slides.map((placed) => placed.slide.layout)).size).toBeGreaterThanOrEqual(5);
    expect(deck.slides.some((placed) => placed.fragmentSteps > 0)).toBe(true);
    expect(deck.pronunciation.length).toBeGreaterThan(0);
  });

  test('builds into its own folder with its own slides and drawing, and no narration audio or manifest', () => {
    const files = readdirSync(join(built, 'assets'));
    expect(files.filter((file) => /\.(mp3|m4a|ogg|opus|webm|wav)$/.test(file))).toEqual([]);
    expect(files.filter((file) => /^narration-.*\.js$/.test(file))).toEqual([]);
    const html = readFileSync(join(built, 'index.html'), 'utf8');
    for (const placed of deck.slides) expect(html).toContain(`<section id="${placed.slide.id}"`);
    expect(html).toContain('aria-label="Five boxes in a row');
    expect(html).not.toContain('id="intercut"');
  });

  test('exports a page per slide, bookmarked by its own sections, with its script on the handout', () => {
    expect(exported.stdout).toContain(`export: wrote ${join(out, `${stem}-slides.pdf`)} (${deck.slides.length} pages`);
    expect(slides.pages).toHaveLength(deck.slides.length);
    expect(handout.pages).toHaveLength(deck.slides.length);
    const bookmarks = deck.sections.map((section) => ({
      title: section.heading,
      children: deck.slides.filter((placed) => placed.section.id === section.id).map((placed) => placed.label),
    }));
    for (const pdf of [slides, handout]) {
      expect(
        pdf.outline.map((entry) => ({ title: entry.title, children: entry.children.map((c) => c.title) })),
      ).toEqual(bookmarks);
      expect(pdf.info.title.startsWith(deck.meta.title)).toBe(true);
    }
    for (const placed of deck.slides) {
      const heading = layoutOf(placed.slide).heading(placed.slide);
      if (heading) expect(squash(slides.pages[placed.index]?.text ?? ''), placed.slide.id).toContain(squash(heading));
      const sheet = squash(handout.pages[placed.index]?.text ?? '');
      expect(sheet).toContain(squash(placed.section.heading));
      for (const part of placed.script) expect(sheet, `script of "${placed.slide.id}"`).toContain(squash(part));
    }
  });

  test('opens with every slide, and narrates itself from one click with timed captions, step by step', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await recordNarration(page);
    await page.goto(`${server.url}?narrationRate=16`);
    await expect(page.getByRole('button', { name: 'Play narration' })).toBeVisible();
    expect(await slideIds(page)).toEqual(deck.slides.map((placed) => placed.slide.id));
    const data = await deckData(page);
    expect(data.deck).toBe(DECK);

    await page.getByRole('button', { name: 'Play narration' }).click();
    await expect(page.getByRole('status')).toHaveText('Slide 1: it has no audio, so it is shown as timed captions.');
    await expect(page.locator('html')).toHaveAttribute('data-narration', 'ended', { timeout: 60_000 });
    expect((await snapshot(page)).slide).toBe(deck.slides.at(-1)?.slide.id);

    const log = await narrationLog(page);
    expect(log.slides).toEqual(deck.slides.slice(1).map((placed) => placed.slide.id));
    for (const slide of data.slides) {
      const captions = log.captions.filter((caption) => caption.slide === slide.id).map((caption) => caption.text);
      // Every sentence shown, in order, and each step's part brought its fragment.
      expect(captions, `captions of "${slide.id}"`).toEqual(slide.cues.flat());
      expect(
        log.fragments.filter((id) => id === slide.id),
        `fragments of "${slide.id}"`,
      ).toHaveLength(slide.parts.length - 1);
    }
    // With no audio and no manifest of its own, nothing was asked for but the page's own files.
    expect(fetched.filter((path) => /\.(mp3|m4a|ogg|opus|webm|wav)$|\/narration-[^/]*\.js$/.test(path))).toEqual([]);
  });

  test('every slide, fragments shown, passes axe and the contrast check and stays inside the slide', async ({
    browser,
  }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.Reveal?.isReady() === true);
    await page.evaluate(() => document.fonts.ready);
    const problems: string[] = [];
    await forEverySlide(page, async (id) => {
      const found = [
        ...(await axeFindings(page)),
        ...(await contrastProblems(page)),
        ...(await findSlideOverflow(page)).map(formatOverflow),
      ];
      problems.push(...found.map((problem) => `slide "${id}": ${problem}`));
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  test('an export or build asked for this deck refuses a build of another, and a deck path that is not there', async () => {
    // dist/ holds the essay deck, built for the other browser tests.
    const other = await runExport(['--dist', 'dist', '--out', out], { DECK });
    expect(other.code).toBe(2);
    expect(other.stderr.trim().split('\n')).toEqual([
      `export: --dist dist/ holds slides/index.ts, not ${DECK}. Fix: build that deck into it (DECK=${DECK} npm run build -- --outDir dist/), or leave --dist out to build it.`,
    ]);
    const missing = await runExport(['--out', out], { DECK: 'examples/nowhere/index.ts' });
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^export: DECK=examples\/nowhere\/index\.ts: there is no file .*examples\/nowhere\/index\.ts\. Fix: name a deck module/,
      ),
    ]);
    const unbuilt = await runBuild(['--outDir', join(out, 'never')], 'examples/nowhere/index.ts');
    expect(unbuilt.code).toBe(1);
    expect(unbuilt.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^vite: DECK=examples\/nowhere\/index\.ts: there is no file /),
    ]);
  });
});
