/**
 * `npm run video`: the deck filmed from one still per step, each slide encoded on its own (and
 * kept, so a later run encodes only what changed), joined without re-encoding, with the narration,
 * captions and chapters muxed in, and written with its sidecars whole or not at all.
 */

import { setMaxListeners } from 'node:events';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { type FileToWrite, stagingPath, writeFilesAtomic } from '../export/atomic-write.ts';
import { launchBrowser, type ResolvedBrowser, resolveBrowser } from '../export/browser.ts';
import {
  assertBuilt,
  assertPortFree,
  buildDist,
  type DeckServer,
  distStatus,
  PROJECT_ROOT,
  serveDist,
} from '../export/dist.ts';
import type { SlideProblem } from '../export/errors.ts';
import { displayPath } from '../export/export-deck.ts';
import { fileStem } from '../export/options.ts';
import { prepareOutputFolder } from '../export/output-folder.ts';
import { dedupeProblems } from '../export/page-problems.ts';
import { createProgress, formatBytes, type Progress } from '../export/progress.ts';
import { AUDIO_BITRATE_KBPS, type AudioPiece, audioTrackArgs, pieceSamples } from './audio-track.ts';
import { cacheKey, type RunRecord, sha256, VideoCache } from './cache.ts';
import { toSubRip, toWebVtt } from './captions.ts';
import { clock, siteChapterList, slideChapters } from './chapters.ts';
import { loadVideoDeck, type VideoDeck, type VideoSlide } from './deck-source.ts';
import {
  EncodeError,
  NarrationProblemsError,
  VideoSlideProblemsError,
  VideoStoppedError,
  VideoWriteError,
} from './errors.ts';
import { checkFfmpeg, FfmpegRunError, type ResolvedFfmpeg, resolveFfmpeg, run } from './ffmpeg.ts';
import { ffmetadata, mp4Language } from './metadata.ts';
import { DEFAULT_VIDEO_OPTIONS, VIDEO_SIZES, type VideoOptions } from './options.ts';
import { FRAGMENT_FADE_MS, fadeFrames, type PlannedSlide, planVideo, SLIDE_FADE_MS, type VideoPlan } from './plan.ts';
import { HOLD_FRAME_INTERVAL, type SegmentSpec, segmentArgs, VIDEO_CODEC_ARGS, VIDEO_TIMESCALE } from './segment.ts';
import { DeckPage, VIDEO_PAGE_CSS } from './stills.ts';

/** Bumped when the way stills are taken changes (the page's styles, the wait before each). */
const STILLS_FORMAT = 1;

export interface VideoHooks {
  /** Gets each progress line. */
  readonly onLine?: (line: string) => void;
  /** The caller ends the process once this returns: the browser is left to Playwright's exit hook. @defaultValue false */
  readonly exitsAfter?: boolean;
  /** Stops the run (Ctrl-C): ffmpeg is stopped, nothing is replaced. */
  readonly signal?: AbortSignal;
}

export interface WrittenFile {
  readonly path: string;
  readonly bytes: number;
}

export interface VideoResult {
  readonly video: WrittenFile & { readonly durationMs: number };
  readonly files: readonly WrittenFile[];
  /** Slides encoded in this run, and slides whose segment was reused from the cache. */
  readonly encoded: number;
  readonly reused: number;
  readonly seconds: number;
}

interface Context {
  readonly options: VideoOptions;
  readonly progress: Progress;
  readonly ffmpeg: ResolvedFfmpeg;
  readonly cache: VideoCache;
  /** "ffmpeg version 5.1.6-0+deb12u1 ...": in every cache key, as another build may encode otherwise. */
  readonly ffmpegVersion: string;
  readonly signal: AbortSignal;
  readonly work: string;
}

