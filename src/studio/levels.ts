/**
 * What the studio's level meter and warnings make of the microphone's samples: pure, so the
 * thresholds are tested in Node.
 */

/** A sample this close to full scale counts as clipped. */
export const CLIP_LEVEL = 0.99;
/** Below this the microphone is taken to give no signal at all (a muted or absent input). */
export const SILENCE_DBFS = -60;
/** How long the microphone may stay that quiet while open before the studio says so. */
export const SILENCE_WARNING_MS = 3000;
/** A take this much quieter than the median of the others is flagged. */
export const QUIET_TAKE_DB = 10;
/** The meter's range, from this to 0 dBFS. */
export const METER_FLOOR_DBFS = -60;

/** Peak and RMS of a block of samples, in dBFS, and whether it clipped. */
export interface BlockLevel {
  readonly peakDb: number;
  readonly rmsDb: number;
  readonly clipped: boolean;
}

export function toDb(amplitude: number): number {
  return amplitude > 0 ? 20 * Math.log10(amplitude) : Number.NEGATIVE_INFINITY;
}

export function blockLevel(samples: Float32Array): BlockLevel {
  let peak = 0;
  let sum = 0;
  for (const sample of samples) {
    const size = Math.abs(sample);
    if (size > peak) peak = size;
    sum += sample * sample;
  }
  const rms = samples.length > 0 ? Math.sqrt(sum / samples.length) : 0;
  return { peakDb: toDb(peak), rmsDb: toDb(rms), clipped: peak >= CLIP_LEVEL };
}

/** Where a level sits on the meter, 0 (floor or below) to 1 (full scale). */
export function meterFraction(db: number): number {
  if (!Number.isFinite(db)) return 0;
  return Math.min(1, Math.max(0, (db - METER_FLOOR_DBFS) / -METER_FLOOR_DBFS));
}

/** The warning a take's loudness deserves against the others' (each a mean level in dB), or null. */
export function quietTakeWarning(takeDb: number, othersDb: readonly number[]): string | null {
  const others = othersDb.filter(Number.isFinite).sort((a, b) => a - b);
  if (others.length === 0 || !Number.isFinite(takeDb)) return null;
  const middle = others.length / 2;
  const median =
    others.length % 2 === 1
      ? (others[Math.floor(middle)] ?? 0)
      : ((others[middle - 1] ?? 0) + (others[middle] ?? 0)) / 2;
  const below = median - takeDb;
  if (below < QUIET_TAKE_DB) return null;
  return `This take is ${below.toFixed(0)} dB quieter than your other takes: move closer to the microphone or raise its input level, then Retake.`;
}

/** Tracks how long the microphone has given no signal. */
export class SilenceWatch {
  private quietSinceMs: number | null = null;

  /** Feeds one block's level at a moment; true once it has been silent for SILENCE_WARNING_MS. */
  feed(level: BlockLevel, nowMs: number): boolean {
    if (level.peakDb > SILENCE_DBFS) {
      this.quietSinceMs = null;
      return false;
    }
    this.quietSinceMs ??= nowMs;
    return nowMs - this.quietSinceMs >= SILENCE_WARNING_MS;
  }

  reset(): void {
    this.quietSinceMs = null;
  }
}
