/**
 * A person's take made ready to ship (ffmpeg, build time only): decoded to 16 kHz mono, checked
 * (readable, not silent, not far shorter than its script), trimmed to its speech, normalised to
 * -16 LUFS with loudnorm in two passes (measure, then apply the measured values in linear mode), and
 * given the generated voice's lead-in and tail, so a recorded slide starts and ends like the others.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countWords } from '../../model/text.ts';
import type { NarrationPauses } from '../../narration/index.ts';
import { RECORDING_EXTENSION_LIST } from '../../narration/take.ts';
import { resolveFfmpeg } from '../../video/ffmpeg.ts';
import { concatSamples, samplesFor, wavBytes } from './pcm.ts';
import { type Interval, speechIntervals } from './voice-activity.ts';

/** The rate recordings are processed and encoded at: the rate the deck's formats code speech at. */
export const RECORDING_RATE_HZ = 16_000;
/** Integrated loudness every recording is brought to (EBU R128; what podcasts and Presently use). */
export const TARGET_LUFS = -16;
/** Highest true peak after normalising, and the loudness range loudnorm aims within. */
const TRUE_PEAK_DBTP = -1.5;
const LOUDNESS_RANGE_LU = 11;
/** Sound kept before the first detected speech and after the last, so no onset or release is cut. */
const TRIM_ONSET_MS = 40;
const TRIM_RELEASE_MS = 120;
/** A take whose loudest moments are below this is silence (a muted or unplugged microphone). */
const SILENT_PEAK_DBFS = -50;
/** Nobody says a script faster than this: a take shorter than its words at this pace is cut short. */
const FASTEST_WORDS_PER_MINUTE = 330;

/** A recording that cannot be used; the message names the file, the problem and the fix. */
export class RecordingError extends Error {
  override readonly name = 'RecordingError';
}

export interface ProcessedRecording {
  readonly samples: Int16Array;
  readonly sampleRateHz: number;
  /** Where speech is in `samples`. */
  readonly speech: readonly Interval[];
  /** How much of the take's start was cut, less the lead-in added: take time minus this is file time. */
  readonly shiftMs: number;
  /** The take's loudness before, as loudnorm measured it. */
  readonly inputLufs: number;
}

function ffmpegBytes(args: readonly string[]): Promise<{ stdout: Buffer; stderr: string }> {
  const { ffmpeg } = resolveFfmpeg();
  return new Promise((done, fail) => {
    execFile(
      ffmpeg,
      ['-hide_banner', '-nostdin', ...args],
      { encoding: 'buffer', maxBuffer: 1 << 30 },
      (error, stdout, stderr) => {
        const said = stderr.toString('utf8');
        if (error) fail(Object.assign(error, { said: said.trim().split('\n').slice(-1)[0] ?? '' }));
        else done({ stdout, stderr: said });
      },
    );
  });
}

function pcm(buffer: Buffer): Int16Array {
  const copy = new Uint8Array(buffer.length - (buffer.length % 2));
  copy.set(buffer.subarray(0, copy.length));
  return new Int16Array(copy.buffer);
}

/** The take's samples at RECORDING_RATE_HZ, mono; refused in one line when empty or unreadable. */
export async function decodeRecording(path: string, shown: string): Promise<Int16Array> {
  if (statSync(path).size === 0) {
    throw new RecordingError(`${shown} is empty (0 bytes). Fix: record the slide again, or delete the file.`);
  }
  try {
    const { stdout } = await ffmpegBytes([
      '-v',
      'error',
      '-i',
      path,
      '-vn',
      '-ac',
      '1',
      '-ar',
      String(RECORDING_RATE_HZ),
      '-f',
      's16le',
      '-',
    ]);
    const samples = pcm(stdout);
    if (samples.length === 0) throw Object.assign(new Error('no audio'), { said: 'it holds no audio stream' });
    return samples;
  } catch (error) {
    const said = (error as { said?: string }).said || (error instanceof Error ? error.message : String(error));
    throw new RecordingError(
      `${shown} cannot be read as audio (ffmpeg: ${said.replace(/^.*?: /, '')}). Fix: export the recording again as one of ${RECORDING_EXTENSION_LIST}, or delete it.`,
    );
  }
}

