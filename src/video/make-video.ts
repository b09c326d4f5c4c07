/**
 * `npm run video`: the deck filmed from one still per step, each slide encoded on its own (and
 * kept, so a later run encodes only what changed), joined without re-encoding, with the narration,
 * captions and chapters muxed in, and written with its sidecars whole or not at all.
 */

import { setMaxListeners } from 'node:events';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import type { DeckPath } from '../build/deck-path.ts';
import { onStop, uninterruptible } from '../cli/command.ts';
import { deckValue } from '../cli/values.ts';
import { type FileToWrite, stagingPath, writeFilesAtomic } from '../export/atomic-write.ts';
import { launchBrowser, type ResolvedBrowser, resolveBrowser } from '../export/browser.ts';
import {
  assertPortFree,
  type DeckServer,
  PROJECT_ROOT,
  type PreparedDist,
  prepareDist,
  serveDist,
} from '../export/dist.ts';
import { assertHolds, displayPath, writeFailure } from '../export/export-deck.ts';
import { fileStem } from '../export/options.ts';
import { checkOutputFolder, makeOutputFolder } from '../export/output-folder.ts';
import { createProgress, formatBytes } from '../export/progress.ts';
import { type RunRecord, VideoCache } from './cache.ts';
import { toSubRip, toWebVtt } from './captions.ts';
import { clock, siteChapterList, slideChapters } from './chapters.ts';
import { loadVideoDeck, type VideoDeck } from './deck-source.ts';
import { SegmentQueue } from './encode-segments.ts';
import { VideoStoppedError, VideoWriteError } from './errors.ts';
import { checkFfmpeg, resolveFfmpeg } from './ffmpeg.ts';
import { ffmetadata, mp4Language } from './metadata.ts';
import { audioTrack, narrationLengths } from './narration-audio.ts';
import { DEFAULT_VIDEO_OPTIONS, VIDEO_SIZES, type VideoOptions } from './options.ts';
import { planVideo, type VideoPlan } from './plan.ts';
import { ffmpegStep, type VideoRun } from './run-context.ts';
import { captureStills, reusableStills, stillsKey } from './stills.ts';

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

export async function makeVideo(
  options: VideoOptions = DEFAULT_VIDEO_OPTIONS,
  hooks: VideoHooks = {},
): Promise<VideoResult> {
  const progress = createProgress(hooks.onLine ?? (() => {}));
  // Everything that can be refused at once is, before any time is spent.
  const path = deckToFilm(options);
  const ffmpeg = resolveFfmpeg();
  const browserToUse = resolveBrowser();
  if (options.port !== 0) await assertPortFree(options.port);
  const distDir = resolve(options.distDir ?? resolve(PROJECT_ROOT, 'dist'));
  // A --dist of another deck than the one asked for is refused; without --deck or DECK, its slides are checked against the default's.
  if (options.distDir) assertHolds(distDir, `${displayPath(distDir)}/`, options.deck || process.env.DECK ? path : null);
  const outDir = resolve(options.outDir);
  // Probed, not made: a video refused later leaves no new folder.
  await checkOutputFolder(outDir, displayPath(outDir));
  const deck = await progress.step(
    async () => loadVideoDeck(path),
    (loaded) =>
      loaded.silent
        ? `${path.file} has no narration audio (${displayPath(loaded.narrationDir)}/ holds none): a silent video, each slide held as long as the deck's timed captions show it; for a voice, run \`npm run narration -- --deck ${path.file}\` first`
        : `narration of all ${loaded.slides.length} slides is up to date`,
  );
  // Stopped by the caller (Ctrl-C), or by a failure of its own: no ffmpeg goes on working after either.
  const stop = new AbortController();
  // Ctrl-C in the command: every ffmpeg stops, and the command's stop line says nothing was replaced.
  const unregisterStop = onStop(() => stop.abort());
  const signal = hooks.signal ? AbortSignal.any([hooks.signal, stop.signal]) : stop.signal;
  // Every ffmpeg and ffprobe run listens to it; two dozen at once are expected, not a leak.
  setMaxListeners(100, signal);
  const info = await progress.step(
    () => checkFfmpeg(ffmpeg, { signal }),
    (checked) => `${checked.version}: has xfade, libx264, AAC and mov_text`,
  );

  const work = await mkdtemp(join(tmpdir(), 'deck-video-'));
  const removeWork = () => rm(work, { recursive: true, force: true });
  const unregisterWork = onStop(removeWork);
  const run: VideoRun = {
    options,
    progress,
    ffmpeg,
    ffmpegVersion: info.version,
    cache: new VideoCache(),
    signal,
    work,
  };
  const opened: Opened = { browser: null, server: null, dist: null };
  try {
    const filmed = await film(run, deck, distDir, outDir, browserToUse, opened);
    return { ...filmed, seconds: progress.elapsedSeconds() };
  } catch (error) {
    stop.abort();
    throw hooks.signal?.aborted ? new VideoStoppedError() : error;
  } finally {
    unregisterStop();
    unregisterWork();
    await removeWork();
    if (!hooks.exitsAfter) await Promise.all([opened.browser?.close(), opened.server?.close()]);
    await opened.dist?.dispose();
  }
}