export async function makeVideo(
  options: VideoOptions = DEFAULT_VIDEO_OPTIONS,
  hooks: VideoHooks = {},
): Promise<VideoResult> {
  const progress = createProgress(hooks.onLine ?? (() => {}));
  // Everything that can be refused at once is, before any time is spent.
  const ffmpeg = resolveFfmpeg();
  const browserToUse = resolveBrowser();
  if (options.port !== 0) await assertPortFree(options.port);
  const distDir = resolve(options.distDir ?? resolve(PROJECT_ROOT, 'dist'));
  if (options.distDir) assertBuilt(distDir);
  const outDir = resolve(options.outDir);
  await prepareOutputFolder(outDir, displayPath(outDir));
  const deck = await progress.step(
    async () => loadVideoDeck(),
    (loaded) => `narration of all ${loaded.slides.length} slides is up to date`,
  );
  // Stopped by the caller (Ctrl-C), or by a failure of its own: no ffmpeg goes on working after either.
  const stop = new AbortController();
  const signal = hooks.signal ? AbortSignal.any([hooks.signal, stop.signal]) : stop.signal;
  // Every ffmpeg and ffprobe run listens to it; two dozen at once are expected, not a leak.
  setMaxListeners(100, signal);
  const info = await progress.step(
    () => checkFfmpeg(ffmpeg, { signal }),
    (checked) => `${checked.version.replace(/ Copyright.*$/, '')}: has xfade, libx264, AAC and mov_text`,
  );

  const work = await mkdtemp(join(tmpdir(), 'deck-video-'));
  const context: Context = {
    options,
    progress,
    ffmpeg,
    ffmpegVersion: info.version,
    cache: new VideoCache(),
    signal,
    work,
  };
  const opened: { browser: Browser | null; server: DeckServer | null } = { browser: null, server: null };
  try {
    const filmed = await film(context, deck, distDir, outDir, browserToUse, opened);
    return { ...filmed, seconds: progress.elapsedSeconds() };
  } catch (error) {
    stop.abort();
    throw hooks.signal?.aborted ? new VideoStoppedError() : error;
  } finally {
    await rm(work, { recursive: true, force: true });
    if (!hooks.exitsAfter) await Promise.all([opened.browser?.close(), opened.server?.close()]);
  }
}

async function film(
  context: Context,
  deck: VideoDeck,
  distDir: string,
  outDir: string,
  browserToUse: ResolvedBrowser,
  opened: { browser: Browser | null; server: DeckServer | null },
): Promise<Omit<VideoResult, 'seconds'>> {
  const { options, progress, cache } = context;
  const size = VIDEO_SIZES[options.size];
  const settings = `${options.size}-${options.transition}`;
  const previous = options.force ? null : cache.run(settings);

  // The narration is timed, and its audio track encoded, while the deck is built and filmed.
  const timing = (async () => {
    const lengths = await progress.step(
      () => narrationLengths(context, deck),
      () => `measured the narration of ${deck.slides.length} slides`,
    );
    const plan = planVideo(deck.slides, (slide) => lengths.get(slide.id)?.ms ?? 0);
    progress.note(
      `timed ${plan.slides.length} slides and ${plan.slides.reduce((sum, s) => sum + s.steps.length, 0)} steps: ${clock(plan.durationMs)} of video`,
    );
    return { lengths, plan };
  })();
  const audio = timing.then(({ lengths, plan }) => audioTrack(context, plan, lengths));
  // Awaited later; until then a failure must not surface as an unhandled rejection.
  for (const pending of [timing, audio]) pending.catch(() => undefined);

  const distName = `${displayPath(distDir)}/`;
  const browserStart = { promise: null as Promise<Browser> | null };
  const startBrowser = () => {
    browserStart.promise ??= progress.step(
      () => launchBrowser(browserToUse),
      (browser) => `started ${browserToUse.source} Chromium ${browser.version()}`,
    );
    browserStart.promise.catch(() => undefined);
    return browserStart.promise;
  };
  if (!options.distDir) {
    const status = await progress.step(
      async () => distStatus(PROJECT_ROOT, distDir),
      (checked) => (checked.current ? `${distName} is current (${checked.reason})` : `${distName} is out of date`),
    );
    if (!status.current) {
      // A new build will need new stills: the browser starts while Vite builds.
      startBrowser();
      await progress.step(
        () => buildDist(PROJECT_ROOT),
        () => `built ${distName} because ${status.reason}`,
      );
    }
  }
  const stillsKey = cacheKey(
    'stills',
    STILLS_FORMAT,
    await hashFolder(distDir),
    await browserIdentity(browserToUse),
    size,
    [deck.width, deck.height],
    deck.slides.map((slide) => [slide.id, slide.steps]),
    VIDEO_PAGE_CSS,
  );
  const reusable = previous?.stillsKey === stillsKey && stillsAllThere(cache, deck, previous);
  let stills: Map<string, string[]>;
  if (reusable && previous) {
    stills = new Map(deck.slides.map((slide) => [slide.id, [...(previous.stills[slide.id] ?? [])]]));
    progress.note(
      `stills: ${distName}, the browser and the size are as in the last run, so its ${[...stills.values()].flat().length} stills are reused`,
    );
  } else {
    const [browserStarted, serverStarted] = await Promise.allSettled([
      startBrowser(),
      progress.step(
        () => serveDist(distDir, options.port),
        (started) => `serving ${distName} at ${started.url}`,
      ),
    ]);
    if (browserStarted.status === 'fulfilled') opened.browser = browserStarted.value;
    if (serverStarted.status === 'fulfilled') opened.server = serverStarted.value;
    if (serverStarted.status === 'rejected') throw serverStarted.reason;
    if (browserStarted.status === 'rejected') throw browserStarted.reason;
    stills = await captureStills(context, deck, browserStarted.value, serverStarted.value, size);
  }

  const { plan } = await timing;
  const segments = await encodeSegments(context, plan, stills);
  const joined = await progress.step(
    () => joinSegments(context, plan, segments.paths),
    () => `joined ${plan.slides.length} segments without re-encoding`,
  );
  const stem = options.name ?? fileStem(deck.meta.title);
  const written = await muxAndWrite(context, deck, plan, joined, (await audio).path, outDir, stem);

  await cache.recordRun(settings, {
    stillsKey,
    stills: Object.fromEntries(stills),
    segments: segments.keys,
    audio: (await audio).key,
  } satisfies RunRecord);
  cache.prune();
  return { ...written, encoded: segments.encoded, reused: segments.keys.length - segments.encoded };
}

