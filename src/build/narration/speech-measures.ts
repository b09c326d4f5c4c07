/**
 * What can be measured of how a voice sounds, short of a listener: how far its pitch moves across
 * a sentence and whether a statement falls at its end, how steady its pitch is from one moment to
 * the next, where it pauses, and whether it clips. The voice bench reports these for each voice.
 */

/** Pitch is tracked every 10 ms, over 40 ms of sound. */
export const PITCH_HOP_MS = 10;
const PITCH_WINDOW_MS = 40;
const MIN_PITCH_HZ = 70;
const MAX_PITCH_HZ = 400;
/** A frame quieter than this (dB below full scale) is silence, not speech. */
export const SILENCE_DB = -40;
/** YIN's threshold on the normalised difference: below it a lag is a period. */
const YIN_THRESHOLD = 0.2;
/** A sample this close to full scale has clipped. */
const CLIP_LEVEL = 0.98;

/** The pitch every PITCH_HOP_MS, in Hz, null where there is silence or no clear period (YIN). */
export function pitchTrack(samples: Float32Array, sampleRateHz: number): (number | null)[] {
  // Halving the rate keeps the voice's pitch and quarters the work.
  const halved = new Float32Array(samples.length >> 1);
  for (let index = 0; index < halved.length; index++) {
    halved[index] = ((samples[2 * index] ?? 0) + (samples[2 * index + 1] ?? 0)) / 2;
  }
  const rate = sampleRateHz / 2;
  const hop = Math.round((rate * PITCH_HOP_MS) / 1000);
  const window = Math.round((rate * PITCH_WINDOW_MS) / 1000);
  const minLag = Math.floor(rate / MAX_PITCH_HZ);
  const maxLag = Math.ceil(rate / MIN_PITCH_HZ);
  const track: (number | null)[] = [];
  const difference = new Float32Array(maxLag + 2);
  for (let start = 0; start + window + maxLag + 1 < halved.length; start += hop) {
    if (levelDb(halved, start, window) < SILENCE_DB) {
      track.push(null);
      continue;
    }
    let running = 0;
    let found = -1;
    for (let lag = 1; lag <= maxLag + 1; lag++) {
      let sum = 0;
      for (let index = start; index < start + window; index++) {
        const delta = (halved[index] ?? 0) - (halved[index + lag] ?? 0);
        sum += delta * delta;
      }
      running += sum;
      difference[lag] = running > 0 ? (sum * lag) / running : 1;
      if (found < 0 && lag > minLag + 1 && (difference[lag - 1] ?? 1) < YIN_THRESHOLD) {
        // The first dip under the threshold, at its lowest point.
        if ((difference[lag] ?? 1) >= (difference[lag - 1] ?? 1)) found = lag - 1;
      }
    }
    track.push(found > 0 ? rate / found : null);
  }
  return track;
}

function levelDb(samples: Float32Array, start: number, length: number): number {
  let sum = 0;
  for (let index = start; index < start + length; index++) sum += (samples[index] ?? 0) ** 2;
  return 10 * Math.log10(sum / length + 1e-12);
}

export function semitones(hz: number, referenceHz = 100): number {
  return 12 * Math.log2(hz / referenceHz);
}

/** How a sentence's pitch moves: its spread, its end against its middle, and its steadiness. */
export interface Intonation {
  /** From the 10th to the 90th percentile of its pitch, in semitones. */
  readonly rangeSemitones: number;
  /** How far its last quarter of voiced sound lies below its median, in semitones (negative: it rises). */
  readonly finalFallSemitones: number;
  /** Mean pitch change from one voiced frame to the next, in semitones: high is rough, near 0 a drone. */
  readonly jitterSemitones: number;
  /** Voiced frames measured. */
  readonly voicedFrames: number;
}

/** Intonation of a stretch of pitch track (one sentence); null when too little of it is voiced. */
export function intonation(track: readonly (number | null)[]): Intonation | null {
  const voiced = track.filter((hz): hz is number => hz !== null).map((hz) => semitones(hz));
  if (voiced.length < 10) return null;
  const sorted = [...voiced].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
  const last = voiced.slice(Math.floor(voiced.length * 0.75));
  const steps: number[] = [];
  for (let index = 1; index < track.length; index++) {
    const before = track[index - 1];
    const now = track[index];
    if (before == null || now == null) continue;
    const step = Math.abs(semitones(now) - semitones(before));
    // A jump of more than 3 semitones in 10 ms is the tracker's octave error, not the voice.
    if (step <= 3) steps.push(step);
  }
  return {
    rangeSemitones: at(0.9) - at(0.1),
    finalFallSemitones: at(0.5) - median(last),
    jitterSemitones: steps.length > 0 ? steps.reduce((sum, step) => sum + step, 0) / steps.length : 0,
    voicedFrames: voiced.length,
  };
}

/** The middle value (the upper one of an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Silent stretches at least minMs long, inside a stretch of sound (not at its edges), in ms from its start. */
export function innerPauses(
  samples: Float32Array,
  sampleRateHz: number,
  minMs: number,
): { startMs: number; endMs: number }[] {
  const hop = Math.round((sampleRateHz * PITCH_HOP_MS) / 1000);
  const silent: boolean[] = [];
  for (let start = 0; start + hop <= samples.length; start += hop)
    silent.push(levelDb(samples, start, hop) < SILENCE_DB);
  const firstSound = silent.indexOf(false);
  const lastSound = silent.lastIndexOf(false);
  const pauses: { startMs: number; endMs: number }[] = [];
  let runStart = -1;
  for (let frame = firstSound; frame >= 0 && frame <= lastSound; frame++) {
    if (silent[frame] && runStart < 0) runStart = frame;
    if (!silent[frame] && runStart >= 0) {
      if ((frame - runStart) * PITCH_HOP_MS >= minMs) {
        pauses.push({ startMs: runStart * PITCH_HOP_MS, endMs: frame * PITCH_HOP_MS });
      }
      runStart = -1;
    }
  }
  return pauses;
}

/** The share of samples at or past the clipping level. */
export function clippedShare(samples: Float32Array): number {
  let clipped = 0;
  for (const sample of samples) if (Math.abs(sample) >= CLIP_LEVEL) clipped++;
  return samples.length === 0 ? 0 : clipped / samples.length;
}
