/** What every step of one `npm run video` shares, and how it runs ffmpeg. */
import { rm } from 'node:fs/promises';
import type { Progress } from '../export/progress.ts';
import type { VideoCache } from './cache.ts';
import { EncodeError, VideoStoppedError } from './errors.ts';
import { FfmpegRunError, type ResolvedFfmpeg, run } from './ffmpeg.ts';
import type { VideoOptions } from './options.ts';

export interface VideoRun {
  readonly options: VideoOptions;
  readonly progress: Progress;
  readonly ffmpeg: ResolvedFfmpeg;
  /** "ffmpeg version 5.1.9-0+deb12u1": in every cache key, as another build may encode otherwise. */
  readonly ffmpegVersion: string;
  readonly cache: VideoCache;
  /** Aborted by Ctrl-C or by a failure elsewhere in the run: every ffmpeg still going is stopped. */
  readonly signal: AbortSignal;
  /** A temporary folder of the run's own, removed at its end. */
  readonly work: string;
}

/** Runs one ffmpeg step; its failure says which step and what ffmpeg said, and leaves nothing half-written. */
export async function ffmpegStep(run: VideoRun, step: string, args: readonly string[], output: string): Promise<void> {
  try {
    await runFfmpeg(run, run.ffmpeg.ffmpeg, args);
  } catch (error) {
    await rm(output, { force: true });
    throw error instanceof FfmpegRunError ? new EncodeError(step, error.message) : error;
  }
}

/** Runs ffmpeg or ffprobe under the run's signal; stopped, it says the run was stopped. */
export async function runFfmpeg(videoRun: VideoRun, program: string, args: readonly string[]): Promise<string> {
  try {
    return await run(program, args, { signal: videoRun.signal });
  } catch (error) {
    if (videoRun.signal.aborted) throw new VideoStoppedError();
    throw error;
  }
}
