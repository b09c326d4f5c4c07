/**
 * No voice at all: captions shown for as long as their words take at the deck's speaking pace,
 * for a slide whose audio is missing where the browser has no voices either.
 */
import { proportionalTimeline } from '../../narration/index.ts';
import { CueFollower } from './cue-follower.ts';
import type { SlideScript } from './slide-script.ts';
import type { Voice, VoiceListener } from './voice.ts';

const TICK_MS = 40;

export class TimedVoice implements Voice {
  private readonly listener: VoiceListener;
  private follower: CueFollower | null = null;
  private timer: number | undefined;
  /** Position in the slide's time when the clock was last (re)started, and when that was. */
  private baseMs = 0;
  private since: number | null = null;
  private rate = 1;

  constructor(listener: VoiceListener) {
    this.listener = listener;
  }

  start(script: SlideScript, fromPart: number): void {
    this.stop();
    this.follower = new CueFollower(proportionalTimeline(script.cues, script.timingMs), fromPart, (position) =>
      this.listener.onCue(position),
    );
    this.baseMs = this.follower.partStartMs(fromPart);
    this.resume();
  }

  pause(): void {
    this.baseMs = this.positionMs();
    this.since = null;
    window.clearInterval(this.timer);
  }

  resume(): void {
    if (!this.follower || this.since !== null) return;
    this.since = performance.now();
    this.tick();
    this.timer = window.setInterval(() => this.tick(), TICK_MS);
  }

  stop(): void {
    this.pause();
    this.follower = null;
  }

  setRate(rate: number): void {
    this.baseMs = this.positionMs();
    if (this.since !== null) this.since = performance.now();
    this.rate = rate;
  }

  destroy(): void {
    this.stop();
  }

  private positionMs(): number {
    return this.since === null ? this.baseMs : this.baseMs + (performance.now() - this.since) * this.rate;
  }

  private tick(): void {
    const follower = this.follower;
    if (!follower) return;
    const at = this.positionMs();
    follower.advanceTo(at);
    if (at >= follower.durationMs) {
      this.stop();
      this.listener.onEnd();
    }
  }
}
