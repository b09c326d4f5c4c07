/**
 * `npm run video` as a person runs it, with the result read back by ffprobe and ffmpeg, not taken
 * from the exporter's word. What the video should be comes from the deck model, the narration
 * manifest and the narration files themselves (measured by ffprobe here), and what each step
 * should look like from the deck itself, photographed in the browser.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { resolveDeckPath } from '../src/build/deck-path.ts';
import { ASSETS_DIR, loadProjectDeck } from '../src/build/load-deck.ts';
import { readManifest } from '../src/build/narration/cache.ts';
import { type DeckData, deckData, type SlideData } from '../src/contract/deck-data.ts';
import { PROJECT_ROOT } from '../src/export/dist.ts';
import { fileStem } from '../src/export/options.ts';
import { type StaticServer, serveFolder } from '../src/export/static-server.ts';
import { proportionalTimeline, SLIDE_GAP_MS, type SlideTimeline, timedSlideMs } from '../src/narration/index.ts';
import { generatedSource } from '../src/video/deck-source.ts';
import { resolveFfmpeg } from '../src/video/ffmpeg.ts';
import { buildBrokenVideoDeck, buildRewordedDeck, IMAGELESS, REWORDED, SPILLING } from './fixtures/video-decks.ts';
import { type Run, runBuild, runExport } from './support/export.ts';
import { copyProject } from './support/project-copy.ts';

// One video serves most tests, so this file runs in order in one worker. A cold video on a loaded
// two-core machine takes far longer than a page test.
const VIDEO_TIMEOUT_MS = 300_000;
test.describe.configure({ mode: 'default', timeout: VIDEO_TIMEOUT_MS });

const SIZE = { width: 1280, height: 720 };
/** The ffmpeg and ffprobe the video is made with, found the same way. */
const FF = resolveFfmpeg();
const NARRATION_DIR = resolve(ASSETS_DIR, 'narration');
const DURATION_TOLERANCE_MS = 200;
const CUE_TOLERANCE_MS = 100;
/**
 * A frame counts as the step on screen when no 40×40 px tile of it differs from the deck's own
 * screenshot by more than this mean per channel (0-255). Measured on this deck at 1280x720: the
 * right step's worst tile is 7.7 (H.264 and 4:2:0 colour on text edges), a wrong step's best 24.6
 * (one bullet missing); 16 sits between them with room either side.
 */
const FRAME_TILE_LIMIT = 16;
const TILE_PX = 40;
/** The deck's controls and captions band are not what the audience watches; the slide number and progress bar are. */
const CONTROLS_HIDDEN = '.reveal .controls, .deck-toolbar, .deck-narration-band { display: none !important; }';

