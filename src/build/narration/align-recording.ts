/**
 * Times a recording's captions to its speech. Part boundaries come from the take's marks (the
 * presenter pressed → as a part began), each snapped to the pause it was pressed in or beside; a
 * file without marks finds them at pauses like any other cue. Within a part each caption starts
 * where speech resumes after the pause nearest where its words should start, reckoned by word
 * count over the part's speaking time (its pauses left out, since those are what vary); where no
 * pause fits, the caption falls back to that word-count estimate. Pure.
 */
import { countWords } from '../../model/text.ts';
import type { SlideTimeline, TimedPart } from '../../narration/index.ts';
import type { Interval } from './voice-activity.ts';

/** A caption is shown this much before its speech is detected, as a reader looks ahead. */
export const CAPTION_LEAD_MS = 30;
/** A mark is snapped to a pause that ends within this of it (pressed late) or starts within it (early). */
export const MARK_SNAP_MS = 1500;
/** Cost of leaving a boundary at its word-count estimate: a pause further off than this does not fit. */
export const FALLBACK_COST_MS = 1500;
/** How much a pause's length counts for it: a sentence's pause is longer than a comma's. */
const PAUSE_LENGTH_WEIGHT = 0.5;
const PAUSE_LENGTH_CAP_MS = 800;

export interface RecordingAlignment {
  readonly timeline: SlideTimeline;
  /** How each caption after a part's first was placed: at a pause, or by word count. */
  readonly placed: readonly ('pause' | 'words')[];
}

interface Boundary {
  /** Index of the cue it starts, across the slide. */
  readonly cue: number;
  readonly words: number;
}

/**
 * The timeline of a recording whose speech is `speech` (in ms of the processed file, which is
 * `durationMs` long), said from `cuesByPart`; `marks` are where parts begin, in the same clock
 * (part 0's mark is the start), or null for a file without marks.
 */
export function alignRecording(
  cuesByPart: readonly (readonly string[])[],
  speech: readonly Interval[],
  durationMs: number,
  marks: readonly number[] | null,
): RecordingAlignment {
  const cues = cuesByPart.flatMap((part, partIndex) =>
    part.map((text, index) => ({ text, partIndex, first: index === 0 })),
  );
  const onsets = speech.slice(1).map((interval, index) => ({
    ms: interval.startMs,
    pauseMs: interval.startMs - (speech[index]?.endMs ?? 0),
  }));
  const speechStart = speech[0]?.startMs ?? 0;
  const speechEnd = speech.at(-1)?.endMs ?? durationMs;
  // Where each cue starts; the first at the slide's start (as the generated voice's timelines do).
  const starts: (number | null)[] = cues.map(() => null);
  const placed: ('pause' | 'words')[] = [];
  starts[0] = 0;
  // Fixed points: the slide's speech start and each marked part start, snapped to its pause.
  const fixed: { cue: number; ms: number; onset: number }[] = [{ cue: 0, ms: speechStart, onset: -1 }];
  let used = -1;
  if (marks) {
    cues.forEach((cue, index) => {
      if (!cue.first || cue.partIndex === 0) return;
      const mark = marks[cue.partIndex];
      if (mark === undefined) return;
      const snapped = snapMark(mark, onsets, used);
      if (snapped !== null) used = snapped;
      const ms = snapped === null ? mark : (onsets[snapped]?.ms ?? mark);
      starts[index] = ms - (snapped === null ? 0 : CAPTION_LEAD_MS);
      fixed.push({ cue: index, ms, onset: snapped ?? used });
    });
  }
  fixed.push({ cue: cues.length, ms: speechEnd, onset: onsets.length });
  // Between fixed points, each cue boundary goes to the best pause in order, or to its estimate.
  for (let segment = 0; segment < fixed.length - 1; segment++) {
    const from = fixed[segment] as { cue: number; ms: number; onset: number };
    const to = fixed[segment + 1] as { cue: number; ms: number; onset: number };
    const boundaries: Boundary[] = [];
    let words = 0;
    for (let cue = from.cue; cue < to.cue; cue++) {
      if (cue > from.cue) boundaries.push({ cue, words });
      words += Math.max(1, countWords(cues[cue]?.text ?? ''));
    }
    const inside = onsets
      .map((onset, index) => ({ ...onset, index }))
      .filter((onset) => onset.index > from.onset && onset.index < to.onset && onset.ms > from.ms && onset.ms < to.ms);
    const segmentSpeech = clip(speech, from.ms, to.ms);
    const expected = boundaries.map((boundary) => atSpeechShare(segmentSpeech, boundary.words / words, from.ms));
    const chosen = assign(expected, inside);
    boundaries.forEach((boundary, index) => {
      const onset = chosen[index];
      starts[boundary.cue] =
        onset === undefined || onset === null ? (expected[index] ?? from.ms) : onset.ms - CAPTION_LEAD_MS;
      placed.push(onset === undefined || onset === null ? 'words' : 'pause');
    });
  }
  return { timeline: buildTimeline(cuesByPart, starts, durationMs, speechEnd), placed };
}

