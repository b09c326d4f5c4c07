import { type Pronunciation, spokenText } from '../../model/index.ts';
import type { NarrationVoiceSettings } from '../../narration/index.ts';
import type { NarrationVoice } from './cache.ts';

/**
 * The generated voice. eSpeak's rate 135 speaks about 150 words a minute, the pace the deck's
 * pacing assumes (DEFAULT_DECK_CONFIG.wordsPerMinute); 24 kbit/s mono MP3 is 180 KB a minute.
 * eSpeak speaks at 22,050 Hz; at 24 kbit/s LAME codes speech best at 16 kHz (its own choice for
 * that bitrate), so the MP3 is made at 16 kHz, stated here rather than left to the encoder.
 */
export const NARRATION_VOICE_SETTINGS: NarrationVoiceSettings = {
  engine: 'espeak-ng',
  voice: 'en-us',
  lang: 'en-US',
  espeakRate: 135,
  pitch: 48,
  mp3SampleRateHz: 16_000,
  bitrateKbps: 24,
  partGapMs: 450,
};

/** A deck's voice: these settings, saying the deck's spoken forms (its module's `pronunciation`). */
export function narrationVoice(pronunciation: Pronunciation): NarrationVoice {
  return { settings: NARRATION_VOICE_SETTINGS, spoken: (text) => spokenText(text, pronunciation) };
}