function optionsOf(context: Context) {
  return { signal: context.signal };
}

// ---- Narration and audio -------------------------------------------------------------------

interface NarrationLength {
  readonly ms: number;
  readonly hash: string;
}

/** Each slide's narration length, measured by ffprobe once per file (kept by the file's hash). */
async function narrationLengths(context: Context, deck: VideoDeck): Promise<Map<string, NarrationLength>> {
  const { cache, ffmpeg } = context;
  const known = context.options.force ? {} : (cache.readJson<Record<string, number>>('durations.json') ?? {});
  const lengths = new Map<string, NarrationLength>();
  const found: Record<string, number> = {};
  await Promise.all(
    deck.slides.map(async (slide) => {
      const hash = sha256(await readFile(slide.audio.path)).slice(0, 32);
      const ms = known[hash] ?? (await probeLength(ffmpeg, slide, context));
      found[hash] = ms;
      lengths.set(slide.id, { ms, hash });
    }),
  );
  await cache.writeJson('durations.json', found);
  return lengths;
}

/** The end of the last audio packet: how long the browser plays the file before `ended`. */
async function probeLength(ffmpeg: ResolvedFfmpeg, slide: VideoSlide, context: Context): Promise<number> {
  const shown = relative(PROJECT_ROOT, slide.audio.path);
  let listing: string;
  try {
    listing = await run(
      ffmpeg.ffprobe,
      [
        '-v',
        'error',
        '-select_streams',
        'a:0',
        '-show_entries',
        'packet=pts_time,duration_time',
        '-of',
        'csv=p=0',
        slide.audio.path,
      ],
      optionsOf(context),
    );
  } catch (error) {
    if (!(error instanceof FfmpegRunError)) throw error;
    listing = '';
  }
  let end = 0;
  for (const line of listing.split('\n')) {
    const [pts, duration] = line.split(',').map(Number);
    if (Number.isFinite(pts) && Number.isFinite(duration)) end = Math.max(end, (pts ?? 0) + (duration ?? 0));
  }
  if (end <= 0) {
    throw new NarrationProblemsError([
      `Slide "${slide.id}" (slide ${slide.number}): ffprobe finds no audio in ${shown}. Fix: ${
        slide.audio.kind === 'recording'
          ? 'record the slide again (or delete the recording) and run `npm run narration`'
          : 'run `npm run narration -- --force`'
      }.`,
    ]);
  }
  return Math.round(end * 1_000_000) / 1000;
}