/** The pause a mark was pressed in or beside: speech resumes after it. */
function snapMark(mark: number, onsets: readonly { ms: number; pauseMs: number }[], after: number): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  onsets.forEach((onset, index) => {
    if (index <= after) return;
    const distance = distanceToPause(mark, onset);
    // A longer pause is the likelier place for a part to begin.
    const cost = distance - PAUSE_LENGTH_WEIGHT * Math.min(onset.pauseMs, PAUSE_LENGTH_CAP_MS);
    if (distance <= MARK_SNAP_MS && cost < bestDistance) {
      best = index;
      bestDistance = cost;
    }
  });
  return best;
}

/** The speech intervals inside [from, to]. */
function clip(speech: readonly Interval[], from: number, to: number): Interval[] {
  return speech
    .map((interval) => ({ startMs: Math.max(from, interval.startMs), endMs: Math.min(to, interval.endMs) }))
    .filter((interval) => interval.endMs > interval.startMs);
}

/** The moment by which `share` of the speaking time (pauses left out) has been spoken. */
function atSpeechShare(speech: readonly Interval[], share: number, fallback: number): number {
  const total = speech.reduce((sum, interval) => sum + interval.endMs - interval.startMs, 0);
  let left = share * total;
  for (const interval of speech) {
    const length = interval.endMs - interval.startMs;
    if (left <= length) return interval.startMs + left;
    left -= length;
  }
  return speech.at(-1)?.endMs ?? fallback;
}

/**
 * Gives each expected boundary (in order) a pause (in order, each used once) or none, at the least
 * total cost: the distance from its estimate to the pause, less a little for a longer pause; none costs
 * FALLBACK_COST_MS. Dynamic programming over boundaries × pauses.
 */
function assign<T extends { ms: number; pauseMs: number }>(
  expected: readonly number[],
  onsets: readonly T[],
): (T | null)[] {
  const rows = expected.length;
  const cols = onsets.length;
  // best[i][j]: least cost placing the first i boundaries using only the first j pauses.
  const best: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  const take: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = 1; i <= rows; i++) {
    (best[i] as number[])[0] = (best[i - 1]?.[0] ?? 0) + FALLBACK_COST_MS;
    (take[i] as number[])[0] = 0;
    for (let j = 1; j <= cols; j++) {
      const onset = onsets[j - 1] as T;
      const skipPause = best[i]?.[j - 1] ?? 0;
      const fallback = (best[i - 1]?.[j] ?? 0) + FALLBACK_COST_MS;
      const fit =
        distanceToPause(expected[i - 1] ?? 0, onset) -
        PAUSE_LENGTH_WEIGHT * Math.min(onset.pauseMs, PAUSE_LENGTH_CAP_MS);
      const usePause = fit < FALLBACK_COST_MS ? (best[i - 1]?.[j - 1] ?? 0) + fit : Number.POSITIVE_INFINITY;
      const least = Math.min(skipPause, fallback, usePause);
      (best[i] as number[])[j] = least;
      (take[i] as number[])[j] = least === usePause ? 2 : least === fallback ? 1 : 0;
    }
  }
  const chosen: (T | null)[] = new Array(rows).fill(null);
  let i = rows;
  let j = cols;
  while (i > 0) {
    const step = take[i]?.[j] ?? 1;
    if (j === 0 || step === 1) {
      chosen[i - 1] = null;
      i--;
    } else if (step === 2) {
      chosen[i - 1] = onsets[j - 1] ?? null;
      i--;
      j--;
    } else j--;
  }
  return chosen;
}

/**
 * How far a moment is from a pause: none inside it. Reckoned in speaking time, a pause is a single
 * point, so an estimate may land anywhere between the words before it and the words after.
 */
function distanceToPause(ms: number, onset: { ms: number; pauseMs: number }): number {
  const start = onset.ms - onset.pauseMs;
  return ms < start ? start - ms : ms > onset.ms ? ms - onset.ms : 0;
}

function buildTimeline(
  cuesByPart: readonly (readonly string[])[],
  starts: readonly (number | null)[],
  durationMs: number,
  speechEnd: number,
): SlideTimeline {
  let at = 0;
  const flat = starts.map((start) => {
    // Never earlier than the cue before: captions keep their order.
    at = Math.max(at, start ?? at);
    return Math.round(at);
  });
  let index = 0;
  const parts: TimedPart[] = cuesByPart.map((cues) => {
    const first = index;
    const timed = cues.map((text) => {
      const startMs = flat[index] ?? 0;
      index++;
      return { text, startMs, endMs: flat[index] ?? Math.round(speechEnd) };
    });
    return { startMs: flat[first] ?? 0, endMs: timed.at(-1)?.endMs ?? Math.round(speechEnd), cues: timed };
  });
  return { durationMs: Math.round(durationMs), parts };
}
