/**
 * A stand-in for a person's take, for the recording tests and bench: a slide's cues said by the
 * deck's voice, one utterance each, joined with uneven pauses of known length over a faint noise
 * floor, so where every caption's words start is known exactly.
 */
import { splitCues } from '../../narration/index.ts';
import type { NarrationVoice } from './cache.ts';
import { createEngine } from './create-engine.ts';
import { speechSpan, type Utterance } from './engine.ts';
import { concatSamples, samplesFor } from './pcm.ts';

/** Pauses between cues, in turn: short and long mixed, as a person speaks (not the voice's even ones). */
export const UNEVEN_PAUSES_MS = [320, 1150, 480, 1650, 260, 850, 2100, 380, 700, 1300] as const;
/** A breath at a comma inside a caption: a pause that starts no caption, which the alignment must pass over. */
export const COMMA_PAUSE_MS = 300;
/** A pause where a new part begins (the presenter looks at the slide, presses →). */
export const PART_PAUSE_MS = 1800;
/** The room's hiss: a person's silence is never digital zero. */
const NOISE_AMPLITUDE = 40;

export interface UnevenTake {
  readonly samples: Int16Array;
  readonly sampleRateHz: number;
  /** Where each cue's first word starts, in ms, cues in slide order. */
  readonly cueStartsMs: readonly number[];
  /** Where each part's first word starts, in ms. */
  readonly partStartsMs: readonly number[];
  /** The middle of the pause before each part after the first: where a presenter presses →. */
  readonly markMomentsMs: readonly number[];
}

/** A cue as the take says it: in pieces cut at its commas, each an utterance, with a breath between. */
export function commaPieces(cue: string): string[] {
  return cue.split(/(?<=,)\s+/).filter((piece) => piece.trim() !== '');
}

/**
 * Joins each cue's pieces (cues in part order; `utterances[i]` holds cue i's pieces said) with
 * `leadMs` of room tone before and `tailMs` after.
 */
export function unevenTake(
  cuesByPart: readonly (readonly string[])[],
  utterances: readonly (readonly Utterance[])[],
  leadMs: number,
  tailMs: number,
): UnevenTake {
  const sampleRateHz = utterances[0]?.[0]?.sampleRateHz ?? 16_000;
  const pieces: Int16Array[] = [];
  let length = 0;
  const push = (piece: Int16Array) => {
    pieces.push(piece);
    length += piece.length;
  };
  const nowMs = () => (length * 1000) / sampleRateHz;
  const silence = (ms: number) => push(new Int16Array(samplesFor(ms, sampleRateHz)));
  const cueStartsMs: number[] = [];
  const partStartsMs: number[] = [];
  const markMomentsMs: number[] = [];
  let next = 0;
  silence(leadMs);
  cuesByPart.forEach((cues, partIndex) => {
    cues.forEach((_, cueIndex) => {
      const pieces = utterances[next] ?? [];
      if (next > 0) {
        const pause = cueIndex === 0 ? PART_PAUSE_MS : (UNEVEN_PAUSES_MS[(next - 1) % UNEVEN_PAUSES_MS.length] ?? 500);
        if (cueIndex === 0) markMomentsMs.push(nowMs() + pause / 2);
        silence(pause);
      }
      cueStartsMs.push(nowMs());
      if (cueIndex === 0) partStartsMs[partIndex] = nowMs();
      pieces.forEach((utterance, pieceIndex) => {
        if (pieceIndex > 0) silence(COMMA_PAUSE_MS);
        push(wordsOf(utterance));
      });
      next++;
    });
  });
  silence(tailMs);
  const samples = concatSamples(pieces);
  // A deterministic hiss, so the same cues always give the same take.
  let seed = 1;
  for (let index = 0; index < samples.length; index++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    samples[index] = Math.max(
      -32_768,
      Math.min(32_767, (samples[index] ?? 0) + ((seed / 2_147_483_648) * 2 - 1) * NOISE_AMPLITUDE),
    );
  }
  return { samples, sampleRateHz, cueStartsMs, partStartsMs, markMomentsMs };
}

/**
 * A slide's script said by the voice as an uneven take, scaled by `gain` (a microphone's level,
 * below what processing brings it to).
 */
export async function sayUnevenTake(
  script: readonly string[],
  voice: NarrationVoice,
  options: { readonly leadMs: number; readonly tailMs: number; readonly gain: number },
): Promise<UnevenTake> {
  const cuesByPart = script.map((part) => splitCues(part));
  const pieces = cuesByPart.flat().map((cue) => commaPieces(voice.spoken(cue)));
  const said = await createEngine(voice.settings).speak(pieces.flat());
  const take = unevenTake(
    cuesByPart,
    pieces.map((cue) => said.splice(0, cue.length)),
    options.leadMs,
    options.tailMs,
  );
  return { ...take, samples: take.samples.map((sample) => Math.round(sample * options.gain)) };
}

/** An utterance cut to its words as the engine timed them (with the release of the last sound). */
function wordsOf(utterance: Utterance): Int16Array {
  const rate = utterance.sampleRateHz;
  const span = speechSpan(utterance) ?? { startMs: 0, endMs: (utterance.samples.length * 1000) / rate };
  const to = Math.min(utterance.samples.length, samplesFor(span.endMs + 60, rate));
  return utterance.samples.subarray(samplesFor(span.startMs, rate), to);
}

/** Caption timing against the truth: the share within `withinMs`, the mean and the worst error. */
export function timingErrors(
  captionStartsMs: readonly number[],
  truthMs: readonly number[],
  withinMs = 250,
): { share: number; meanMs: number; worstMs: number; errorsMs: number[] } {
  const errorsMs = truthMs.map((truth, index) => Math.abs((captionStartsMs[index] ?? 0) - truth));
  const within = errorsMs.filter((error) => error <= withinMs).length;
  return {
    share: errorsMs.length > 0 ? within / errorsMs.length : 1,
    meanMs: errorsMs.reduce((sum, error) => sum + error, 0) / Math.max(1, errorsMs.length),
    worstMs: Math.max(0, ...errorsMs),
    errorsMs,
  };
}
