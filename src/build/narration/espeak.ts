/**
 * Speech from eSpeak NG compiled to WebAssembly (GPL-3.0: a build-time tool, never bundled into
 * the deck). It reports when each word starts, which is what the captions are timed by.
 */
import initialize, { type ESpeakNGWorker } from '@echogarden/espeak-ng-emscripten';
import type { NarrationVoiceSettings, WordTiming } from '../../narration/index.ts';

export interface Utterance {
  /** 16-bit mono samples at the synthesizer's sample rate. */
  readonly samples: Int16Array;
  /** Each word's start, with its offset in the text that was given. */
  readonly words: readonly WordTiming[];
}

export interface Synthesizer {
  /** The rate of the samples it makes (eSpeak NG: 22,050 Hz). */
  readonly sampleRateHz: number;
  speak(text: string): Utterance;
}

/**
 * A fresh eSpeak NG engine. eSpeak keeps state from one utterance to the next (its noise source
 * among it), and a new worker in the same engine does not reset it, so the same words said after
 * other words come out different: each slide gets an engine of its own, so its audio depends on
 * its script alone and re-rendering an unchanged slide gives the same file.
 */
export async function createSynthesizer(voice: NarrationVoiceSettings): Promise<Synthesizer> {
  const module = await initialize();
  const worker: ESpeakNGWorker = new module.eSpeakNGWorker();
  worker.set_voice(voice.voice);
  worker.set_rate(voice.espeakRate);
  worker.set_pitch(voice.pitch);
  return {
    sampleRateHz: worker.samplerate,
    speak(text) {
      const { spoken, sourceIndex } = speakable(text);
      const chunks: Int16Array[] = [];
      const words: WordTiming[] = [];
      worker.synthesize(spoken, (samples, events) => {
        if (samples && samples.length > 0) chunks.push(Int16Array.from(samples));
        for (const event of events) {
          if (event.type !== 'word' || event.word_length === 0) continue;
          const offset = sourceIndex[event.text_position - 1];
          if (offset !== undefined) words.push({ offset, ms: event.audio_position });
        }
      });
      return { samples: concat(chunks), words };
    },
  };
}

/**
 * eSpeak reads its input as SSML, so markup characters are spoken as words instead, keeping a map
 * from each spoken character back to the script's, so word timings point into the script.
 */
export function speakable(text: string): { spoken: string; sourceIndex: number[] } {
  let spoken = '';
  const sourceIndex: number[] = [];
  let index = 0;
  for (const char of text) {
    const replacement = char === '&' ? ' and ' : char === '<' || char === '>' ? ' ' : char;
    for (const _ of replacement) sourceIndex.push(index);
    spoken += replacement;
    index += char.length;
  }
  return { spoken, sourceIndex };
}

function concat(chunks: readonly Int16Array[]): Int16Array {
  const all = new Int16Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}
