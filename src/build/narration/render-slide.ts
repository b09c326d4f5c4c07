/**
 * Renders one slide's script: the engine says each caption cue on its own, and the cues are joined
 * with silences of known length, so each caption starts exactly when its words do, whatever the
 * engine. `joinUtterances` is the engine-free half, for anything that hands it timed speech.
 */
import {
  type GeneratedAudioType,
  type NarrationPauses,
  type NarrationVoiceSettings,
  type SlideTimeline,
  splitCues,
  type TimedCue,
  type TimedPart,
} from '../../narration/index.ts';
import type { NarrationVoice } from './cache.ts';
import { type SpeechEngine, speechSpan, type Utterance } from './engine.ts';
import { encodeMp3, mp3DelayMs } from './mp3.ts';
import { encodeWebmOpus } from './opus.ts';
import { concatSamples, lowpass, samplesFor } from './pcm.ts';

/** Sound kept before a cue's first word as the engine timed it, so no onset is clipped. */
export const ONSET_MARGIN_MS = 20;
/** Sound kept after its last word, for the release of the final sound. */
export const RELEASE_MARGIN_MS = 60;

/** A cue that ends its sentence (., ?, ! or … with any closing quote); other cues end at a clause. */
const SENTENCE_END = /[.!?…]["”’')\]]*$/;

/** A slide's audio in each format, and when its parts and cues are said (the same in every file). */
export interface RenderedSlide {
  readonly audio: Readonly<Record<GeneratedAudioType, Uint8Array>>;
  readonly timeline: SlideTimeline;
}

export async function renderSlide(
  script: readonly string[],
  engine: SpeechEngine,
  voice: NarrationVoice,
): Promise<RenderedSlide> {
  // Captions show the written cues; the engine says each cue's spoken form.
  const cuesByPart = script.map((part) => splitCues(part));
  const utterances = await engine.speak(cuesByPart.flat().map(voice.spoken));
  const joined = joinUtterances(cuesByPart, utterances, voice.settings.pauses);
  return {
    audio: await encodeSpeech(joined, voice.settings),
    timeline: delayTimeline(joined.timeline, mp3DelayMs(voice.settings.mp3)),
  };
}

/**
 * The joined speech in every format. A moment is heard in the MP3 its decoder delay later than it
 * was encoded (no gapless header says to drop it), so the Opus file is given that much silence
 * first: both say every word at the same moment, and one timeline serves both.
 */
export async function encodeSpeech(
  speech: Pick<JoinedSpeech, 'samples' | 'sampleRateHz'>,
  settings: NarrationVoiceSettings,
): Promise<Record<GeneratedAudioType, Uint8Array>> {
  const { mp3, opus, lowpassHz } = settings;
  if (speech.sampleRateHz < mp3.sampleRateHz) {
    throw new JoinError(
      `The ${settings.engine} voice speaks at ${speech.sampleRateHz} Hz, below the MP3's ${mp3.sampleRateHz} Hz, and the encoder makes near silence of it. Fix: pick a voice that speaks at ${mp3.sampleRateHz} Hz or more (Flite's kal16, not kal).`,
    );
  }
  const samples = lowpassHz ? lowpass(speech.samples, speech.sampleRateHz, lowpassHz) : speech.samples;
  const delay = new Int16Array(samplesFor(mp3DelayMs(mp3), speech.sampleRateHz));
  return {
    'audio/webm; codecs="opus"': await encodeWebmOpus(concatSamples([delay, samples]), speech.sampleRateHz, opus),
    'audio/mpeg': await encodeMp3(samples, speech.sampleRateHz, mp3),
  };
}

export interface JoinedSpeech {
  readonly samples: Int16Array;
  readonly sampleRateHz: number;
  readonly timeline: SlideTimeline;
}

export class JoinError extends Error {
  override readonly name = 'JoinError';
}

/**
 * Joins one utterance per cue (cues in part order) into a slide: each cut to its words (with small
 * margins), then the slide's lead-in, the pause each cue boundary calls for, and the tail. A cue
 * starts at its first word; the first cue and the first part start with the slide.
 */
export function joinUtterances(
  cuesByPart: readonly (readonly string[])[],
  utterances: readonly Utterance[],
  pauses: NarrationPauses,
): JoinedSpeech {
  const count = cuesByPart.reduce((sum, cues) => sum + cues.length, 0);
  if (utterances.length !== count) {
    throw new JoinError(
      `${utterances.length} utterances were given for ${count} cues. Fix: say each cue as one utterance.`,
    );
  }
  const sampleRateHz = utterances[0]?.sampleRateHz ?? 16_000;
  const pieces: Int16Array[] = [];
  let length = 0;
  const push = (piece: Int16Array) => {
    pieces.push(piece);
    length += piece.length;
  };
  const nowMs = () => (length * 1000) / sampleRateHz;
  const silence = (ms: number) => push(new Int16Array(samplesFor(Math.max(0, ms), sampleRateHz)));

  let next = 0;
  let previousCue: string | null = null;
  const parts: TimedPart[] = [];
  silence(pauses.slideLeadMs - ONSET_MARGIN_MS);
  cuesByPart.forEach((cues, partIndex) => {
    const cueStarts: number[] = [];
    cues.forEach((cue, cueIndex) => {
      const utterance = utterances[next++] as Utterance;
      if (utterance.sampleRateHz !== sampleRateHz) {
        throw new JoinError(
          `The cue "${cue}" came at ${utterance.sampleRateHz} Hz, the slide's first at ${sampleRateHz} Hz. Fix: have one engine say the whole slide.`,
        );
      }
      if (previousCue !== null) {
        const pause = partIndex > 0 && cueIndex === 0 ? pauses.partMs : pauseAfter(previousCue, pauses);
        silence(pause - RELEASE_MARGIN_MS - ONSET_MARGIN_MS);
      }
      const words = trimToWords(utterance);
      cueStarts.push(nowMs() + words.onsetMs);
      push(words.samples);
      previousCue = cue;
    });
    const endMs = nowMs();
    const startMs = partIndex === 0 ? 0 : (cueStarts[0] ?? endMs);
    const timed: TimedCue[] = cues.map((text, index) => ({
      text,
      startMs: Math.round(partIndex === 0 && index === 0 ? 0 : (cueStarts[index] ?? endMs)),
      endMs: Math.round(cueStarts[index + 1] ?? endMs),
    }));
    parts.push({ startMs: Math.round(startMs), endMs: Math.round(endMs), cues: timed });
  });
  silence(pauses.slideTailMs - RELEASE_MARGIN_MS);
  return { samples: concatSamples(pieces), sampleRateHz, timeline: { durationMs: Math.round(nowMs()), parts } };
}

function pauseAfter(cue: string, pauses: NarrationPauses): number {
  return SENTENCE_END.test(cue.trim()) ? pauses.sentenceMs : pauses.clauseMs;
}

/** An utterance cut to its words as the engine timed them, keeping the margins where it has sound. */
function trimToWords(utterance: Utterance): { samples: Int16Array; onsetMs: number } {
  const span = speechSpan(utterance);
  if (!span) return { samples: utterance.samples, onsetMs: 0 };
  const rate = utterance.sampleRateHz;
  const from = Math.max(0, samplesFor(span.startMs - ONSET_MARGIN_MS, rate));
  const to = Math.min(utterance.samples.length, samplesFor(span.endMs + RELEASE_MARGIN_MS, rate));
  return { samples: utterance.samples.subarray(from, to), onsetMs: span.startMs - (from * 1000) / rate };
}

/**
 * Moves every moment after the slide's start by the MP3's delay: a decoder gives back the encoder's
 * priming samples first (no gapless header says how many), so the words are heard that much later
 * (and the Opus file is made to match, see encodeSpeech).
 */
export function delayTimeline(timeline: SlideTimeline, delayMs: number): SlideTimeline {
  const later = (ms: number) => (ms === 0 ? 0 : Math.round(ms + delayMs));
  return {
    durationMs: Math.round(timeline.durationMs + delayMs),
    parts: timeline.parts.map((part) => ({
      startMs: later(part.startMs),
      endMs: later(part.endMs),
      cues: part.cues.map((cue) => ({ ...cue, startMs: later(cue.startMs), endMs: later(cue.endMs) })),
    })),
  };
}