/** The audio track, encoded once per set of narration files and slide lengths. */
async function audioTrack(
  context: Context,
  plan: VideoPlan,
  lengths: ReadonlyMap<string, NarrationLength>,
): Promise<{ path: string; key: string }> {
  const { cache, progress } = context;
  const pieces: AudioPiece[] = plan.slides.map((planned) => ({
    path: planned.slide.audio.path,
    durationMs: planned.durationMs,
  }));
  const key = cacheKey(
    'audio',
    context.ffmpegVersion,
    audioTrackArgs([], ''),
    plan.slides.map((planned) => [lengths.get(planned.slide.id)?.hash, pieceSamples(planned.durationMs)]),
  );
  const path = cache.path('audio', key);
  if (!context.options.force && cache.has('audio', key)) {
    progress.note('audio track: the narration and its timing are as before, so it is reused');
    return { path, key };
  }
  await progress.step(
    async () => {
      const staged = cache.staging('audio', key);
      await ffmpegStep(context, 'encoding the audio track', audioTrackArgs(pieces, staged), staged);
      await cache.commit('audio', key, staged);
    },
    () => `encoded the audio track: ${clock(plan.durationMs)}, mono AAC at ${AUDIO_BITRATE_KBPS} kbit/s`,
  );
  return { path, key };
}

// ---- Stills --------------------------------------------------------------------------------

/** Photographs every step of every slide once, refusing the deck if a slide spills or an asset fails. */
async function captureStills(
  context: Context,
  deck: VideoDeck,
  browser: Browser,
  server: DeckServer,
  size: { width: number; height: number },
): Promise<Map<string, string[]>> {
  const { progress, cache } = context;
  const page = await progress.step(
    () => DeckPage.open(browser, server.url, deck, size),
    (opened) => `loaded the deck at ${size.width}×${size.height}: ${opened.slides.length} slides`,
  );
  // A built page unlike the deck's slides cannot be filmed step by step.
  const unlike = page.mismatches(deck);
  if (unlike.length > 0) throw new VideoSlideProblemsError(unlike);
  const problems: SlideProblem[] = await page.assetProblems();
  const stills = new Map<string, string[]>();
  const writes: Promise<void>[] = [];
  for (const [index, slide] of deck.slides.entries()) {
    const hashes = await progress.step(
      async () => {
        const taken: string[] = [];
        for (let step = 0; step <= slide.steps; step++) {
          const png = await page.still(index, step);
          const hash = sha256(png).slice(0, 32);
          writes.push(cache.put('stills', hash, png));
          taken.push(hash);
        }
        // Measured at its last step, every fragment shown.
        problems.push(...(await page.overflow(deck.width, deck.height)));
        return taken;
      },
      (taken) =>
        `stills ${index + 1}/${deck.slides.length} "${slide.id}": ${taken.length} ${taken.length === 1 ? 'step' : 'steps'}`,
    );
    stills.set(slide.id, hashes);
  }
  await Promise.all(writes);
  if (problems.length > 0) throw new VideoSlideProblemsError(dedupeProblems(problems));
  return stills;
}

function stillsAllThere(cache: VideoCache, deck: VideoDeck, record: RunRecord): boolean {
  return deck.slides.every((slide) => {
    const hashes = record.stills[slide.id];
    return hashes?.length === slide.steps + 1 && hashes.every((hash) => cache.has('stills', hash));
  });
}

/** Every file of the built deck, by path and content: a rebuild with nothing changed hashes the same. */
async function hashFolder(dir: string): Promise<string> {
  const names = (await readdir(dir, { recursive: true })).map(String).sort();
  const parts: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    parts.push(`${name.split('\\').join('/')} ${sha256(await readFile(path))}`);
  }
  return sha256(parts.join('\n'));
}

/** Which browser draws the stills: another build may draw text a pixel differently. */
async function browserIdentity(browser: ResolvedBrowser): Promise<string> {
  const found = await stat(browser.executablePath).catch(() => null);
  return `${browser.executablePath} ${found?.size ?? 0} ${found?.mtimeMs ?? 0}`;
}

// ---- Segments ------------------------------------------------------------------------------

