/** What every narration voice (audio file, browser speech, silent timer) reports and obeys. */
import type { CuePosition } from '../../narration/index.ts';

export interface VoiceListener {
  /** A cue starts being said: show it, and reveal its part's fragment step. */
  onCue(position: CuePosition): void;
  /** The slide has been said to its end. */
  onEnd(): void;
  /** The browser refused to start sound without a person's action. */
  onBlocked(): void;
  /** This voice cannot say this slide (audio missing, broken or refused): fall back. */
  onFail(reason: string): void;
}

export interface Voice {
  pause(): void;
  resume(): void;
  stop(): void;
  setRate(rate: number): void;
  destroy(): void;
}