/** Refuses a take that is silent, or far shorter than its script could be said in. */
export function checkRecording(samples: Int16Array, script: readonly string[], shown: string): readonly Interval[] {
  let peak = 0;
  for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
  const peakDb = peak > 0 ? 20 * Math.log10(peak / 32_768) : Number.NEGATIVE_INFINITY;
  const speech = speechIntervals(samples, RECORDING_RATE_HZ);
  if (peakDb < SILENT_PEAK_DBFS || speech.length === 0) {
    throw new RecordingError(
      `${shown} is silent (its loudest moment is ${Number.isFinite(peakDb) ? `${peakDb.toFixed(0)} dBFS` : 'digital silence'}): the microphone gave no signal. Fix: check the microphone is on and chosen as the input, then record the slide again.`,
    );
  }
  const seconds = samples.length / RECORDING_RATE_HZ;
  const words = script.reduce((sum, part) => sum + countWords(part), 0);
  const shortest = (words / FASTEST_WORDS_PER_MINUTE) * 60;
  if (seconds < shortest) {
    throw new RecordingError(
      `${shown} is ${seconds.toFixed(1)} s long, but its script's ${words} words take at least ${shortest.toFixed(0)} s to say. Fix: record the whole script of the slide (all its parts), or delete the file.`,
    );
  }
  return speech;
}

interface LoudnormMeasure {
  readonly input_i: string;
  readonly input_tp: string;
  readonly input_lra: string;
  readonly input_thresh: string;
  readonly target_offset: string;
}

const LOUDNORM = `loudnorm=I=${TARGET_LUFS}:TP=${TRUE_PEAK_DBTP}:LRA=${LOUDNESS_RANGE_LU}`;

/** A file's integrated loudness in LUFS, as ffmpeg's ebur128 measures it (its summary's I). */
export async function integratedLoudness(path: string): Promise<number> {
  const { stderr } = await ffmpegBytes(['-nostats', '-i', path, '-af', 'ebur128', '-f', 'null', '-']);
  return Number.parseFloat([...stderr.matchAll(/^\s+I:\s+(-?[\d.]+) LUFS/gm)].at(-1)?.[1] ?? 'NaN');
}

/** Trims, normalises and pads a checked take. */
export async function processRecording(
  samples: Int16Array,
  speech: readonly Interval[],
  pauses: NarrationPauses,
): Promise<ProcessedRecording> {
  const first = speech[0] as Interval;
  const last = speech.at(-1) as Interval;
  const fromMs = Math.max(0, first.startMs - TRIM_ONSET_MS);
  const toMs = Math.min((samples.length * 1000) / RECORDING_RATE_HZ, last.endMs + TRIM_RELEASE_MS);
  const trimmed = samples.subarray(samplesFor(fromMs, RECORDING_RATE_HZ), samplesFor(toMs, RECORDING_RATE_HZ));
  const scratch = mkdtempSync(join(tmpdir(), 'deck-recording-'));
  try {
    const input = join(scratch, 'trimmed.wav');
    writeFileSync(input, wavBytes(trimmed, RECORDING_RATE_HZ));
    const measured = await ffmpegBytes(['-i', input, '-af', `${LOUDNORM}:print_format=json`, '-f', 'null', '-']);
    const json = /\{[^{}]*"input_i"[^{}]*\}/.exec(measured.stderr)?.[0];
    if (!json)
      throw new RecordingError(
        'loudnorm printed no measurement. Fix: check that ffmpeg is a full build (ffmpeg -filters lists loudnorm).',
      );
    const m = JSON.parse(json) as LoudnormMeasure;
    const apply = `${LOUDNORM}:measured_I=${m.input_i}:measured_TP=${m.input_tp}:measured_LRA=${m.input_lra}:measured_thresh=${m.input_thresh}:offset=${m.target_offset}:linear=true`;
    const { stdout } = await ffmpegBytes([
      '-v',
      'error',
      '-i',
      input,
      '-af',
      apply,
      '-ar',
      String(RECORDING_RATE_HZ),
      '-ac',
      '1',
      '-f',
      's16le',
      '-',
    ]);
    const normalised = pcm(stdout);
    const leadMs = pauses.slideLeadMs - TRIM_ONSET_MS;
    const lead = new Int16Array(samplesFor(Math.max(0, leadMs), RECORDING_RATE_HZ));
    const tail = new Int16Array(samplesFor(Math.max(0, pauses.slideTailMs - TRIM_RELEASE_MS), RECORDING_RATE_HZ));
    const shiftMs = fromMs - (lead.length * 1000) / RECORDING_RATE_HZ;
    return {
      samples: concatSamples([lead, normalised, tail]),
      sampleRateHz: RECORDING_RATE_HZ,
      speech: speech.map((interval) => ({ startMs: interval.startMs - shiftMs, endMs: interval.endMs - shiftMs })),
      shiftMs,
      inputLufs: Number.parseFloat(m.input_i),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
