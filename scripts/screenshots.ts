/**
 * Saves a PNG of every slide (fragments shown) for looking at the deck: `npm run screenshots`.
 * See HELP for the options; the deck is built into a scratch folder first, so dist/ keeps whatever deck it holds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { showSlide, slideIds } from '../e2e/support/deck.ts';
import { commandDeckPath } from '../src/build/deck-path.ts';
import { onStop, runCommand, UsageError } from '../src/cli/command.ts';
import { sizeValue } from '../src/cli/values.ts';
import { writeFilesAtomic } from '../src/export/atomic-write.ts';
import { launchBrowser, resolveBrowser } from '../src/export/browser.ts';
import { buildDist, PROJECT_ROOT, serveDist } from '../src/export/dist.ts';
import { checkOutputFolder, makeOutputFolder } from '../src/export/output-folder.ts';

const DEFAULT_SIZE = { width: 1280, height: 720 } as const;

const HELP = `Usage: npm run screenshots [-- options]

Saves a PNG of every slide, with all its fragments shown, as NN-<slide id>.png, and prints each
file's path. The deck is built into a scratch folder first (dist/ is left as it is).

Options:
  --deck PATH   the deck module to photograph (default: $DECK, else slides/index.ts)
  --out DIR     folder for the PNGs (default: screenshots/)
  --size WxH    window size in pixels (default: 1280x720; 1024x768 for 4:3)
  --url URL     photograph a deck already served at this address instead of building one
  -h, --help    show this help

Exit status: 0 saved, 1 not saved, 2 bad option.`;

const OPTIONS = {
  deck: { type: 'string', value: 'PATH' },
  out: { type: 'string', value: 'DIR' },
  size: { type: 'string', value: 'WxH' },
  url: { type: 'string', value: 'URL' },
} as const;

await runCommand(
  { name: 'screenshots', options: OPTIONS, help: HELP, stoppedNote: 'the screenshots saved so far are kept' },
  async (values) => {
    const size = sizeValue('--size', values.size) ?? DEFAULT_SIZE;
    const given = values.url === undefined ? null : servedUrl(values.url);
    const deck = given ? null : commandDeckPath(values.deck);
    const browser = resolveBrowser();
    const outDir = resolve(values.out ?? 'screenshots');
    await checkOutputFolder(outDir);

    const built = given ? null : mkdtempSync(join(tmpdir(), 'deck-screenshots-'));
    const removeBuilt = () => built && rmSync(built, { recursive: true, force: true });
    onStop(removeBuilt);
    try {
      if (built && deck) await buildDist(PROJECT_ROOT, deck.file, built);
      const server = built ? await serveDist(built, 0) : null;
      const url = given ?? server?.url ?? '';
      const chrome = await launchBrowser(browser);
      const page = await chrome.newPage({ viewport: size });
      // Reduced motion turns fragment and slide transitions off, so no shot catches a fade half-way.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(url);
      await page.waitForFunction(() => window.Reveal?.isReady() === true);
      await page.evaluate(() => document.fonts.ready);
      await makeOutputFolder(outDir);
      for (const [index, id] of (await slideIds(page)).entries()) {
        await showSlide(page, index);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const file = resolve(outDir, `${String(index + 1).padStart(2, '0')}-${id}.png`);
        await writeFilesAtomic([{ path: file, bytes: await page.screenshot() }]);
        console.log(file);
      }
      await chrome.close();
      await server?.close();
    } finally {
      removeBuilt();
    }
    return 0;
  },
);

/** --url: an http(s) address. */
function servedUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Said below.
  }
  throw new UsageError(`--url takes the address of a served deck, such as http://localhost:4173/, not "${value}".`);
}
