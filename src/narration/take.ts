/**
 * A take: a person's recording of one slide, as the studio saves it. The audio sits at
 * `<slide id>.<extension>` in the deck's narration folder, and its part marks beside it at
 * `<slide id>.marks.json`, stamped with the script it was made for. Pure: the studio page, the
 * dev server's endpoint and `npm run narration` share it.
 */
import { RECORDING_EXTENSIONS, type RecordingExtension } from './manifest.ts';

/** Bumped when the marks file's shape changes. */
export const TAKE_MARKS_FORMAT = 1;
/** The studio's endpoints live under this path of the dev server. */
export const STUDIO_API = '/__studio';
/** The studio page's path on the dev server. */
export const STUDIO_PATH = '/studio/';
/** The largest take the endpoint accepts: about 50 minutes of Opus at 128 kbit/s. */
export const MAX_TAKE_BYTES = 50 * 1024 * 1024;
/** The request header that carries a take's part marks: milliseconds from its start, comma-separated. */
export const PART_MARKS_HEADER = 'x-part-marks';

/** A take's part marks, as saved beside it. */
export interface TakeMarks {
  readonly format: typeof TAKE_MARKS_FORMAT;
  readonly slide: string;
  /** The audio file the marks are for, inside the narration folder. */
  readonly audio: string;
  /** Hash of the slide's script when the take was made (cache.ts `scriptHash`). */
  readonly scriptHash: string;
  /** Where each script part starts, in ms from the take's start; part 0 starts at 0. */
  readonly parts: readonly number[];
}

/** The marks file of a slide's take. */
export function marksFile(slideId: string): string {
  return `${slideId}.marks.json`;
}

/** The audio types a take may be sent as, by extension (what MediaRecorder offers, and the usual files). */
export const TAKE_TYPES: Readonly<Record<string, RecordingExtension>> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/opus': 'opus',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/wave': 'wav',
  'audio/x-wav': 'wav',
};

/** The extension a Content-Type names (its parameters, such as `codecs=opus`, aside), or null. */
export function takeExtension(contentType: string | undefined): RecordingExtension | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return TAKE_TYPES[type] ?? null;
}

/** The container the first bytes of a file show, as a recording extension's family, or null. */
export function sniffContainer(bytes: Uint8Array): 'webm' | 'ogg' | 'm4a' | 'mp3' | 'wav' | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'webm';
  if (ascii(0, 4) === 'OggS') return 'ogg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
  if (ascii(4, 8) === 'ftyp') return 'm4a';
  if (ascii(0, 3) === 'ID3') return 'mp3';
  if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0) return 'mp3';
  return null;
}

/** Whether bytes of this container may carry this extension (Opus lives in Ogg). */
export function containerFits(extension: RecordingExtension, container: ReturnType<typeof sniffContainer>): boolean {
  const family: Record<RecordingExtension, string> = {
    webm: 'webm',
    ogg: 'ogg',
    opus: 'ogg',
    m4a: 'm4a',
    mp3: 'mp3',
    wav: 'wav',
  };
  return container !== null && family[extension] === container;
}

/**
 * Part marks from their header: whole ms, rising, starting at 0, no more than the slide has parts
 * (fewer when the presenter did not mark every part: the rest are found at pauses); null when malformed.
 */
export function parsePartMarks(header: string | undefined, parts: number): readonly number[] | null {
  const text = (header ?? '0').trim();
  if (!/^\d+(,\d+)*$/.test(text)) return null;
  const marks = text.split(',').map(Number);
  if (marks[0] !== 0 || marks.length > parts) return null;
  return marks.every((mark, index) => index === 0 || mark > (marks[index - 1] ?? 0)) ? marks : null;
}

/** Every extension a recording may have, for messages. */
export const RECORDING_EXTENSION_LIST = RECORDING_EXTENSIONS.join(', ');

/** A slide's take as the studio plays it back and weighs it against the others. */
export interface StudioTake {
  readonly file: string;
  /** Where the dev server serves it (changes with the file, so a new take is not cached). */
  readonly url: string;
  readonly durationMs: number | null;
  /** Its mean level (ffmpeg volumedetect), to tell a take much quieter than the others. */
  readonly meanDb: number | null;
  /** Where each part begins in it (ms), from its marks; [0] when it has none. */
  readonly marks: readonly number[];
}

/** Recorded (with its take), stale (the script changed since the take), synthetic, or no audio at all. */
export type StudioSlideState =
  | ({ readonly kind: 'recorded' | 'stale' } & StudioTake)
  | { readonly kind: 'synthetic' }
  | { readonly kind: 'unvoiced' };

/** One slide as the studio's endpoint lists it: from the page contract's deck data, and its state. */
export interface StudioSlide {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** Its section's heading. */
  readonly section: string;
  readonly steps: number;
  readonly parts: readonly string[];
  readonly cues: readonly (readonly string[])[];
  readonly state: StudioSlideState;
}