/** What a run opened, closed when it ends: the browser, the server, its own copy of dist/. */
interface Opened {
  browser: Browser | null;
  server: DeckServer | null;
  dist: PreparedDist | null;
}

/** The deck to film: --deck, else DECK, else the default. A bad path is a usage error, found before anything starts. */
function deckToFilm(options: VideoOptions): DeckPath {
  return deckValue(options.deck ?? undefined);
}

async function film(
  run: VideoRun,
  deck: VideoDeck,
  distDir: string,
  outDir: string,
  browserToUse: ResolvedBrowser,
  opened: Opened,
): Promise<Omit<VideoResult, 'seconds'>> {
  const { options, progress, cache } = run;
  const size = VIDEO_SIZES[options.size];
  // One record per deck, so filming one deck does not make the next run of another take its stills again.
  const settings = `${deck.file.replace(/[^\w]+/g, '-')}-${options.size}-${options.transition}`;
  const previous = options.force ? null : cache.run(settings);

  // The narration is timed, and its audio track encoded, while the deck is built and filmed.
  const timing = (async () => {
    const lengths = await progress.step(
      () => narrationLengths(run, deck),
      () =>
        deck.silent
          ? `timed ${deck.slides.length} slides by their captions, at the deck's pace`
          : `measured the narration of ${deck.slides.length} slides`,
    );
    const plan = planVideo(deck.slides, (slide) => lengths.get(slide.id)?.ms ?? 0);
    progress.note(
      `timed ${plan.slides.length} slides and ${plan.slides.reduce((sum, s) => sum + s.steps.length, 0)} steps: ${clock(plan.durationMs)} of video`,
    );
    return { lengths, plan };
  })();
  const audio = timing.then(({ lengths, plan }) => audioTrack(run, plan, lengths));
  // Awaited later; until then a failure must not surface as an unhandled rejection.
  for (const pending of [timing, audio]) pending.catch(() => undefined);

  const distName = `${displayPath(distDir)}/`;
  let browserStart: Promise<Browser> | null = null;
  const startBrowser = () => {
    browserStart ??= progress.step(
      () => launchBrowser(browserToUse),
      (browser) => `started ${browserToUse.source} Chromium ${browser.version()}`,
    );
    browserStart.catch(() => undefined);
    return browserStart;
  };
  // As the export does: runs take turns at dist/ under a lock, a stale one is built into a fresh
  // folder and swapped in, and this run films a copy of its own that no other run's build can change.
  if (!options.distDir) {
    opened.dist = await progress.step(
      () =>
        prepareDist(PROJECT_ROOT, distDir, deck.file, {
          onWait: (holder) => progress.note(`waiting for ${holder}, which is building or reading ${distName}`),
          // A new build will need new stills: the browser starts while Vite builds.
          onStatus: (status) => {
            if (!status.current) startBrowser();
          },
        }),
      ({ status }) =>
        status.current
          ? `${distName} is current (${status.reason})`
          : `built ${distName} from ${deck.file} because ${status.reason}`,
    );
  }
  const filmedDir = opened.dist?.dir ?? distDir;
  const key = await stillsKey(filmedDir, browserToUse, deck, size);
  const { plan } = await timing;
  const queue = new SegmentQueue(run, plan);
  let stills = reusableStills(run, deck, previous, key);
  if (stills) {
    progress.note(
      `stills: ${distName}, the browser and the size are as in the last run, so its ${[...stills.values()].flat().length} stills are reused`,
    );
    const known = new Map<string, string[]>();
    for (const [id, hashes] of stills) {
      known.set(id, hashes);
      queue.add(known);
    }
  } else {
    const [browserStarted, serverStarted] = await Promise.allSettled([
      startBrowser(),
      progress.step(
        () => serveDist(filmedDir, options.port),
        (started) => `serving ${distName} at ${started.url}`,
      ),
    ]);
    if (browserStarted.status === 'fulfilled') opened.browser = browserStarted.value;
    if (serverStarted.status === 'fulfilled') opened.server = serverStarted.value;
    if (serverStarted.status === 'rejected') throw serverStarted.reason;
    if (browserStarted.status === 'rejected') throw browserStarted.reason;
    stills = await captureStills(run, deck, browserStarted.value, serverStarted.value.url, size, (taken) =>
      queue.add(taken),
    );
  }
  const segments = await queue.finish();
  const joined = await progress.step(
    () => joinSegments(run, plan, segments.paths),
    () => `joined ${plan.slides.length} segments without re-encoding`,
  );
  const stem = options.name ?? fileStem(deck.meta.title);
  const track = await audio;
  const written = await muxAndWrite(run, deck, plan, joined, track?.path ?? null, outDir, stem);

  await cache.recordRun(settings, {
    stillsKey: key,
    stills: Object.fromEntries(stills),
    segments: segments.keys,
    audio: track?.key ?? null,
  } satisfies RunRecord);
  cache.prune();
  return { ...written, encoded: segments.encoded, reused: segments.keys.length - segments.encoded };
}