/** Encodes the slides whose segment is not in the cache, two at a time on two cores. */
async function encodeSegments(
  context: Context,
  plan: VideoPlan,
  stills: ReadonlyMap<string, readonly string[]>,
): Promise<{ paths: string[]; keys: string[]; encoded: number }> {
  const { cache, progress, options } = context;
  const jobs = plan.slides.map((planned, index) => {
    const spec = segmentSpec(planned, plan.slides[index - 1], stills, options.transition === 'fade', plan.fps);
    const key = cacheKey(
      'segment',
      context.ffmpegVersion,
      VIDEO_CODEC_ARGS,
      HOLD_FRAME_INTERVAL,
      VIDEO_TIMESCALE,
      spec,
    );
    return { planned, spec, key, cached: !options.force && cache.has('segments', key) };
  });
  const todo = jobs.filter((job) => !job.cached);
  if (todo.length < jobs.length) {
    progress.note(
      `encoding: ${jobs.length - todo.length} of ${jobs.length} slides are unchanged, their segments reused from the cache`,
    );
  }
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < todo.length) {
      const job = todo[next++];
      if (!job) break;
      await progress.step(
        async () => {
          const staged = cache.staging('segments', job.key);
          const spec = { ...job.spec, from: job.spec.from && cache.path('stills', job.spec.from) };
          const stillPaths = job.spec.stills.map((hash) => cache.path('stills', hash));
          await ffmpegStep(
            context,
            `encoding slide ${job.planned.slide.number} "${job.planned.slide.id}"`,
            segmentArgs({ ...spec, stills: stillPaths }, staged),
            staged,
          );
          await cache.commit('segments', job.key, staged);
        },
        () =>
          `encoding ${++done}/${todo.length} "${job.planned.slide.id}": ${(job.planned.durationMs / 1000).toFixed(1)} s, ${job.spec.stills.length} ${job.spec.stills.length === 1 ? 'step' : 'steps'}`,
      );
    }
  };
  const parallel = Math.max(1, Math.min(2, availableParallelism()));
  await Promise.all(Array.from({ length: parallel }, worker));
  return {
    paths: jobs.map((job) => cache.path('segments', job.key)),
    keys: jobs.map((job) => job.key),
    encoded: todo.length,
  };
}

/** A slide's segment, with its stills named by hash (the cache key), not by path. */
function segmentSpec(
  planned: PlannedSlide,
  before: PlannedSlide | undefined,
  stills: ReadonlyMap<string, readonly string[]>,
  fade: boolean,
  fps: number,
): SegmentSpec {
  const own = [...(stills.get(planned.slide.id) ?? [])];
  const from = fade && before ? (stills.get(before.slide.id)?.at(-1) ?? null) : null;
  const stepFrames = planned.steps.map((step) => step.startFrame);
  const lengths = stepFrames.map((start, step) => (stepFrames[step + 1] ?? planned.frames) - start);
  return {
    from,
    stills: own,
    stepFrames,
    frames: planned.frames,
    slideFadeFrames: from ? fadeFrames(SLIDE_FADE_MS, fps, lengths[0] ?? 1) : 0,
    // One fade length for the slide's fragments, short enough for its shortest step.
    fragmentFadeFrames:
      fade && lengths.length > 1
        ? Math.min(...lengths.slice(1).map((length) => fadeFrames(FRAGMENT_FADE_MS, fps, length)))
        : 0,
    fps,
  };
}

/** The segments one after another, each placed at its slide's exact start, copied as they are. */
async function joinSegments(context: Context, plan: VideoPlan, paths: readonly string[]): Promise<string> {
  const list = join(context.work, 'segments.ffconcat');
  const lines = ['ffconcat version 1.0'];
  plan.slides.forEach((planned, index) => {
    lines.push(
      `file '${(paths[index] ?? '').replace(/'/g, "'\\''")}'`,
      `duration ${(planned.durationMs / 1000).toFixed(6)}`,
    );
  });
  await writeFile(list, `${lines.join('\n')}\n`);
  const joined = join(context.work, 'joined.mp4');
  await ffmpegStep(
    context,
    'joining the segments',
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-f',
      'concat',
      '-safe',
      '0',
      '-i',
      list,
      '-c',
      'copy',
      '-f',
      'mp4',
      joined,
    ],
    joined,
  );
  return joined;
}

// ---- Muxing and writing --------------------------------------------------------------------

