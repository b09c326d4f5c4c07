/**
 * The narration's lengths, measured once per file, and the video's audio track, encoded once per
 * set of them. A silent video (a deck without narration audio) has its slides' timed-caption
 * lengths instead, and no audio track.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { PROJECT_ROOT } from '../export/dist.ts';
import { AUDIO_BITRATE_KBPS, type AudioPiece, audioTrackArgs, pieceSamples } from './audio-track.ts';
import { cacheKey, sha256 } from './cache.ts';
import { clock } from './chapters.ts';
import type { SlideAudio, VideoDeck, VideoSlide } from './deck-source.ts';
import { NarrationProblemsError } from './errors.ts';
import { FfmpegRunError } from './ffmpeg.ts';
import type { VideoPlan } from './plan.ts';
import { ffmpegStep, runFfmpeg, type VideoRun } from './run-context.ts';

export interface NarrationLength {
  readonly ms: number;
  /** Hash of the audio file's bytes; null for a silent slide, timed by its captions. */
  readonly hash: string | null;
}

/** Each slide's narration length, measured by ffprobe once per file (kept by the file's hash). */
export async function narrationLengths(run: VideoRun, deck: VideoDeck): Promise<Map<string, NarrationLength>> {
  const { cache } = run;
  if (deck.silent) return new Map(deck.slides.map((slide) => [slide.id, { ms: slide.timedMs, hash: null }]));
  // Kept by the file's bytes, so always right: even --force (encode everything again) reuses them.
  const known = cache.readJson<Record<string, number>>('durations.json') ?? {};
  const lengths = new Map<string, NarrationLength>();
  const found: Record<string, number> = {};
  await Promise.all(
    deck.slides.map(async (slide) => {
      // loadVideoDeck gives every slide of a deck with narration its audio.
      const audio = slide.audio;
      if (!audio) throw new Error(`Slide "${slide.id}" has no narration audio in a deck with narration.`);
      const hash = sha256(await readFile(audio.path)).slice(0, 32);
      const ms = known[hash] ?? (await probeLength(run, slide, audio));
      found[hash] = ms;
      lengths.set(slide.id, { ms, hash });
    }),
  );
  await cache.writeJson('durations.json', found);
  return lengths;
}

/** The end of the last audio packet: how long the browser plays the file before `ended`. */
async function probeLength(run: VideoRun, slide: VideoSlide, audio: SlideAudio): Promise<number> {
  let listing = '';
  try {
    listing = await runFfmpeg(run, run.ffmpeg.ffprobe, [
      '-v',
      'error',
      '-select_streams',
      'a:0',
      '-show_entries',
      'packet=pts_time,duration_time',
      '-of',
      'csv=p=0',
      audio.path,
    ]);
  } catch (error) {
    if (!(error instanceof FfmpegRunError)) throw error;
  }
  let end = 0;
  for (const line of listing.split('\n')) {
    const [pts, duration] = line.split(',').map(Number);
    if (Number.isFinite(pts) && Number.isFinite(duration)) end = Math.max(end, (pts ?? 0) + (duration ?? 0));
  }
  if (end <= 0) {
    throw new NarrationProblemsError([
      `Slide "${slide.id}" (slide ${slide.number}): ffprobe finds no audio in ${relative(PROJECT_ROOT, audio.path)}. Fix: ${
        audio.kind === 'recording'
          ? 'record the slide again (or delete the recording) and run `npm run narration`'
          : 'run `npm run narration -- --force`'
      }.`,
    ]);
  }
  return Math.round(end * 1_000_000) / 1000;
}

/** The audio track, encoded once per set of narration files and slide lengths; null for a silent video. */
export async function audioTrack(
  run: VideoRun,
  plan: VideoPlan,
  lengths: ReadonlyMap<string, NarrationLength>,
): Promise<{ path: string; key: string } | null> {
  const { cache, progress } = run;
  const pieces: AudioPiece[] = plan.slides.flatMap((planned) =>
    planned.slide.audio ? [{ path: planned.slide.audio.path, durationMs: planned.durationMs }] : [],
  );
  if (pieces.length === 0) return null;
  if (pieces.length !== plan.slides.length) throw new Error('Some slides have narration audio and some do not.');
  const key = cacheKey(
    'audio',
    run.ffmpegVersion,
    audioTrackArgs([], ''),
    plan.slides.map((planned) => [lengths.get(planned.slide.id)?.hash, pieceSamples(planned.durationMs)]),
  );
  const path = cache.path('audio', key);
  if (!run.options.force && cache.has('audio', key)) {
    progress.note('audio track: the narration and its timing are as before, so it is reused');
    return { path, key };
  }
  await progress.step(
    async () => {
      const staged = cache.staging('audio', key);
      await ffmpegStep(run, 'encoding the audio track', audioTrackArgs(pieces, staged), staged);
      await cache.commit('audio', key, staged);
    },
    () => `encoded the audio track: ${clock(plan.durationMs)}, mono AAC at ${AUDIO_BITRATE_KBPS} kbit/s`,
  );
  return { path, key };
}