/** The segments one after another, each placed at its slide's exact start, copied as they are. */
async function joinSegments(run: VideoRun, plan: VideoPlan, paths: readonly string[]): Promise<string> {
  const list = join(run.work, 'segments.ffconcat');
  const lines = ['ffconcat version 1.0'];
  plan.slides.forEach((planned, index) => {
    lines.push(
      `file '${(paths[index] ?? '').replace(/'/g, "'\\''")}'`,
      `duration ${(planned.durationMs / 1000).toFixed(6)}`,
    );
  });
  await writeFile(list, `${lines.join('\n')}\n`);
  const joined = join(run.work, 'joined.mp4');
  await ffmpegStep(
    run,
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
  run: VideoRun,
  deck: VideoDeck,
  plan: VideoPlan,
  joined: string,
  /** The audio track; null for a silent video, which has none. */
  audioPath: string | null,
  outDir: string,
  stem: string,
): Promise<Omit<VideoResult, 'encoded' | 'reused' | 'seconds'>> {
  const { progress } = run;
  const cues = plan.slides.flatMap((planned) => planned.cues);
  const chapters = slideChapters(plan);
  const site = siteChapterList(chapters, plan.durationMs);
  for (const note of site.notes) progress.note(`chapter list: ${note}`);
  const language = mp4Language(deck.meta.lang);
  const srt = toSubRip(cues);
  const srtPath = join(run.work, 'captions.srt');
  const metaPath = join(run.work, 'metadata.txt');
  const now = new Date();
  await writeFile(srtPath, srt);
  await writeFile(metaPath, ffmetadata({ meta: deck.meta, date: now.toISOString().slice(0, 10), chapters }));

  const target = (suffix: string) => resolve(outDir, `${stem}${suffix}`);
  const videoPath = target('.mp4');
  const staged = stagingPath(videoPath);
  const removeStaged = () => rm(staged, { force: true });
  const unregisterStaged = onStop(removeStaged);
  // Made only now, with everything encoded: a video refused or stopped before leaves no new folder.
  await makeOutputFolder(outDir, displayPath(outDir));
  try {
    await progress.step(
      () =>
        ffmpegStep(
          run,
          'muxing the video',
          muxArgs({ joined, audioPath, srtPath, metaPath, language, now, output: staged }),
          staged,
        ),
      () =>
        `muxed the video, ${audioPath ? 'its audio' : 'no audio (silent)'}, ${cues.length} captions (mov_text, ${language}) and ${chapters.length} chapters`,
    );
    const files: FileToWrite[] = [
      { path: videoPath, staged },
      { path: target('.vtt'), bytes: new TextEncoder().encode(toWebVtt(cues)) },
      { path: target('.srt'), bytes: new TextEncoder().encode(srt) },
      { path: target('-chapters.txt'), bytes: new TextEncoder().encode(site.text) },
    ];
    const videoBytes = (await stat(staged)).size;
    await progress.step(
      () =>
        uninterruptible(() => writeFilesAtomic(files)).catch((error: NodeJS.ErrnoException) =>
          Promise.reject(writeError(outDir, error)),
        ),
      () =>
        `wrote ${displayPath(videoPath)} (${clock(plan.durationMs)}, ${VIDEO_SIZES[run.options.size].width}×${VIDEO_SIZES[run.options.size].height}, ${formatBytes(videoBytes)}), ${stem}.vtt, ${stem}.srt and ${stem}-chapters.txt (${site.chapters.length} chapters) beside it`,
    );
    const sizes = await Promise.all(
      files.map(async (file) => ({ path: file.path, bytes: (await stat(file.path)).size })),
    );
    return { video: { path: videoPath, bytes: videoBytes, durationMs: plan.durationMs }, files: sizes };
  } finally {
    // Gone once renamed; left only when something failed on the way.
    unregisterStaged();
    await removeStaged();
  }
}

/** ffmpeg's arguments for the mux: the joined video, the audio track if there is one, the captions, and the metadata with its chapters. */
function muxArgs(input: {
  joined: string;
  audioPath: string | null;
  srtPath: string;
  metaPath: string;
  language: string;
  now: Date;
  output: string;
}): string[] {
  const { joined, audioPath, srtPath, metaPath, language, now, output } = input;
  const sources = [joined, ...(audioPath ? [audioPath] : []), srtPath, metaPath];
  const captions = sources.indexOf(srtPath);
  const metadata = String(sources.indexOf(metaPath));
  const audio = audioPath
    ? ['-map', '1:a', '-c:a', 'copy', '-metadata:s:a:0', `language=${language}`]
    : // A silent video has no audio track at all, rather than a track of silence.
      [];
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    ...sources.flatMap((source) => ['-i', source]),
    '-map',
    '0:v',
    '-map',
    `${captions}:s`,
    '-map_metadata',
    metadata,
    '-map_chapters',
    metadata,
    '-c:v',
    'copy',
    ...audio,
    '-c:s',
    'mov_text',
    '-metadata',
    `creation_time=${now.toISOString()}`,
    '-metadata:s:s:0',
    `language=${language}`,
    '-metadata:s:s:0',
    `handler_name=Captions (${language})`,
    // The index up front, so the video starts playing before it has all downloaded.
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    output,
  ];
}

function writeError(outDir: string, error: NodeJS.ErrnoException): VideoWriteError {
  const { reason, fix } = writeFailure(error, 'run the video again');
  return new VideoWriteError(displayPath(outDir), reason, fix);
}