async function muxAndWrite(
  context: Context,
  deck: VideoDeck,
  plan: VideoPlan,
  joined: string,
  audioPath: string,
  outDir: string,
  stem: string,
): Promise<Omit<VideoResult, 'encoded' | 'reused' | 'seconds'>> {
  const { progress } = context;
  const cues = plan.slides.flatMap((planned) => planned.cues);
  const chapters = slideChapters(plan);
  const site = siteChapterList(chapters, plan.durationMs);
  for (const note of site.notes) progress.note(`chapter list: ${note}`);
  const language = mp4Language(deck.meta.lang);
  const srt = toSubRip(cues);
  const srtPath = join(context.work, 'captions.srt');
  const metaPath = join(context.work, 'metadata.txt');
  const now = new Date();
  await writeFile(srtPath, srt);
  await writeFile(metaPath, ffmetadata({ meta: deck.meta, date: now.toISOString().slice(0, 10), chapters }));

  const target = (suffix: string) => resolve(outDir, `${stem}${suffix}`);
  const videoPath = target('.mp4');
  const staged = stagingPath(videoPath);
  try {
    await progress.step(
      () =>
        ffmpegStep(
          context,
          'muxing the video',
          [
            '-hide_banner',
            '-loglevel',
            'error',
            '-y',
            '-i',
            joined,
            '-i',
            audioPath,
            '-i',
            srtPath,
            '-i',
            metaPath,
            '-map',
            '0:v',
            '-map',
            '1:a',
            '-map',
            '2:s',
            '-map_metadata',
            '3',
            '-map_chapters',
            '3',
            '-c:v',
            'copy',
            '-c:a',
            'copy',
            '-c:s',
            'mov_text',
            '-metadata',
            `creation_time=${now.toISOString()}`,
            '-metadata:s:a:0',
            `language=${language}`,
            '-metadata:s:s:0',
            `language=${language}`,
            '-metadata:s:s:0',
            `handler_name=Captions (${language})`,
            // The index up front, so the video starts playing before it has all downloaded.
            '-movflags',
            '+faststart',
            '-f',
            'mp4',
            staged,
          ],
          staged,
        ),
      () =>
        `muxed the video, its audio, ${cues.length} captions (mov_text, ${language}) and ${chapters.length} chapters`,
    );
    const files: FileToWrite[] = [
      { path: videoPath, staged },
      { path: target('.vtt'), bytes: new TextEncoder().encode(toWebVtt(cues)) },
      { path: target('.srt'), bytes: new TextEncoder().encode(srt) },
      { path: target('-chapters.txt'), bytes: new TextEncoder().encode(site.text) },
    ];
    const videoBytes = (await stat(staged)).size;
    await progress.step(
      () => writeFilesAtomic(files).catch((error: NodeJS.ErrnoException) => Promise.reject(writeError(outDir, error))),
      () =>
        `wrote ${displayPath(videoPath)} (${clock(plan.durationMs)}, ${VIDEO_SIZES[context.options.size].width}×${VIDEO_SIZES[context.options.size].height}, ${formatBytes(videoBytes)}) and its ${displayPath(target('.vtt'))}, .srt and -chapters.txt (${site.chapters.length} chapters)`,
    );
    const sizes = await Promise.all(
      files.map(async (file) => ({ path: file.path, bytes: (await stat(file.path)).size })),
    );
    return { video: { path: videoPath, bytes: videoBytes, durationMs: plan.durationMs }, files: sizes };
  } finally {
    // Gone once renamed; left only when something failed on the way.
    await rm(staged, { force: true });
  }
}

/** Runs one ffmpeg step; its failure says which step and what ffmpeg said, and leaves nothing half-written. */
async function ffmpegStep(context: Context, step: string, args: readonly string[], output: string): Promise<void> {
  try {
    await run(context.ffmpeg.ffmpeg, args, optionsOf(context));
  } catch (error) {
    await rm(output, { force: true });
    if (context.signal.aborted) throw new VideoStoppedError();
    throw error instanceof FfmpegRunError ? new EncodeError(step, error.message) : error;
  }
}

function writeError(outDir: string, error: NodeJS.ErrnoException): VideoWriteError {
  if (error.code === 'EISDIR' && error.path) {
    return new VideoWriteError(
      displayPath(outDir),
      `${displayPath(error.path)} is a folder`,
      'move that folder away, or pass --name or --out to write elsewhere',
    );
  }
  return new VideoWriteError(
    displayPath(outDir),
    error.message,
    'make room on that disk or fix its permissions, or pass --out another folder, then run the video again',
  );
}
