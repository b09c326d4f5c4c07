/**
 * What every narration voice (the deck's audio file, the browser's speech, captions on a timer)
 * obeys and reports. All start the same way, so the narration's one fallback can hand a slide from
 * one voice to the next.
 */
import type { CuePosition } from '../../narration/index.ts';
import type { SlideScript } from './slide-script.ts';

export interface VoiceListener {
  /** A cue starts being said: show it, and reveal its part's fragment step. */
  onCue(position: CuePosition): void;
  /** The slide has been said to its end. */
  onEnd(): void;
  /** The browser refused to start sound without a person's action. */
  onBlocked(): void;
  /** This voice cannot say this slide; `reason` as a person reads it ("its audio did not load"). */
  onFail(reason: string): void;
}

export interface Voice {
  /** Says the slide's script from part `fromPart` on, reporting to its listener. */
  start(script: SlideScript, fromPart: number): void;
  /** Holds where it is; `resume` goes on from there. */
  pause(): void;
  resume(): void;
  /** Stops, forgetting the slide; no report comes after this. */
  stop(): void;
  /** Speed, a multiple of the voice's own pace, for this and later slides. */
  setRate(rate: number): void;
  destroy(): void;
}
