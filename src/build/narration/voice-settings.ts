import type { NarrationVoiceSettings } from '../../narration/index.ts';

/**
 * The generated voice. eSpeak's rate 135 speaks about 150 words a minute, the pace the deck's
 * pacing assumes (DEFAULT_DECK_CONFIG.wordsPerMinute); 24 kbit/s mono MP3 is 180 KB a minute.
 */
export const NARRATION_VOICE: NarrationVoiceSettings = {
  engine: 'espeak-ng',
  voice: 'en-us',
  lang: 'en-US',
  espeakRate: 135,
  pitch: 48,
  sampleRateHz: 22_050,
  bitrateKbps: 24,
  partGapMs: 450,
};
