/**
 * The narration's own pauses and its pace without a voice, shared by the runtime (which waits them
 * out) and the video (which holds the picture for them), so the two cannot drift apart. Pure.
 */

/** Pause after a slide has been said, before the next one, at speed 1. */
export const SLIDE_GAP_MS = 700;
/** What timed captions give a slide whose pacing is zero (no words to time). */
export const MIN_TIMED_SLIDE_MS = 1000;

/** How long timed captions (no voice at all) take over a slide: its pacing at the deck's pace. */
export function timedSlideMs(timingSeconds: number): number {
  const ms = timingSeconds * 1000;
  return ms > 0 ? ms : MIN_TIMED_SLIDE_MS;
}
