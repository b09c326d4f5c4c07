/**
 * Recording a slide in the studio as a person would, with Chromium's fake microphone fed a take
 * whose every word's start is known: the deck's voice saying a slide's sentences with uneven pauses.
 * `npm run record` serves a scratch copy of the tour deck; Record, → at each part, Stop; the take is
 * saved, `npm run narration` processes and registers it, and its captions, parts and loudness are
 * checked against the truth; then the script is edited under it.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { PROJECT_ROOT } from '../src/build/deck-path.ts';
import { loadProjectDeck } from '../src/build/load-deck.ts';
import { readManifest } from '../src/build/narration/cache.ts';
import { wavBytes } from '../src/build/narration/pcm.ts';
import { integratedLoudness } from '../src/build/narration/process-recording.ts';
import { sayUnevenTake, timingErrors, type UnevenTake } from '../src/build/narration/uneven-take.ts';
import { narrationVoice } from '../src/build/narration/voice-settings.ts';
import { projectScratchDir } from '../src/build/project-scratch.ts';
import { launchOptions } from '../src/export/browser.ts';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const PORT = Number(process.env.DECK_TEST_PORT ?? 4173) + 5;
const SLIDE = 'a-typed-object';
/** Room tone before the speech: the fake microphone starts when the studio opens it, before Record. */
const LEAD_MS = 8000;
const TAIL_MS = 1500;
/** The MP3's decoder delay, which the deck's timelines include (src/build/narration/mp3.ts). */
const MP3_DELAY_MS = 69;

const hasFfmpeg = spawnSync('ffmpeg', ['-version']).status === 0;
let scratch = '';
let deckFile = '';
let narrationDir = '';
let wav = '';
let take: UnevenTake;
let server: ChildProcess | null = null;
let studioUrl = '';

test.beforeAll(async () => {
  test.skip(!hasFfmpeg, 'ffmpeg is not installed: npm run test:tools installs it (sudo apt-get install -y ffmpeg)');
  scratch = projectScratchDir('record-e2e-');
  cpSync(join(PROJECT_ROOT, 'examples/engine-tour'), scratch, { recursive: true });
  deckFile = relative(PROJECT_ROOT, join(scratch, 'index.ts'));
  narrationDir = join(scratch, 'assets/narration');
  const { deck } = loadProjectDeck({ file: deckFile, module: join(scratch, 'index.ts') });
  const placed = deck.slides.find((candidate) => candidate.slide.id === SLIDE);
  if (!placed) throw new Error(`the tour deck has no slide "${SLIDE}"`);
  // A microphone's level, well below the -16 LUFS processing brings it to.
  take = await sayUnevenTake(placed.script, narrationVoice(deck.pronunciation), {
    leadMs: LEAD_MS,
    tailMs: TAIL_MS,
    gain: 0.3,
  });
  wav = join(scratch, 'take.wav');
  writeFileSync(wav, wavBytes(take.samples, take.sampleRateHz));
  studioUrl = await startStudio();
});

test.afterAll(async () => {
  await stopStudio();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** `npm run record` on the scratch deck; resolves with the URL it prints. */
function startStudio(): Promise<string> {
  server = spawn('npx', ['tsx', 'scripts/record.ts', '--port', String(PORT), '--deck', deckFile], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the server under npx and tsx stops with it.
    detached: true,
  });
  return new Promise<string>((done, fail) => {
    let said = '';
    server?.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const url = /(http:\/\/\S+\/studio\/)/.exec(said)?.[1];
      if (url) done(url);
    });
    server?.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
    });
    server?.on('exit', (code) => fail(new Error(`npm run record exited (${code}): ${said}`)));
  });
}

function stopStudio(): Promise<void> {
  const running = server;
  server = null;
  if (!running?.pid || running.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    running.on('exit', () => done());
    process.kill(-(running.pid as number), 'SIGTERM');
  });
}

async function studioBrowser(microphone: 'fake' | 'none'): Promise<Browser> {
  const base = launchOptions();
  const fake = [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    // %noloop: the take plays once, from the moment the page opens the microphone.
    `--use-file-for-fake-audio-capture=${wav}%noloop`,
  ];
  return chromium.launch({ ...base, args: [...(base.args ?? []), ...(microphone === 'fake' ? fake : [])] });
}

