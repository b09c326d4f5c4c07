/**
 * The narration manifest (assets/narration/narration.json): what `npm run narration` rendered,
 * for which script and voice, and when each caption cue is said. Read by the build's checks and,
 * bundled, by the deck in the browser.
 */
import type { SlideTimeline } from './timeline.ts';

/** Bumped when the renderer's output changes in a way the voice settings do not show. */
export const NARRATION_FORMAT = 1;
/** The manifest's file name inside the narration folder. */
export const NARRATION_MANIFEST_FILE = 'narration.json';
/** Generated audio lives in this sub-folder of the narration folder, one file per slide id. */
export const GENERATED_DIR = 'generated';
/** A person's recording for a slide: `assets/narration/<slide id>.<one of these>`. */
export const RECORDING_EXTENSIONS = ['mp3', 'm4a', 'ogg', 'opus', 'webm', 'wav'] as const;
export type RecordingExtension = (typeof RECORDING_EXTENSIONS)[number];

/** How the generated voice is made; any change re-renders every slide. */
export interface NarrationVoiceSettings {
  readonly engine: 'espeak-ng';
  /** eSpeak NG voice name. */
  readonly voice: string;
  /** BCP 47 language of the script. */
  readonly lang: string;
  /** eSpeak's speaking rate setting (its own words per minute). */
  readonly espeakRate: number;
  /** eSpeak pitch, 0 to 99. */
  readonly pitch: number;
  /** The MP3's sample rate (the encoder resamples eSpeak's 22,050 Hz to it). */
  readonly mp3SampleRateHz: 8_000 | 11_025 | 12_000 | 16_000 | 22_050 | 24_000;
  /** MP3 constant bitrate. */
  readonly bitrateKbps: number;
  /** Silence between script parts, so a fragment appears before its words. */
  readonly partGapMs: number;
}

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
