/**
 * Where ffmpeg and ffprobe come from, in one place (like the browser, src/export/browser.ts):
 * $DECK_FFMPEG with the ffprobe beside it, else the system's on the PATH. Runs them too.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { ExportError } from '../export/errors.ts';

/** Set this to an ffmpeg binary to use it (and the ffprobe in the same folder) instead of the system's. */
export const FFMPEG_ENV = 'DECK_FFMPEG';
/** How to get Debian's ffmpeg, which has everything the video needs (xfade, libx264, AAC, mov_text). */
export const INSTALL_FFMPEG = 'sudo apt-get install -y ffmpeg';

export interface ResolvedFfmpeg {
  readonly ffmpeg: string;
  readonly ffprobe: string;
  readonly source: 'env' | 'system';
}

export class FfmpegNotFoundError extends ExportError {
  override readonly name = 'FfmpegNotFoundError';
}

/** An ffmpeg that lacks a part the video needs (an old or slimmed-down build). */
export class FfmpegTooOldError extends ExportError {
  override readonly name = 'FfmpegTooOldError';
}

/** An ffmpeg or ffprobe run that failed; the message is its last words. */
export class FfmpegRunError extends ExportError {
  override readonly name = 'FfmpegRunError';
}

/** Where ffmpeg is looked for; the defaults are this machine's. Tests hand in their own. */
export interface FfmpegLookup {
  readonly env: NodeJS.ProcessEnv;
  /** Whether an executable file is there. */
  readonly executable: (path: string) => boolean;
}

const THIS_MACHINE: FfmpegLookup = {
  env: process.env,
  executable: (path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};

/** The one place ffmpeg is resolved: $DECK_FFMPEG (ffprobe beside it), then `ffmpeg` and `ffprobe` on the PATH. */
export function resolveFfmpeg(where: Partial<FfmpegLookup> = {}): ResolvedFfmpeg {
  const { env, executable } = { ...THIS_MACHINE, ...where };
  const fromEnv = env[FFMPEG_ENV];
  if (fromEnv) {
    if (!executable(fromEnv)) {
      throw new FfmpegNotFoundError(
        `${FFMPEG_ENV} is set to "${fromEnv}", but no ffmpeg program is there. Fix: point ${FFMPEG_ENV} at an ffmpeg binary, or unset it to use the system's.`,
      );
    }
    const ffprobe = join(dirname(fromEnv), 'ffprobe');
    if (!executable(ffprobe)) {
      throw new FfmpegNotFoundError(
        `${FFMPEG_ENV} is set to "${fromEnv}", but there is no ffprobe beside it (${ffprobe}). Fix: put ffmpeg's ffprobe in that folder, or unset ${FFMPEG_ENV}.`,
      );
    }
    return { ffmpeg: fromEnv, ffprobe, source: 'env' };
  }
  const onPath = (name: string) =>
    (env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, name))
      .find(executable);
  const ffmpeg = onPath('ffmpeg');
  const ffprobe = onPath('ffprobe');
  if (ffmpeg && ffprobe) return { ffmpeg, ffprobe, source: 'system' };
  throw new FfmpegNotFoundError(
    `No ${ffmpeg ? 'ffprobe' : 'ffmpeg'} found on the PATH. Fix: run \`${INSTALL_FFMPEG}\` (Debian/Ubuntu; it brings ffprobe too), or set ${FFMPEG_ENV}=/path/to/ffmpeg.`,
  );
}

export interface RunOptions {
  /** Stops the program when aborted (Ctrl-C). */
  readonly signal?: AbortSignal;
}

/** Runs a program to its end; its stdout, or a FfmpegRunError that quotes the last lines it printed. */
export function run(program: string, args: readonly string[], options: RunOptions = {}): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      program,
      [...args],
      { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', ...(options.signal ? { signal: options.signal } : {}) },
      (error, stdout, stderr) => {
        if (!error) return done(stdout);
        if (error.name === 'AbortError') return fail(error);
        const said = stderr.trim().split('\n').slice(-2).join(' ').trim() || error.message;
        fail(new FfmpegRunError(said));
      },
    );
  });
}

/** What this ffmpeg is: its version line, checked for what the video needs. */
export interface FfmpegInfo {
  /** "ffmpeg version 5.1.9-0+deb12u1": part of every cache key, as another build may encode otherwise. */
  readonly version: string;
}

/** Checks that ffmpeg has xfade, libx264, AAC and mov_text; a build without one is refused in one line. */
export async function checkFfmpeg(resolved: ResolvedFfmpeg, options: RunOptions = {}): Promise<FfmpegInfo> {
  const [version, filters, encoders] = await Promise.all([
    run(resolved.ffmpeg, ['-hide_banner', '-version'], options),
    run(resolved.ffmpeg, ['-hide_banner', '-filters'], options),
    run(resolved.ffmpeg, ['-hide_banner', '-encoders'], options),
  ]);
  const missing = [
    ...['xfade', 'apad', 'concat'].filter((name) => !new RegExp(`\\s${name}\\s`).test(filters)),
    ...['libx264', 'aac', 'mov_text'].filter((name) => !new RegExp(`\\s${name}\\s`).test(encoders)),
  ];
  const line = (version.split('\n')[0] ?? 'ffmpeg').replace(/ Copyright.*$/, '').trim();
  if (missing.length > 0) {
    throw new FfmpegTooOldError(
      `${resolved.ffmpeg} (${line}) has no ${missing.join(', ')}, which the video needs. Fix: install a full ffmpeg 5.1 or later (\`${INSTALL_FFMPEG}\`), or point ${FFMPEG_ENV} at one.`,
    );
  }
  return { version: line };
}
