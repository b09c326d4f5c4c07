/**
 * When each caption cue is spoken within a slide's narration, in milliseconds from its start.
 * Pure: the build times cues from the synthesizer's word timings; the browser times recordings and
 * the silent fallback by word count.
 */
import { countWords } from '../model/text.ts';

export interface TimedCue {
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** One script part: said on arrival (part 0) or as fragment step N appears (part N). */
export interface TimedPart {
  readonly startMs: number;
  readonly endMs: number;
  readonly cues: readonly TimedCue[];
}

export interface SlideTimeline {
  readonly durationMs: number;
  readonly parts: readonly TimedPart[];
}

/** A word as the synthesizer reports it: where it starts in the part's text, and when it is said. */
export interface WordTiming {
  /** Index of the word's first character in the part's text. */
  readonly offset: number;
  /** When the word starts, from the start of the part's audio. */
  readonly ms: number;
}

/** A cue's place in a slide: which part, which cue of that part. */
export interface CuePosition {
  readonly part: number;
  readonly cue: number;
}

export class CueTimingError extends Error {
  override readonly name = 'CueTimingError';
}

/**
 * Times a part's cues from the synthesizer's word timings: a cue starts when its first word does
 * (the first cue at the part's start), and lasts until the next cue starts or the part ends.
 */
export function timeCues(
  partText: string,
  cues: readonly string[],
  words: readonly WordTiming[],
  partStartMs: number,
  partEndMs: number,
): TimedCue[] {
  let cursor = 0;
  const ranges = cues.map((cue) => {
    const start = partText.indexOf(cue, cursor);
    if (start < 0) {
      throw new CueTimingError(
        `The cue "${cue}" is not in the part "${partText}". Fix: split cues from the same text that was spoken.`,
      );
    }
    cursor = start + cue.length;
    return { start, end: cursor };
  });
  // The first cue opens the part; each later one starts with its first timed word, never earlier.
  const starts: number[] = [partStartMs];
  for (const range of ranges.slice(1)) {
    const previous = starts.at(-1) ?? partStartMs;
    const word = words.find((candidate) => candidate.offset >= range.start && candidate.offset < range.end);
    starts.push(word ? Math.max(previous, partStartMs + word.ms) : previous);
  }
  return cues.map((text, index) => ({
    text,
    startMs: round(starts[index] ?? partStartMs),
    endMs: round(starts[index + 1] ?? partEndMs),
  }));
}

/**
 * Spreads cues over a duration in proportion to their words: how a person's recording (whose
 * words were not timed) and the silent fallback (timed by the deck's speaking pace) are captioned.
 */
export function proportionalTimeline(cuesByPart: readonly (readonly string[])[], durationMs: number): SlideTimeline {
  const weights = cuesByPart.map((cues) => cues.map((cue) => Math.max(1, countWords(cue))));
  const totalWeight = weights.flat().reduce((sum, weight) => sum + weight, 0) || 1;
  let at = 0;
  const parts = cuesByPart.map((cues, partIndex) => {
    const startMs = at;
    const timed = cues.map((text, cueIndex) => {
      const cueStart = at;
      at += (durationMs * (weights[partIndex]?.[cueIndex] ?? 1)) / totalWeight;
      return { text, startMs: round(cueStart), endMs: round(at) };
    });
    return { startMs: round(startMs), endMs: round(at), cues: timed };
  });
  return { durationMs: round(durationMs), parts };
}

/** The cue being said at a moment, or the last one once the narration has run past its end. */
export function cueAt(timeline: SlideTimeline, ms: number): CuePosition {
  let found: CuePosition = { part: 0, cue: 0 };
  timeline.parts.forEach((part, partIndex) => {
    part.cues.forEach((cue, cueIndex) => {
      if (cue.startMs <= ms) found = { part: partIndex, cue: cueIndex };
    });
  });
  return found;
}

/** Every cue from one position (exclusive) to another (inclusive), in order: none are skipped. */
export function cuesBetween(timeline: SlideTimeline, from: CuePosition | null, to: CuePosition): CuePosition[] {
  const all = timeline.parts.flatMap((part, partIndex) => part.cues.map((_, cue) => ({ part: partIndex, cue })));
  const index = (position: CuePosition) =>
    all.findIndex((candidate) => candidate.part === position.part && candidate.cue === position.cue);
  return all.slice(from ? index(from) + 1 : 0, index(to) + 1);
}

/** True when the timeline captions exactly these cues (the audio was made for this script). */
export function timelineMatches(timeline: SlideTimeline, cuesByPart: readonly (readonly string[])[]): boolean {
  return (
    timeline.parts.length === cuesByPart.length &&
    timeline.parts.every((part, index) => {
      const cues = cuesByPart[index] ?? [];
      return part.cues.length === cues.length && part.cues.every((cue, cueIndex) => cue.text === cues[cueIndex]);
    })
  );
}

function round(ms: number): number {
  return Math.round(ms);
}
