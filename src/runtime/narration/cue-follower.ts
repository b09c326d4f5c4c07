import { type CuePosition, cueAt, cuesBetween, type SlideTimeline } from '../../narration/index.ts';

/** Turns a moving play position into cue events, in order, none skipped even at 16× speed. */
export class CueFollower {
  private readonly timeline: SlideTimeline;
  private last: CuePosition | null;
  private readonly onCue: (position: CuePosition) => void;

  constructor(timeline: SlideTimeline, fromPart: number, onCue: (position: CuePosition) => void) {
    this.timeline = timeline;
    this.onCue = onCue;
    // Cues of earlier parts were said before; the first cue of fromPart is due now.
    const previousPart = timeline.parts[fromPart - 1];
    this.last = previousPart ? { part: fromPart - 1, cue: previousPart.cues.length - 1 } : null;
  }

  /** Where the part starts in the audio. */
  partStartMs(part: number): number {
    return this.timeline.parts[part]?.startMs ?? 0;
  }

  get durationMs(): number {
    return this.timeline.durationMs;
  }

  advanceTo(ms: number): void {
    const now = cueAt(this.timeline, ms);
    for (const position of cuesBetween(this.timeline, this.last, now)) {
      this.last = position;
      this.onCue(position);
    }
  }

  /** Says every cue left, for when the audio ends before a tick saw its last cues. */
  finish(): void {
    this.advanceTo(Number.POSITIVE_INFINITY);
  }
}
