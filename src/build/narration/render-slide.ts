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

export async function renderSlide(
  placed: PlacedSlide,
  synthesizer: Synthesizer,
  voice: NarrationVoiceSettings,
): Promise<RenderedSlide> {
  const samplesPerMs = voice.sampleRateHz / 1000;
  const gap = new Int16Array(Math.round(voice.partGapMs * samplesPerMs));
  const pieces: Int16Array[] = [];
  const parts: TimedPart[] = [];
  let atMs = 0;
  placed.script.forEach((part, index) => {
    if (index > 0) {
      pieces.push(gap);
      atMs += voice.partGapMs;
    }
    const utterance = synthesizer.speak(part);
    const endMs = atMs + utterance.samples.length / samplesPerMs;
    const cues = timeCues(part, splitCues(part), utterance.words, atMs, endMs);
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
  const mp3 = await encodeMp3(samples, voice.sampleRateHz, voice.bitrateKbps);
  return { mp3, timeline: { durationMs: Math.round(atMs), parts } };
}
