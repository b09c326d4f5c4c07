/** Narration speed: a multiple of the voice's own pace. */

/** Slowest and fastest speed the deck accepts (from `?narrationRate=` or the speed control). */
export const NARRATION_RATE_MIN = 0.5;
export const NARRATION_RATE_MAX = 16;
/** Speeds offered on screen and by the faster/slower keys. */
export const NARRATION_SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** The speed asked for in a query string (`?narrationRate=1.5`), or null when none or not a number. */
export function narrationRateFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('narrationRate');
  if (value === null || value.trim() === '') return null;
  const rate = Number(value);
  return Number.isFinite(rate) ? clampRate(rate) : null;
}

export function clampRate(rate: number): number {
  return Math.min(NARRATION_RATE_MAX, Math.max(NARRATION_RATE_MIN, rate));
}

/** The next speed up or down the on-screen list from the current one (which may be off the list). */
export function stepRate(current: number, direction: 1 | -1): number {
  const speeds: readonly number[] = NARRATION_SPEEDS;
  const next =
    direction > 0 ? speeds.find((speed) => speed > current) : [...speeds].reverse().find((speed) => speed < current);
  return next ?? current;
}

/** `1.5×`, as the speed control shows it. */
export function formatRate(rate: number): string {
  return `${Number(rate.toFixed(2))}×`;
}
