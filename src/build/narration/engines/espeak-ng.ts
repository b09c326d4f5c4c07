/**
 * eSpeak NG compiled to WebAssembly (GPL-3.0: a build-time tool, never bundled into the deck).
 * It reports when each word starts and where each clause ends, which is where its words are.
 */
import initialize, { type ESpeakNGWorker, type EspeakEvent } from '@echogarden/espeak-ng-emscripten';
import type { EspeakVoiceSettings } from '../../../narration/index.ts';
import type { SpeechEngine, TimedSegment, Utterance } from '../engine.ts';
import { concatSamples } from '../pcm.ts';

/**
 * Each call gets a fresh eSpeak NG engine. eSpeak keeps state from one utterance to the next (its
 * noise source among it), and a new worker in the same engine does not reset it, so the same words
 * said after other words come out different: one engine per call (per slide) makes a slide's audio
 * depend on its script alone.
 */
export function espeakEngine(voice: EspeakVoiceSettings): SpeechEngine {
  return {
    name: 'espeak-ng',
    async speak(texts) {
      const module = await initialize();
      const worker: ESpeakNGWorker = new module.eSpeakNGWorker();
      worker.set_voice(voice.voice);
      worker.set_rate(voice.espeakRate);
      worker.set_pitch(voice.pitch);
      return texts.map((text) => say(worker, text));
    },
  };
}

function say(worker: ESpeakNGWorker, text: string): Utterance {
  const chunks: Int16Array[] = [];
  const events: EspeakEvent[] = [];
  const spoken = speakable(text);
  worker.synthesize(spoken, (samples, chunkEvents) => {
    if (samples && samples.length > 0) chunks.push(Int16Array.from(samples));
    events.push(...chunkEvents);
  });
  const samples = concatSamples(chunks);
  return { samples, sampleRateHz: worker.samplerate, segments: wordSegments(events, spoken) };
}

/** Words from eSpeak's events: each lasts until the next word starts, the last until its clause ends. */
export function wordSegments(events: readonly EspeakEvent[], text: string): TimedSegment[] {
  const words = events.filter((event) => event.type === 'word' && event.word_length > 0);
  const lastEnd = events.filter((event) => event.type === 'end').at(-1)?.audio_position;
  return words.map((word, index) => {
    const next = words[index + 1]?.audio_position;
    const endMs = next ?? Math.max(word.audio_position, lastEnd ?? word.audio_position);
    const label = text.slice(word.text_position - 1, word.text_position - 1 + word.word_length);
    return { label, startMs: word.audio_position, endMs, pause: false };
  });
}

/** eSpeak reads its input as SSML, so markup characters are said as words or left out instead. */
export function speakable(text: string): string {
  return text.replace(/&/g, ' and ').replace(/[<>]/g, ' ');
}
