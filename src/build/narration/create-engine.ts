/** The engine the voice settings choose. */
import type { NarrationVoiceSettings } from '../../narration/index.ts';
import type { SpeechEngine } from './engine.ts';
import { espeakEngine, festivalEngine, fliteEngine } from './engines/index.ts';

export function createEngine(settings: NarrationVoiceSettings): SpeechEngine {
  switch (settings.engine) {
    case 'espeak-ng':
      return espeakEngine(settings);
    case 'flite':
      return fliteEngine(settings);
    case 'festival':
      return festivalEngine(settings);
    default:
      throw new Error(
        `Unknown narration engine in ${JSON.stringify(settings satisfies never)}. Fix: set engine to espeak-ng, flite or festival in src/build/narration/voice-settings.ts.`,
      );
  }
}
