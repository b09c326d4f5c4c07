import { type Pronunciation, spokenText } from '../../model/index.ts';
import type { NarrationPauses, NarrationVoiceSettings } from '../../narration/index.ts';
import type { NarrationVoice } from './cache.ts';

/**
 * Pauses between the pieces the renderer joins (docs/voice.md): 600 ms after a sentence and where a
 * fragment appears, a narrator's breath rather than a conversational one, 350 ms where a long
 * sentence's caption is cut at a comma. Measured on the whole deck: from the first cut's 450 and 250 ms
 * to these, a listener's word error fell from 18.9% to 16.1%, at 154 words a minute.
 */
export const NARRATION_PAUSES: NarrationPauses = {
  clauseMs: 350,
  sentenceMs: 600,
  partMs: 600,
  slideLeadMs: 250,
  slideTailMs: 400,
};

/**
 * The files each slide is written as. Opus in WebM for every browser that plays it (Chromium,
 * Firefox, Safari 17.4 and later): 24 kbit/s VBR in 60 ms frames (fewer container bytes than 20 ms)
 * is about 167 KB a minute, container included, and a listener follows it about as well as the
 * uncompressed voice. The MP3 for the rest: 24 kbit/s CBR mono at 16 kHz (LAME's own rate for speech
 * at that bitrate; CBR, since a VBR MP3 with no table of contents seeks by guesswork), 180 KB a minute.
 * No low-pass: cutting at 4.5 kHz helped the MP3 on six slides but not on the whole deck (docs/voice.md).
 */
const FORMATS = {
  opus: { bitrateKbps: 24, frameMs: 60, application: 'voip', vbr: 'constrained' },
  mp3: { sampleRateHz: 16_000, bitrateKbps: 24 },
  lowpassHz: null,
} as const;

/** Every voice the renderer can use, by the name `npm run bench:voice -- --voices` takes. */
export const NARRATION_VOICES = {
  /** eSpeak's rate 135 speaks about 150 words a minute, the pace the deck's pacing assumes. */
  'espeak-ng': {
    engine: 'espeak-ng',
    voice: 'en-us',
    lang: 'en-US',
    espeakRate: 135,
    pitch: 48,
    ...FORMATS,
    pauses: NARRATION_PAUSES,
  },
  'flite-rms': {
    engine: 'flite',
    voice: 'rms',
    lang: 'en-US',
    durationStretch: 1,
    ...FORMATS,
    pauses: NARRATION_PAUSES,
  },
  'flite-slt': {
    engine: 'flite',
    voice: 'slt',
    lang: 'en-US',
    durationStretch: 1,
    ...FORMATS,
    pauses: NARRATION_PAUSES,
  },
  'flite-awb': {
    engine: 'flite',
    voice: 'awb',
    lang: 'en-US',
    durationStretch: 1,
    ...FORMATS,
    pauses: NARRATION_PAUSES,
  },
  'flite-kal16': {
    engine: 'flite',
    voice: 'kal16',
    lang: 'en-US',
    durationStretch: 1,
    ...FORMATS,
    pauses: NARRATION_PAUSES,
  },
  'festival-slt': {
    engine: 'festival',
    voice: 'cmu_us_slt_arctic_hts',
    lang: 'en-US',
    speed: 1,
    postfilter: 0,
    ...FORMATS,
    pauses: NARRATION_PAUSES,
  },
} as const satisfies Record<string, NarrationVoiceSettings>;

export type NarrationVoiceName = keyof typeof NARRATION_VOICES;

/** The deck's voice: why it won is in docs/voice.md. */
export const DEFAULT_VOICE_NAME: NarrationVoiceName = 'flite-rms';
export const NARRATION_VOICE_SETTINGS: NarrationVoiceSettings = NARRATION_VOICES[DEFAULT_VOICE_NAME];

/**
 * A deck's voice: these settings (the deck's default unless named), saying the deck's spoken forms
 * (its module's `pronunciation`) with the entries meant for every voice and for this engine.
 */
export function narrationVoice(
  pronunciation: Pronunciation,
  settings: NarrationVoiceSettings = NARRATION_VOICE_SETTINGS,
): NarrationVoice {
  return { settings, spoken: (text) => spokenText(text, pronunciation, settings.engine) };
}