/** `npm run video -- args`, the way the README tells people to run it. */
function runVideo(args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd = PROJECT_ROOT): Promise<Run> {
  return new Promise((done) => {
    execFile(
      'npm',
      ['run', '--silent', 'video', '--', ...args],
      { cwd, env: { ...process.env, ...env }, timeout: VIDEO_TIMEOUT_MS - 20_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

function ffprobe(file: string, args: readonly string[]): unknown {
  return JSON.parse(execFileSync(FF.ffprobe, ['-v', 'error', '-of', 'json', ...args, file], { encoding: 'utf8' }));
}

/** How long an audio file plays, as ffprobe reads its container. */
function audioSeconds(file: string): number {
  const { format } = ffprobe(file, ['-show_entries', 'format=duration']) as { format: { duration: string } };
  return Number(format.duration);
}

/** hh:mm:ss.mmm or hh:mm:ss,mmm in ms. */
function parseTime(text: string): number {
  const match = /(\d+):(\d\d):(\d\d)[.,](\d{3})/.exec(text);
  if (!match) throw new Error(`not a caption time: ${text}`);
  const [, h, m, s, ms] = match.map(Number) as [number, number, number, number, number];
  return ((h * 60 + m) * 60 + s) * 1000 + ms;
}

/** Start times of the cues in SubRip or WebVTT text. */
function cueStarts(captions: string): number[] {
  return [...captions.matchAll(/^(\S+) --> \S+$/gm)].map((match) => parseTime(match[1] ?? ''));
}

/** A deck as the page contract gives it: the deck a person names with DECK or --deck. */
function contractOf(file: string): DeckData {
  const path = resolveDeckPath(file);
  return deckData(loadProjectDeck(path).deck, path.file);
}

interface ExpectedSlide {
  readonly slide: SlideData;
  readonly startMs: number;
  readonly durationMs: number;
  /** When each step begins, from the slide's start. */
  readonly steps: readonly number[];
  readonly cueStarts: readonly number[];
}

/** Slides one after another, each for its spoken (or timed) length and then the deck's pause. */
function placeSlides(
  slides: readonly SlideData[],
  timed: (slide: SlideData) => { spokenMs: number; timeline: SlideTimeline },
): { slides: ExpectedSlide[]; durationMs: number } {
  let at = 0;
  const placed = slides.map((slide) => {
    const { spokenMs, timeline } = timed(slide);
    const durationMs = spokenMs + SLIDE_GAP_MS;
    const expected: ExpectedSlide = {
      slide,
      startMs: at,
      durationMs,
      steps: timeline.parts.map((part, step) => (step === 0 ? 0 : part.startMs)),
      cueStarts: timeline.parts.flatMap((part) => part.cues.map((cue) => at + cue.startMs)),
    };
    at += durationMs;
    return expected;
  });
  return { slides: placed, durationMs: at };
}

/** The video the essay deck should make: each slide for its narration audio, then the deck's pause. */
function expectedVideo(data: DeckData): { slides: ExpectedSlide[]; durationMs: number } {
  const manifest = readManifest(NARRATION_DIR);
  return placeSlides(data.slides, (slide) => {
    const entry = manifest?.slides[slide.id];
    if (!entry) throw new Error(`the manifest has no narration for ${slide.id}`);
    // Recordings too: the manifest's files are made from them, with their own timings.
    const spokenMs = audioSeconds(resolve(NARRATION_DIR, generatedSource(entry) ?? 'none')) * 1000;
    return { spokenMs, timeline: entry.timeline };
  });
}

/**
 * A chapter's title: the slide's title, after its section's heading on the slides of a section that
 * a section slide opens (the heading the viewer has seen), except on title and section slides.
 */
function expectedChapterTitle({ slide }: ExpectedSlide, data: DeckData): string {
  const opened = data.slides.some((other) => other.layout === 'section' && other.section.id === slide.section.id);
  const opener = slide.layout === 'title' || slide.layout === 'section';
  return opened && !opener ? `${slide.section.heading} — ${slide.title}` : slide.title;
}

/** A frame of the video at a time, as RGB bytes at the test size. */
function frameAt(file: string, ms: number): Buffer {
  return execFileSync(
    FF.ffmpeg,
    [
      '-v',
      'error',
      '-ss',
      (ms / 1000).toFixed(3),
      '-i',
      file,
      '-frames:v',
      '1',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      '-',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
}

function pngToRgb(png: Buffer): Buffer {
  return execFileSync(FF.ffmpeg, ['-v', 'error', '-i', '-', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    input: png,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The largest mean difference per channel over any 40×40 tile: one wrong bullet stands out, noise does not. */
function worstTile(a: Buffer, b: Buffer): number {
  if (a.length !== SIZE.width * SIZE.height * 3 || b.length !== a.length) throw new Error('frames of different sizes');
  let worst = 0;
  for (let top = 0; top < SIZE.height; top += TILE_PX) {
    for (let left = 0; left < SIZE.width; left += TILE_PX) {
      let sum = 0;
      let count = 0;
      for (let y = top; y < Math.min(SIZE.height, top + TILE_PX); y++) {
        for (
          let i = (y * SIZE.width + left) * 3;
          i < (y * SIZE.width + Math.min(SIZE.width, left + TILE_PX)) * 3;
          i++
        ) {
          sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
          count += 1;
        }
      }
      worst = Math.max(worst, sum / count);
    }
  }
  return worst;
}

/** The deck in the browser at slide index `h`, step `step` (0: as it arrives), photographed as the audience sees it. */
async function deckAt(page: Page, h: number, step: number): Promise<Buffer> {
  await page.evaluate(
    ([index, fragment]) =>
      new Promise((painted) => {
        window.Reveal?.slide(index, 0, fragment);
        requestAnimationFrame(() => requestAnimationFrame(painted));
      }),
    [h, step - 1] as const,
  );
  return pngToRgb(await page.screenshot({ style: CONTROLS_HIDDEN }));
}

/** Opens the deck at `url` and waits until it is ready and its fonts are in. */
async function openForFrames(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.Reveal?.isReady() === true);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** At the end of each step of these slides, the video's frame is that step as the deck shows it, and not the step before. */
async function expectStepFrames(page: Page, video: string, slides: readonly ExpectedSlide[]): Promise<void> {
  let before: Buffer | null = null;
  for (const slide of slides) {
    const index = slide.slide.number - 1;
    for (let step = 0; step < slide.steps.length; step++) {
      const onScreen = await deckAt(page, index, step);
      const ends = slide.steps[step + 1] ?? slide.durationMs;
      const frame = frameAt(video, slide.startMs + ends - 100);
      const where = `slide ${index + 1} "${slide.slide.id}", step ${step}`;
      expect(worstTile(frame, onScreen), where).toBeLessThan(FRAME_TILE_LIMIT);
      // The same measure tells the step before apart: the check can fail.
      if (before)
        expect(worstTile(frame, before), `${where} against the step before`).toBeGreaterThan(FRAME_TILE_LIMIT);
      before = onScreen;
    }
  }
}

/** The files in a folder, with their bytes. */
function snapshotFolder(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString('base64')]),
  );
}

test.describe('npm run video', () => {
  // Measured once the tests run, not while they are listed.
  const data = contractOf('slides/index.ts');
  const titleOf = (slide: ExpectedSlide) => expectedChapterTitle(slide, data);
  let expected: ReturnType<typeof expectedVideo>;
  const stem = fileStem(data.meta.title);
  const outDir = mkdtempSync(join(tmpdir(), 'deck-video-'));
  const file = (suffix: string) => join(outDir, `${stem}${suffix}`);
  let cold: Run;

  test.beforeAll(async () => {
    test.setTimeout(VIDEO_TIMEOUT_MS);
    expected = expectedVideo(data);
    // --force: every slide is encoded, as on a fresh clone, whatever an earlier run left in the cache.
    cold = await runVideo(['--size', '1280x720', '--force', '--out', outDir]);
    expect(cold.stderr).toBe('');
    expect(cold.code).toBe(0);
  });

  test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('writes the MP4 and its three sidecars, with one timed line per step, stills and encoding counted', () => {
    expect(readdirSync(outDir).sort()).toEqual([`${stem}-chapters.txt`, `${stem}.mp4`, `${stem}.srt`, `${stem}.vtt`]);
    const lines = cold.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(new RegExp(`^video: done in [\\d.]+ s: ${file('.mp4').replace(/[.]/g, '\\.')}$`));
    const count = expected.slides.length;
    for (const step of [
      /^video: narration of all \d+ slides is up to date \([\d.]+ s\)$/,
      /^video: started system Chromium [\d.]+ \([\d.]+ s\)$|^video: started \w+ Chromium/,
      new RegExp(`^video: stills 1/${count} "${expected.slides[0]?.slide.id}": 1 step \\([\\d.]+ s\\)$`),
      new RegExp(`^video: stills ${count}/${count} `),
      new RegExp(`^video: encoding ${count}/${count} "[\\w-]+": [\\d.]+ s, \\d+ steps? \\([\\d.]+ s\\)$`),
      /^video: encoded the audio track: \d+:\d\d, mono AAC at \d+ kbit\/s \([\d.]+ s\)$/,
      /^video: joined \d+ segments without re-encoding \([\d.]+ s\)$/,
      /^video: muxed the video, its audio, \d+ captions \(mov_text, eng\) and \d+ chapters \([\d.]+ s\)$/,
      new RegExp(
        `^video: wrote .*\\.mp4 \\(\\d+:\\d\\d, 1280×720, [\\d.]+ [kM]B\\), ${stem}\\.vtt, ${stem}\\.srt and ${stem}-chapters\\.txt \\(\\d+ chapters\\) beside it \\([\\d.]+ s\\)$`,
      ),
    ])
      expect(
        lines.some((line) => step.test(line)),
        `${step}\n${cold.stdout}`,
      ).toBe(true);
    // Every step of every slide was photographed once, and every slide encoded once.
    expect(lines.filter((line) => /^video: stills \d+\//.test(line))).toHaveLength(count);
    expect(lines.filter((line) => /^video: encoding \d+\//.test(line))).toHaveLength(count);
  });

  test('is H.264 yuv420p with AAC, a mov_text caption track in the deck’s language, the deck’s metadata, and its index up front', () => {
    const probe = ffprobe(file('.mp4'), ['-show_streams', '-show_format']) as {
      streams: {
        codec_type: string;
        codec_name: string;
        pix_fmt?: string;
        width?: number;
        height?: number;
        tags?: Record<string, string>;
      }[];
      format: { tags: Record<string, string> };
    };
    const video = probe.streams.filter((stream) => stream.codec_type === 'video');
    const audio = probe.streams.filter((stream) => stream.codec_type === 'audio');
    const captions = probe.streams.filter((stream) => stream.codec_type === 'subtitle');
    expect(video).toEqual([expect.objectContaining({ codec_name: 'h264', pix_fmt: 'yuv420p', ...SIZE })]);
    expect(audio).toEqual([
      expect.objectContaining({ codec_name: 'aac', tags: expect.objectContaining({ language: 'eng' }) }),
    ]);
    expect(captions).toEqual([
      expect.objectContaining({ codec_name: 'mov_text', tags: expect.objectContaining({ language: 'eng' }) }),
    ]);
    const { meta } = data;
    expect(probe.format.tags).toMatchObject({ title: meta.title, artist: meta.author, description: meta.subject });
    expect(probe.format.tags.date).toBe(new Date().toISOString().slice(0, 10));

    // +faststart: the index (moov) comes before the media (mdat), so playback starts before the download ends.
    const bytes = readFileSync(file('.mp4'));
    const boxes: string[] = [];
    for (let at = 0; at < bytes.length && boxes.length < 6; ) {
      const size = bytes.readUInt32BE(at);
      boxes.push(bytes.toString('latin1', at + 4, at + 8));
      at += size === 1 ? Number(bytes.readBigUInt64BE(at + 8)) : size;
      if (size === 0) break;
    }
    expect(boxes.indexOf('moov')).toBeGreaterThan(-1);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));

    // Every frame decodes, start to end.
    const decoded = execFileSync(
      FF.ffprobe,
      ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'frame=pts_time', '-of', 'csv=p=0', file('.mp4')],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(decoded.trim().split('\n').length).toBeGreaterThan(expected.slides.length);
  });

  test('lasts as long as the narration and the deck’s pauses, and has one chapter per slide titled by its heading', () => {
    const probe = ffprobe(file('.mp4'), ['-show_format', '-show_chapters']) as {
      format: { duration: string };
      chapters: { start_time: string; end_time: string; tags: { title: string } }[];
    };
    expect(Math.abs(Number(probe.format.duration) * 1000 - expected.durationMs)).toBeLessThan(DURATION_TOLERANCE_MS);
    expect(probe.chapters.map((chapter) => chapter.tags.title)).toEqual(expected.slides.map(titleOf));
    probe.chapters.forEach((chapter, index) => {
      const slide = expected.slides[index];
      expect(Math.abs(Number(chapter.start_time) * 1000 - (slide?.startMs ?? 0)), chapter.tags.title).toBeLessThan(
        CUE_TOLERANCE_MS,
      );
    });
  });

  test('its caption track, .vtt and .srt carry the deck’s cues, each starting when the deck shows it', () => {
    const deckStarts = expected.slides.flatMap((slide) => slide.cueStarts);
    const track = execFileSync(FF.ffmpeg, ['-v', 'error', '-i', file('.mp4'), '-map', '0:s:0', '-f', 'srt', '-'], {
      encoding: 'utf8',
    });
    const vtt = readFileSync(file('.vtt'), 'utf8');
    expect(vtt.startsWith('WEBVTT\n')).toBe(true);
    for (const [name, text] of [
      ['caption track', track],
      ['.vtt', vtt],
      ['.srt', readFileSync(file('.srt'), 'utf8')],
    ] as const) {
      const starts = cueStarts(text);
      expect(starts, name).toHaveLength(deckStarts.length);
      starts.forEach((start, index) => {
        expect(Math.abs(start - (deckStarts[index] ?? 0)), `${name} cue ${index + 1}`).toBeLessThan(CUE_TOLERANCE_MS);
      });
    }
    // The words are the deck's own.
    const words = expected.slides.flatMap((slide) => slide.slide.cues.flat());
    expect(track).toContain(words[0]);
    expect(track).toContain(words.at(-1));
  });

  test('the chapter list is one a video site accepts: 0:00 first, three or more, each at least 10 s, short slides joined to the one before', () => {
    const lines = readFileSync(file('-chapters.txt'), 'utf8').trim().split('\n');
    const chapters = lines.map((line) => {
      const match = /^(?:(\d+):)?(\d{1,2}):(\d\d) (.+)$/.exec(line);
      expect(match, line).not.toBeNull();
      const [, hours = '0', minutes = '0', seconds = '0', title = ''] = match ?? [];
      return { seconds: (Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds), title };
    });
    expect(lines[0]).toMatch(/^0:00 /);
    expect(chapters.length).toBeGreaterThanOrEqual(3);
    const end = expected.durationMs / 1000;
    chapters.forEach((chapter, index) => {
      const next = chapters[index + 1]?.seconds ?? end;
      expect(next - chapter.seconds, chapter.title).toBeGreaterThanOrEqual(10);
    });
    // A chapter per slide, but for the slides too short to stand alone, each named in the output.
    const short = expected.slides.filter((slide) => slide.durationMs < 10_000);
    expect(chapters.map((chapter) => chapter.title)).toEqual(
      expected.slides.filter((slide, index) => index === 0 || !short.includes(slide)).map(titleOf),
    );
    for (const slide of short) {
      expect(cold.stdout).toContain(`chapter list: "${titleOf(slide)}" lasts`);
    }
  });

  test.describe('frames', () => {
    test.use({ viewport: SIZE, reducedMotion: 'reduce' });

    test('at the end of each step, the frame is that step as the deck shows it, and not the step before', async ({
      page,
    }) => {
      await openForFrames(page, './');
      await expectStepFrames(page, file('.mp4'), expected.slides);
    });
  });

  test('a second run with nothing changed encodes nothing and starts no browser, and gives the same video', async () => {
    const streams = (path: string) =>
      execFileSync(
        FF.ffmpeg,
        ['-v', 'error', '-i', path, '-map', '0:v', '-map', '0:a', '-c', 'copy', '-f', 'md5', '-'],
        {
          encoding: 'utf8',
        },
      );
    const first = streams(file('.mp4'));
    expect(first).toMatch(/^MD5=/);
    const again = await runVideo(['--size', '1280x720', '--out', outDir]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('stills: dist/, the browser and the size are as in the last run, so its');
    expect(again.stdout).toContain(
      `encoding: ${expected.slides.length} of ${expected.slides.length} slides are unchanged`,
    );
    expect(again.stdout).toContain('audio track: the narration and its timing are as before, so it is reused');
    expect(again.stdout).not.toMatch(/started \w+ Chromium|^video: encoding \d+\//m);
    expect(streams(file('.mp4'))).toBe(first);
  });

  test('a slide whose picture changed is encoded again, with the slide that fades in from it, and no other', async () => {
    const changedDist = mkdtempSync(join(tmpdir(), 'deck-video-reworded-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'deck-video-out-'));
    try {
      // A number no run has shown before: its picture cannot be in the cache yet.
      await buildRewordedDeck(changedDist, String(Date.now()));
      const run = await runVideo(['--size', '1280x720', '--dist', changedDist, '--out', elsewhere]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const index = expected.slides.findIndex((slide) => slide.slide.id === REWORDED.id);
      const next = expected.slides[index + 1]?.slide.id;
      expect(run.stdout).toMatch(/started \w+ Chromium/);
      const encoded = [...run.stdout.matchAll(/^video: encoding \d+\/\d+ "([\w-]+)"/gm)]
        .map((match) => match[1])
        .sort();
      expect(encoded).toEqual([REWORDED.id, next].sort());
      expect(run.stdout).toContain(
        `encoding: ${expected.slides.length - 2} of ${expected.slides.length} slides are unchanged`,
      );
    } finally {
      rmSync(changedDist, { recursive: true, force: true });
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('a failed run leaves the previous video and its sidecars in place, whole, with nothing beside them', async () => {
    const keepDir = mkdtempSync(join(tmpdir(), 'deck-video-keep-'));
    const fakeDir = mkdtempSync(join(tmpdir(), 'deck-ffmpeg-'));
    try {
      for (const name of readdirSync(outDir)) copyFileSync(join(outDir, name), join(keepDir, name));
      const before = snapshotFolder(keepDir);
      // An ffmpeg that does everything but the last step: the mux fails, as a full disk would make it.
      const fake = join(fakeDir, 'ffmpeg');
      writeFileSync(
        fake,
        `#!/bin/sh\nfor arg in "$@"; do if [ "$arg" = "+faststart" ]; then echo "No space left on device" >&2; exit 1; fi; done\nexec "${FF.ffmpeg}" "$@"\n`,
        { mode: 0o755 },
      );
      symlinkSync(FF.ffprobe, join(fakeDir, 'ffprobe'));
      const failed = await runVideo(['--size', '1280x720', '--out', keepDir], { DECK_FFMPEG: fake });
      expect(failed.code).toBe(1);
      expect(failed.stderr.trim().split('\n')).toEqual([
        'video: ffmpeg failed while muxing the video: No space left on device Nothing was replaced. Fix: check that ffmpeg runs (`ffmpeg -version`) and there is room on the disk, then run `npm run video -- --force`.',
      ]);
      expect(snapshotFolder(keepDir)).toEqual(before);
    } finally {
      rmSync(keepDir, { recursive: true, force: true });
      rmSync(fakeDir, { recursive: true, force: true });
    }
  });

  test('stopped with Ctrl-C while encoding, it says so, and the previous video stays as it was', async () => {
    const keepDir = mkdtempSync(join(tmpdir(), 'deck-video-stop-'));
    try {
      for (const name of readdirSync(outDir)) copyFileSync(join(outDir, name), join(keepDir, name));
      const before = snapshotFolder(keepDir);
      // Its own process group, as a terminal runs a command: Ctrl-C reaches npm, node and ffmpeg alike.
      const child: ChildProcess = spawn(
        'npm',
        ['run', '--silent', 'video', '--', '--size', '1280x720', '--force', '--out', keepDir],
        {
          cwd: PROJECT_ROOT,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stderr?.on('data', (chunk) => {
        stderr += chunk;
      });
      // Closed once every process writing to its output is gone: npm, and the video's node under it.
      const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
        child.on('close', (code, signal) => done({ code, signal })),
      );
      await new Promise<void>((encoding) =>
        child.stdout?.on('data', (chunk) => {
          stdout += chunk;
          if (/^video: encoding 1\//m.test(stdout)) encoding();
        }),
      );
      process.kill(-(child.pid ?? 0), 'SIGINT');
      // npm itself dies of the signal (a shell reports 130 for that); the video's process exits 130.
      const { code, signal } = await closed;
      expect(code === 130 || signal === 'SIGINT', `exit ${code}, signal ${signal}`).toBe(true);
      expect(stderr.trim()).toBe('video: stopped; nothing was replaced.');
      expect(snapshotFolder(keepDir)).toEqual(before);
    } finally {
      rmSync(keepDir, { recursive: true, force: true });
    }
  });

  test('a slide that runs off its edges or loses an asset is refused by name before anything is encoded', async () => {
    const brokenDist = mkdtempSync(join(tmpdir(), 'deck-video-broken-'));
    const nowhere = mkdtempSync(join(tmpdir(), 'deck-video-none-'));
    try {
      await buildBrokenVideoDeck(brokenDist);
      const refused = await runVideo(['--size', '1280x720', '--dist', brokenDist, '--out', nowhere]);
      expect(refused.code).toBe(1);
      const number = (id: string) => data.slides.find((slide) => slide.id === id)?.number;
      expect(refused.stderr).toMatch(/^video: No video was made: 2 problems would spoil it\.$/m);
      expect(refused.stderr).toMatch(
        new RegExp(
          `^ {2}Slide ${number(SPILLING.id)} "${SPILLING.id}": its content runs past the slide's .*, so the video would cut it off\\. Fix: shorten or split the slide's content so it fits 1280×720 px\\.$`,
          'm',
        ),
      );
      expect(refused.stderr).toContain(
        `Slide ${number(IMAGELESS.id)} "${IMAGELESS.id}": assets/${IMAGELESS.path} did not load (HTTP 404)`,
      );
      expect(refused.stdout).not.toMatch(/^video: encoding \d+\//m);
      expect(readdirSync(nowhere)).toEqual([]);
    } finally {
      rmSync(brokenDist, { recursive: true, force: true });
      rmSync(nowhere, { recursive: true, force: true });
    }
  });
});

test.describe('npm run video of a deck with no narration audio (the engine tour)', () => {
  const TOUR = 'examples/engine-tour/index.ts';
  const data = contractOf(TOUR);
  /** As the deck narrates itself without a voice: each slide's timed captions, then the deck's pause. */
  const expected = placeSlides(data.slides, (slide) => {
    const spokenMs = timedSlideMs(slide.timingSeconds);
    return { spokenMs, timeline: proportionalTimeline(slide.cues, spokenMs) };
  });
  const stem = fileStem(data.meta.title);
  const built = mkdtempSync(join(tmpdir(), 'deck-video-tour-'));
  const outDir = mkdtempSync(join(tmpdir(), 'deck-video-tour-out-'));
  const file = (suffix: string) => join(outDir, `${stem}${suffix}`);
  let made: Run;
  let server: StaticServer;

  test.beforeAll(async () => {
    test.setTimeout(VIDEO_TIMEOUT_MS);
    // Its own build folder: dist/ holds the essay deck the other browser tests are served.
    const build = await runBuild(['--outDir', built, '--emptyOutDir'], TOUR);
    // Its code, not its stderr: on a loaded machine Vite warns how long its plugins took.
    expect(build.code, build.stderr).toBe(0);
    made = await runVideo(['--size', '1280x720', '--dist', built, '--out', outDir], { DECK: TOUR });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    server = await serveFolder(built, 0);
  });

  test.afterAll(async () => {
    await server?.close();
    rmSync(built, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  test('makes a silent video, says so and how to give it a voice, and writes the captions and chapters beside it', () => {
    expect(made.stdout).toContain(
      `video: ${TOUR} has no narration audio (examples/engine-tour/assets/narration/ holds none): a silent video, each slide held as long as the deck's timed captions show it; for a voice, run \`npm run narration -- --deck ${TOUR}\` first`,
    );
    expect(made.stdout).toMatch(/^video: muxed the video, no audio \(silent\), \d+ captions/m);
    expect(readdirSync(outDir).sort()).toEqual([`${stem}-chapters.txt`, `${stem}.mp4`, `${stem}.srt`, `${stem}.vtt`]);
    const probe = ffprobe(file('.mp4'), ['-show_streams', '-show_format', '-show_chapters']) as {
      streams: { codec_type: string; codec_name: string }[];
      format: { duration: string; tags: Record<string, string> };
      chapters: { start_time: string; tags: { title: string } }[];
    };
    const kinds = probe.streams.map((stream) => `${stream.codec_type} ${stream.codec_name}`);
    expect(kinds).toContain('video h264');
    expect(kinds).toContain('subtitle mov_text');
    expect(kinds.filter((kind) => kind.startsWith('audio'))).toEqual([]);
    expect(probe.format.tags).toMatchObject({ title: data.meta.title, artist: data.meta.author });
    expect(Math.abs(Number(probe.format.duration) * 1000 - expected.durationMs)).toBeLessThan(DURATION_TOLERANCE_MS);
    // No section slide opens the tour's sections: every chapter is its slide's title.
    expect(probe.chapters.map((chapter) => chapter.tags.title)).toEqual(data.slides.map((slide) => slide.title));
    probe.chapters.forEach((chapter, index) => {
      expect(Math.abs(Number(chapter.start_time) * 1000 - (expected.slides[index]?.startMs ?? 0))).toBeLessThan(
        CUE_TOLERANCE_MS,
      );
    });
  });

  test('its captions are the deck’s cues, each starting when the deck’s timed captions show it', () => {
    const deckStarts = expected.slides.flatMap((slide) => slide.cueStarts);
    const track = execFileSync(FF.ffmpeg, ['-v', 'error', '-i', file('.mp4'), '-map', '0:s:0', '-f', 'srt', '-'], {
      encoding: 'utf8',
    });
    for (const [name, text] of [
      ['caption track', track],
      ['.vtt', readFileSync(file('.vtt'), 'utf8')],
    ] as const) {
      const starts = cueStarts(text);
      expect(starts, name).toHaveLength(deckStarts.length);
      starts.forEach((start, index) => {
        expect(Math.abs(start - (deckStarts[index] ?? 0)), `${name} cue ${index + 1}`).toBeLessThan(CUE_TOLERANCE_MS);
      });
    }
    expect(track).toContain(data.slides[0]?.cues[0]?.[0]);
  });

  test.describe('frames', () => {
    test.use({ viewport: SIZE, reducedMotion: 'reduce' });

    test('each fragment step appears as its part of the timed captions begins', async ({ page }) => {
      await openForFrames(page, server.url);
      const stepped = expected.slides.find((slide) => slide.slide.steps > 0);
      if (!stepped) throw new Error(`${TOUR} has no slide with fragment steps`);
      await expectStepFrames(page, file('.mp4'), [stepped]);
    });
  });

  test('asked for another deck than its --dist holds, it refuses in one line before anything starts', async () => {
    const other = await runVideo(['--dist', built, '--out', outDir], { DECK: 'slides/index.ts' });
    expect(other.code).toBe(2);
    expect(other.stderr.trim().split('\n')).toEqual([
      `video: --dist ${built}/ holds ${TOUR}, not slides/index.ts. Fix: build that deck into it (DECK=slides/index.ts npm run build -- --outDir ${built}/), or leave --dist out to build it. See \`npm run video -- --help\`.`,
    ]);
  });
});

test.describe('npm run video, stopped before it starts', () => {
  test('a slide whose narration audio is stale is refused by name, pointing to npm run narration, with nothing written', async () => {
    // A copy of the project whose audio for one slide is not the file that was rendered for it.
    // The installed packages, but not the project's caches: the copy keeps its own.
    const project = copyProject();
    const copy = project.root;
    try {
      const generated = join(copy, 'assets/narration/generated');
      copyFileSync(join(generated, 'title.mp3'), join(generated, `${REWORDED.id}.mp3`));

      const refused = await runVideo(['--out', 'films'], {}, copy);
      expect(refused.code).toBe(1);
      const number = contractOf('slides/index.ts').slides.find((slide) => slide.id === REWORDED.id)?.number;
      expect(refused.stderr.trim().split('\n')).toEqual([
        'video: No video was made: the narration is not ready (a problem).',
        `  Slide "${REWORDED.id}" (slide ${number}): its narration audio assets/narration/generated/${REWORDED.id}.mp3 is missing or is not the file that was rendered. Fix: run \`npm run narration\`.`,
      ]);
      expect(refused.stdout).toBe('');
      // The output folder is made only to write the files into: refused, there is none.
      expect(existsSync(join(copy, 'films'))).toBe(false);
      expect(readdirSync(join(copy, 'node_modules/.cache'))).not.toContain('deck-video');
    } finally {
      project.remove();
    }
  });

  test('no ffmpeg, an ffmpeg without xfade, a bad option: one line each that says what to do', async () => {
    const noFfmpeg = await runVideo(['--out', 'never'], { DECK_FFMPEG: '/nowhere/ffmpeg' });
    expect(noFfmpeg.code).toBe(1);
    expect(noFfmpeg.stderr.trim().split('\n')).toEqual([
      'video: DECK_FFMPEG is set to "/nowhere/ffmpeg", but no ffmpeg program is there. Fix: point DECK_FFMPEG at an ffmpeg binary, or unset it to use the system\'s.',
    ]);
    expect(noFfmpeg.stdout).toBe('');

    const fakeDir = mkdtempSync(join(tmpdir(), 'deck-old-ffmpeg-'));
    try {
      // An ffmpeg from before xfade (like the one npm's @ffmpeg-installer ships): its filter list lacks it.
      const fake = join(fakeDir, 'ffmpeg');
      writeFileSync(
        fake,
        `#!/bin/sh\nfor arg in "$@"; do if [ "$arg" = "-filters" ]; then "${FF.ffmpeg}" -hide_banner -filters | grep -v " xfade "; exit 0; fi; done\nexec "${FF.ffmpeg}" "$@"\n`,
        { mode: 0o755 },
      );
      symlinkSync(FF.ffprobe, join(fakeDir, 'ffprobe'));
      const old = await runVideo(['--out', join(fakeDir, 'out')], { DECK_FFMPEG: fake });
      expect(old.code).toBe(1);
      expect(old.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^video: .*ffmpeg \(ffmpeg version .*\) has no xfade, which the video needs\. Fix: install a full ffmpeg 5\.1 or later \(`sudo apt-get install -y ffmpeg`\), or point DECK_FFMPEG at one\.$/,
        ),
      ]);
      expect(existsSync(join(fakeDir, 'out'))).toBe(false);
    } finally {
      rmSync(fakeDir, { recursive: true, force: true });
    }

    const bad = await runVideo(['--size', '4k']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'video: --size takes one of "1280x720", "1920x1080", "3840x2160", not "4k". See `npm run video -- --help`.',
    );
  });

  test('--help says what it writes and every option', async () => {
    const help = await runVideo(['--help']);
    expect(help.code).toBe(0);
    for (const option of ['--size', '--transition fade|none', '--out DIR', '--name', '--force', '--dist', '--port'])
      expect(help.stdout).toContain(option);
  });
});

test.describe('npm run video and npm run export at once', () => {
  test('against a dist/ not yet built, both succeed: one builds it, the other waits and finds it current', async () => {
    test.setTimeout(VIDEO_TIMEOUT_MS);
    const TOUR = 'examples/engine-tour/index.ts';
    // A copy of the project: these build its dist/ and bundle its commands, which the other tests read.
    const project = copyProject();
    try {
      const [video, pdf] = await Promise.all([
        runVideo(['--size', '1280x720', '--transition', 'none', '--out', 'films'], { DECK: TOUR }, project.root),
        runExport(['--only', 'slides', '--out', 'pdfs'], { DECK: TOUR }, project.root),
      ]);
      expect(video.stderr).toBe('');
      expect(video.code, video.stdout).toBe(0);
      expect(pdf.stderr).toBe('');
      expect(pdf.code, pdf.stdout).toBe(0);
      const both = `${video.stdout}${pdf.stdout}`;
      expect(both.match(/^(?:video|export): built dist\/ /gm)).toHaveLength(1);
      expect(both.match(/^(?:video|export): dist\/ is current/gm)).toHaveLength(1);
      expect(readdirSync(join(project.root, 'films'))).toContain(`${fileStem(contractOf(TOUR).meta.title)}.mp4`);
      // Nothing is left beside dist/: no lock, no half-built or old folder.
      expect(readdirSync(project.root).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
    } finally {
      project.remove();
    }
  });
});