function runNarration(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npx', ['tsx', 'scripts/narration.ts', '--deck', deckFile, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The fragment the studio's audience frame shows (-1 before the first). */
function audienceFragment(page: Page): Promise<number> {
  return page.evaluate(() => {
    const frame = document.getElementById('studio-audience') as HTMLIFrameElement;
    const reveal = (frame.contentWindow as Window & { Reveal?: { getIndices(): { f?: number } } }).Reveal;
    return reveal?.getIndices().f ?? -1;
  });
}

test('a slide recorded in the studio, its parts marked, is saved, processed and captioned where its words are', async () => {
  const browser = await studioBrowser('fake');
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  await context.grantPermissions(['microphone'], { origin: new URL(studioUrl).origin });
  const page = await context.newPage();
  await page.goto(`${studioUrl}#/${SLIDE}`);
  // The fake microphone's file starts now: every later moment is reckoned from here.
  await expect(page.locator('#studio-mic')).toHaveText(/Microphone ready/);
  const opened = Date.now();
  await expect(page.locator('#studio-state')).toHaveText(/No audio yet/);
  const parts = page.locator('.studio-part');
  await expect(parts).toHaveCount(4);
  await expect(parts.nth(0)).toHaveClass(/current/);
  await expect(page.locator('#studio-audience')).toBeVisible();
  await expect(page.locator('#studio-next-title')).toHaveText(/Written, then built/);

  // A take cancelled with Esc is thrown away: nothing is saved.
  await page.keyboard.press('r');
  await expect(page.locator('body')).toHaveAttribute('data-mode', 'recording');
  await page.keyboard.press('Escape');
  await expect(page.locator('body')).toHaveAttribute('data-mode', 'idle');
  expect(existsSync(join(narrationDir, `${SLIDE}.webm`))).toBe(false);

  await page.keyboard.press('r');
  await expect(page.locator('#studio-countdown')).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-mode', 'recording');
  // The level meter moves with the voice once it speaks.
  await expect
    .poll(() => page.locator('#studio-meter').evaluate((meter) => (meter as HTMLMeterElement).value), {
      timeout: LEAD_MS + 5000,
    })
    .toBeGreaterThan(-40);
  for (const [index, moment] of take.markMomentsMs.entries()) {
    await page.waitForTimeout(Math.max(0, opened + moment - Date.now()));
    await page.keyboard.press('ArrowRight');
    await expect(parts.nth(index + 1)).toHaveClass(/current/);
    await expect.poll(() => audienceFragment(page)).toBe(index);
  }
  const endMs = (take.samples.length * 1000) / take.sampleRateHz;
  await page.waitForTimeout(Math.max(0, opened + endMs - TAIL_MS / 2 - Date.now()));
  await page.getByRole('button', { name: /^Stop/ }).click();
  await expect(page.locator('#studio-state')).toHaveText(new RegExp(`Recorded: ${SLIDE}\\.webm, 0:[0-9]{2}`), {
    timeout: 20_000,
  });
  await page.screenshot({ path: test.info().outputPath('studio-recorded.png') });
  // Play take plays it back from the dev server.
  await page.keyboard.press('p');
  await expect(page.locator('body')).toHaveAttribute('data-mode', 'playing');
  await page.keyboard.press('s');
  await expect(page.locator('body')).toHaveAttribute('data-mode', 'idle');
  const marks = JSON.parse(readFileSync(join(narrationDir, `${SLIDE}.marks.json`), 'utf8'));
  expect(marks.audio).toBe(`${SLIDE}.webm`);
  expect(marks.parts).toHaveLength(4);
  await browser.close();

  const run = runNarration();
  expect(run.status, run.output).toBe(0);
  expect(run.output).toContain(`processed the recording ${SLIDE}.webm`);
  const entry = readManifest(narrationDir)?.slides[SLIDE];
  expect(entry?.recording).toBe(`${SLIDE}.webm`);
  // Captions and parts against the truth, both reckoned from the first word (after the deck's lead-in).
  const { deck } = loadProjectDeck({ file: deckFile, module: join(scratch, 'index.ts') });
  const firstWordMs = narrationVoice(deck.pronunciation).settings.pauses.slideLeadMs + MP3_DELAY_MS;
  const first = take.cueStartsMs[0] ?? 0;
  const captions = (entry?.timeline.parts ?? []).flatMap((part) => part.cues.map((cue) => cue.startMs));
  const errors = timingErrors(
    captions.slice(1),
    take.cueStartsMs.slice(1).map((ms) => ms - first + firstWordMs),
  );
  expect(errors.share, `caption errors ${errors.errorsMs.map(Math.round).join(', ')} ms`).toBeGreaterThanOrEqual(0.9);
  const partStarts = (entry?.timeline.parts ?? []).map((part) => part.startMs);
  const partTruth = take.partStartsMs.map((ms) => ms - first + firstWordMs);
  for (let part = 1; part < partTruth.length; part++) {
    expect(Math.abs((partStarts[part] ?? 0) - (partTruth[part] ?? 0)), `part ${part}`).toBeLessThanOrEqual(250);
  }
  for (const file of entry?.files ?? []) {
    expect(Math.abs((await integratedLoudness(join(narrationDir, file.file))) + 16), file.file).toBeLessThanOrEqual(1);
  }
  expect(runNarration('--check').status).toBe(0);
});

test('the deck narrates the recorded slide from its processed file, its fragments at the marks', async () => {
  // The dev server does not watch node_modules/, where the scratch deck lives: a fresh one reads its narration.
  await stopStudio();
  studioUrl = await startStudio();
  const browser = await studioBrowser('none');
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${new URL(studioUrl).origin}/?narrationRate=4#/${SLIDE}`);
  await page.waitForFunction(() => window.Reveal?.isReady() === true);
  await page.getByRole('button', { name: /Play narration/ }).click();
  await expect.poll(() => page.evaluate(() => window.Reveal?.getIndices().f ?? -1), { timeout: 30_000 }).toBe(2);
  expect(
    requested.some((path) => path.endsWith(`generated/${SLIDE}.webm`)),
    requested.filter((path) => !path.includes('/src/') && !path.includes('node_modules/.vite')).join(' '),
  ).toBe(true);
  // The take itself does not reach the page: what ships is the processed file.
  expect(requested.some((path) => path.endsWith(`narration/${SLIDE}.webm`))).toBe(false);
  await page.screenshot({ path: test.info().outputPath('deck-playing-recording.png') });
  await browser.close();
});

test('editing the script under a recording makes it stale, in the check and in the studio', async () => {
  const module = join(scratch, 'index.ts');
  const source = readFileSync(module, 'utf8');
  writeFileSync(
    module,
    source.replace('checked by the compiler before anything is built.', 'checked before anything is built.'),
  );
  const check = runNarration('--check');
  expect(check.status).toBe(1);
  expect(check.output).toContain(
    `Slide "${SLIDE}": its script changed after the recording assets/narration/${SLIDE}.webm was made.`,
  );
  const browser = await studioBrowser('none');
  const page = await browser.newPage();
  await page.goto(`${studioUrl}#/${SLIDE}`);
  await expect(page.locator('#studio-state')).toHaveText(
    /Stale: the script changed since a-typed-object\.webm was recorded/,
  );
  await expect(page.locator('#studio-state')).toHaveAttribute('data-state', 'stale');
  await browser.close();
});

test('a microphone the browser refuses is said, with how to allow it', async () => {
  const browser = await studioBrowser('none');
  const page = await browser.newPage();
  await page.goto(`${studioUrl}#/${SLIDE}`);
  await expect(page.locator('#studio-mic')).toHaveText(/(refused the microphone|No microphone was found).*Fix: /);
  await expect(page.getByRole('button', { name: /^Record/ })).toBeDisabled();
  await browser.close();
});

test('the studio is the dev server’s alone: the built deck has no studio page', () => {
  expect(existsSync(join(PROJECT_ROOT, 'src/studio/index.html'))).toBe(true);
  const built = spawnSync('npx', ['vite', 'build', '--outDir', join(scratch, 'dist'), '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DECK: deckFile },
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
  const files = execFileSync('find', [join(scratch, 'dist'), '-type', 'f'], { encoding: 'utf8' });
  expect(files).not.toMatch(/studio/);
  expect(readFileSync(join(scratch, 'dist/index.html'), 'utf8')).not.toContain('__studio');
});
