/**
 * The one thing the narration renderer asks of a speech engine: say these texts, each as its own
 * utterance, and tell me where in the sound its words are. Everything else (pauses, captions,
 * encoding, caching) is the renderer's, so an engine is small and a recording can stand in for one.
 */
import type { NarrationEngine } from '../../narration/index.ts';

/** A stretch of an utterance as the engine timed it: a word or a phone, or a pause between them. */
export interface TimedSegment {
  /** The word or phone the engine reports ('pau' for Flite's and Festival's silences). */
  readonly label: string;
  readonly startMs: number;
  readonly endMs: number;
  /** True for the engine's own silences (its lead-in, tail and phrase breaks). */
  readonly pause: boolean;
}

export interface Utterance {
  /** 16-bit mono samples. */
  readonly samples: Int16Array;
  readonly sampleRateHz: number;
  /** The engine's own timings, in order, from the start of `samples`. */
  readonly segments: readonly TimedSegment[];
}

export interface SpeechEngine {
  readonly name: NarrationEngine;
  /**
   * Says each text as an utterance of its own, in order. One call is one fresh engine: what it said
   * for an earlier call cannot colour this one, so the same texts always give the same samples.
   */
  speak(texts: readonly string[]): Promise<Utterance[]>;
}

/** The chosen engine cannot run on this machine; the message says what to install. */
export class EngineUnavailableError extends Error {
  override readonly name = 'EngineUnavailableError';
}

/** An engine ran but failed on a text; the message names the engine, the text and the fix. */
export class EngineFailedError extends Error {
  override readonly name = 'EngineFailedError';
}

/** Where the words of an utterance begin and end: its first and last segment that is not a pause. */
export function speechSpan(utterance: Utterance): { startMs: number; endMs: number } | null {
  const spoken = utterance.segments.filter((segment) => !segment.pause);
  const first = spoken[0];
  const last = spoken.at(-1);
  return first && last ? { startMs: first.startMs, endMs: last.endMs } : null;
}

/**
 * Texts as the plain-ASCII engines want them: typographic quotes and dashes made plain, an
 * ellipsis a comma's pause (a leading one dropped), and nothing a Scheme string or a shell would trip on.
 */
export function plainSpeech(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/^\s*…\s*/, '')
    .replace(/\s*…\s*/g, ', ')
    .replace(/\s*[—–]\s*/g, ', ')
    .replace(/[\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
