/** Renders one slide's script to audio, with each caption cue timed by the synthesizer's words. */
import type { PlacedSlide } from '../../model/index.ts';
import {
  type NarrationVoiceSettings,
  type SlideTimeline,
  splitCues,
  type TimedPart,
  timeCues,
} from '../../narration/index.ts';
import type { Synthesizer } from './espeak.ts';
import { encodeMp3 } from './mp3.ts';

export interface RenderedSlide {
  readonly mp3: Uint8Array;
  readonly timeline: SlideTimeline;
}

/** How the voice should say a text the script spells for the page ("Rocky IV" said "Rocky Four"). */
export type SpokenForm = (written: string) => string;

export async function renderSlide(
  placed: PlacedSlide,
  synthesizer: Synthesizer,
  voice: NarrationVoiceSettings,
  spoken: SpokenForm,
): Promise<RenderedSlide> {
  const samplesPerMs = synthesizer.sampleRateHz / 1000;
  const gap = new Int16Array(Math.round(voice.partGapMs * samplesPerMs));
  const pieces: Int16Array[] = [];
  const parts: TimedPart[] = [];
  let atMs = 0;
  placed.script.forEach((part, index) => {
    if (index > 0) {
      pieces.push(gap);
      atMs += voice.partGapMs;
    }
    // Captions show the written cues; the voice says each cue's spoken form, timed cue by cue.
    const written = splitCues(part);
    const said = written.map(spoken);
    const utterance = synthesizer.speak(said.join(' '));
    const endMs = atMs + utterance.samples.length / samplesPerMs;
    const cues = timeCues(said.join(' '), said, utterance.words, atMs, endMs).map((cue, cueIndex) => ({
      ...cue,
      text: written[cueIndex] ?? cue.text,
    }));
    parts.push({ startMs: Math.round(atMs), endMs: Math.round(endMs), cues });
    pieces.push(utterance.samples);
    atMs = endMs;
  });
  const samples = new Int16Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    samples.set(piece, at);
    at += piece.length;
  }
  const mp3 = await encodeMp3(samples, synthesizer.sampleRateHz, voice);
  return { mp3, timeline: { durationMs: Math.round(atMs), parts } };
}
