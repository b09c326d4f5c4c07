/**
 * Where a recording has speech: an energy detector on its samples, in 10 ms frames, with its
 * threshold set from the recording's own noise floor and loudness, so it works at any level and in
 * any quiet room. Pure. A heavy speech toolkit is not needed: the alignment asks only where the
 * pauses are, and a voice stops for a pause far more clearly than any model's word boundaries.
 */

export interface Interval {
  readonly startMs: number;
  readonly endMs: number;
}

/** Frame length of the detector. */
export const VAD_FRAME_MS = 10;
/** Speech above the noise floor by this much counts as voice... */
const ABOVE_FLOOR_DB = 12;
/** ...unless that is more than this far below the recording's loud frames. */
const BELOW_LOUD_DB = 35;
/** ...and never less than this below the loud frames. */
const WITHIN_LOUD_DB = 6;
/** A silence shorter than this is inside a word (a stop consonant), not a pause. */
export const MIN_PAUSE_MS = 150;
/** A sound shorter than this is a click or a breath, not speech. */
const MIN_SPEECH_MS = 60;
/** The quietest a frame is taken to be (digital silence would make the floor -infinity). */
const FLOOR_DBFS = -90;

/** Frame levels in dBFS. */
export function frameLevels(samples: Int16Array, sampleRateHz: number): Float64Array {
  const frame = Math.max(1, Math.round((sampleRateHz * VAD_FRAME_MS) / 1000));
  const count = Math.floor(samples.length / frame);
  const levels = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    let sum = 0;
    for (let at = index * frame; at < (index + 1) * frame; at++) {
      const value = (samples[at] ?? 0) / 32_768;
      sum += value * value;
    }
    const rms = Math.sqrt(sum / frame);
    levels[index] = rms > 0 ? Math.max(FLOOR_DBFS, 20 * Math.log10(rms)) : FLOOR_DBFS;
  }
  return levels;
}

function percentile(values: Float64Array, share: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? FLOOR_DBFS;
}

/** The stretches of speech, in ms from the start, with pauses shorter than MIN_PAUSE_MS closed up. */
export function speechIntervals(samples: Int16Array, sampleRateHz: number): Interval[] {
  const levels = frameLevels(samples, sampleRateHz);
  if (levels.length === 0) return [];
  const floor = percentile(levels, 0.1);
  const loud = percentile(levels, 0.95);
  // A sound with no quiet stretch at all (a hum, a tone) is all "speech": it has no pauses to find.
  const threshold = Math.min(Math.max(floor + ABOVE_FLOOR_DB, loud - BELOW_LOUD_DB), loud - WITHIN_LOUD_DB);
  const raw: Interval[] = [];
  let start: number | null = null;
  levels.forEach((level, index) => {
    if (level >= threshold && start === null) start = index;
    if (level < threshold && start !== null) {
      raw.push({ startMs: start * VAD_FRAME_MS, endMs: index * VAD_FRAME_MS });
      start = null;
    }
  });
  if (start !== null) raw.push({ startMs: start * VAD_FRAME_MS, endMs: levels.length * VAD_FRAME_MS });
  const merged: Interval[] = [];
  for (const interval of raw) {
    const last = merged.at(-1);
    if (last && interval.startMs - last.endMs < MIN_PAUSE_MS)
      merged[merged.length - 1] = { ...last, endMs: interval.endMs };
    else merged.push(interval);
  }
  return merged.filter((interval) => interval.endMs - interval.startMs >= MIN_SPEECH_MS);
}
