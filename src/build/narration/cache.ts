/**
 * What the narration folder holds against what the deck's scripts need: which slides to render,
 * which files no slide uses, and which recordings were made for an older script.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Deck, PlacedSlide } from '../../model/index.ts';
import {
  GENERATED_AUDIO,
  GENERATED_DIR,
  type GeneratedNarration,
  generatedFile,
  NARRATION_FORMAT,
  NARRATION_MANIFEST_FILE,
  type NarrationManifest,
  type NarrationVoiceSettings,
  RECORDING_EXTENSIONS,
  type RecordedNarration,
  recordingSlideId,
  splitCues,
} from '../../narration/index.ts';
import { marksFile, RECORDING_EXTENSION_LIST, type TakeMarks } from '../../narration/take.ts';

/** The command that brings the narration up to date; every message that asks for it names it. */
export const NARRATION_COMMAND = 'npm run narration';

/** A slide's script hash: tells whether a recording was made for the script as it is now. */
export function scriptHash(script: readonly string[]): string {
  return sha256(JSON.stringify(script)).slice(0, 16);
}

/** How the voice says the script: the settings and the spoken forms of words written for the page. */
export interface NarrationVoice {
  readonly settings: NarrationVoiceSettings;
  readonly spoken: (written: string) => string;
}

/** The generated audio's cache key: the script as written and as said, the voice, the format. */
export function renderHash(script: readonly string[], voice: NarrationVoice): string {
  const said = script.map((part) => splitCues(part).map(voice.spoken));
  return sha256(JSON.stringify([NARRATION_FORMAT, voice.settings, script, said])).slice(0, 16);
}

/** Bumped when recordings are processed differently (trim, loudness, alignment): every one is done again. */
export const RECORDING_PROCESS_VERSION = 1;

/**
 * A recorded slide's cache key: the take's bytes and marks, the script, the formats and pauses it
 * is encoded with (not the engine: no engine speaks it).
 */
export function recordingHash(
  stamp: RecordedNarration,
  marks: TakeMarks | null,
  script: readonly string[],
  voice: NarrationVoice,
): string {
  const { opus, mp3, lowpassHz, pauses } = voice.settings;
  const format = [NARRATION_FORMAT, RECORDING_PROCESS_VERSION, opus, mp3, lowpassHz, pauses];
  return sha256(JSON.stringify([format, stamp.fileHash, marks?.parts ?? null, script])).slice(0, 16);
}

/** A take's marks, when the file beside it is for this audio and reads as marks; else null. */
export function readMarks(narrationDir: string, slideId: string, audio: string): TakeMarks | null {
  const path = resolve(narrationDir, marksFile(slideId));
  if (!existsSync(path)) return null;
  try {
    const marks = JSON.parse(readFileSync(path, 'utf8')) as TakeMarks;
    const valid =
      Array.isArray(marks.parts) && marks.parts.every(Number.isFinite) && typeof marks.scriptHash === 'string';
    return valid && marks.audio === audio ? marks : null;
  } catch {
    return null;
  }
}

/** Whether a recording was made for the slide's script as it is now. */
export function recordingIsCurrent(stamp: RecordedNarration, placed: PlacedSlide): boolean {
  return stamp.scriptHash === scriptHash(placed.script);
}

/**
 * The hash a slide's manifest entry must have to be current: its recording's, when it has a
 * recording made for today's script, else the generated voice's (a stale recording is not used).
 */
export function expectedHash(
  placed: PlacedSlide,
  stamp: RecordedNarration | undefined,
  narrationDir: string,
  voice: NarrationVoice,
): string {
  if (stamp && recordingIsCurrent(stamp, placed)) {
    return recordingHash(stamp, readMarks(narrationDir, placed.slide.id, stamp.file), placed.script, voice);
  }
  return renderHash(placed.script, voice);
}

export function fileHash(path: string): string {
  return sha256(readFileSync(path)).slice(0, 16);
}

export function readManifest(narrationDir: string): NarrationManifest | null {
  const path = resolve(narrationDir, NARRATION_MANIFEST_FILE);
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as NarrationManifest;
}

/** The plan for one run: slides to render and the ones whose audio is already right. */
export interface NarrationPlan {
  readonly render: readonly PlacedSlide[];
  readonly cached: readonly PlacedSlide[];
  /** Generated files in the folder that belong to no slide (removed by the run). */
  readonly orphans: readonly string[];
}

/**
 * `stamps` are the recordings' stamps when the caller has them already (each stamp hashes a
 * recording, which may be tens of megabytes).
 */
export function planNarration(
  deck: Deck,
  manifest: NarrationManifest | null,
  narrationDir: string,
  voice: NarrationVoice,
  stamps: Record<string, RecordedNarration> = stampRecordings(deck, manifest, narrationDir),
): NarrationPlan {
  const render: PlacedSlide[] = [];
  const cached: PlacedSlide[] = [];
  for (const placed of deck.slides) {
    if (isCurrent(placed, manifest, narrationDir, voice, stamps[placed.slide.id])) cached.push(placed);
    else render.push(placed);
  }
  return { render, cached, orphans: orphanFiles(deck, narrationDir) };
}

/** Generated files in the folder that belong to no slide of the deck. */
function orphanFiles(deck: Deck, narrationDir: string): string[] {
  const wanted = new Set(
    deck.slides.flatMap((placed) => GENERATED_AUDIO.map(({ type }) => generatedFile(placed.slide.id, type))),
  );
  return generatedFiles(narrationDir).filter((file) => !wanted.has(file));
}

function isCurrent(
  placed: PlacedSlide,
  manifest: NarrationManifest | null,
  narrationDir: string,
  voice: NarrationVoice,
  stamp: RecordedNarration | undefined,
): boolean {
  const entry = manifest?.slides[placed.slide.id];
  if (!entry || entry.hash !== expectedHash(placed, stamp, narrationDir, voice)) return false;
  // A manifest of an older format names other files.
  if (!Array.isArray(entry.files) || entry.files.length !== GENERATED_AUDIO.length) return false;
  return wrongFiles(entry, narrationDir).length === 0;
}

/** The entry's files that are missing or not the size that was rendered. */
function wrongFiles(entry: GeneratedNarration, narrationDir: string): string[] {
  return entry.files
    .filter((audio) => {
      const path = resolve(narrationDir, audio.file);
      return !existsSync(path) || statSync(path).size !== audio.bytes;
    })
    .map((audio) => audio.file);
}

/** Files under generated/, as paths relative to the narration folder. */
export function generatedFiles(narrationDir: string): string[] {
  const dir = resolve(narrationDir, GENERATED_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .map((name) => `${GENERATED_DIR}/${name}`)
    .sort();
}

/** Recordings in the narration folder: `<slide id>.<mp3|m4a|ogg|opus|webm|wav>`, by slide id. */
export function recordingFiles(narrationDir: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(narrationDir)) return found;
  for (const name of readdirSync(narrationDir).sort()) {
    const id = recordingSlideId(name);
    if (id !== null) found.set(id, name);
  }
  return found;
}

/**
 * Each recording stamped with the script it was made for: a recording already in the manifest
 * keeps its stamp until its file changes (a new take), when it is stamped with today's script.
 */
export function stampRecordings(
  deck: Deck,
  manifest: NarrationManifest | null,
  narrationDir: string,
): Record<string, RecordedNarration> {
  const stamped: Record<string, RecordedNarration> = {};
  const files = recordingFiles(narrationDir);
  for (const placed of deck.slides) {
    const id = placed.slide.id;
    const file = files.get(id);
    if (!file) continue;
    const hash = fileHash(resolve(narrationDir, file));
    const known = manifest?.recordings[id];
    // The studio's marks say which script the take was made for; a dropped-in file is taken as today's.
    const made = readMarks(narrationDir, id, file)?.scriptHash ?? scriptHash(placed.script);
    stamped[id] =
      known && known.file === file && known.fileHash === hash ? known : { file, fileHash: hash, scriptHash: made };
  }
  return stamped;
}

/** Everything out of date in the narration folder, each naming the slide or file and the fix. */
export function narrationProblems(deck: Deck, narrationDir: string, voice: NarrationVoice): string[] {
  const manifest = readManifest(narrationDir);
  const folder = 'assets/narration';
  if (!manifest) {
    return [
      `The narration manifest ${folder}/${NARRATION_MANIFEST_FILE} is missing. Fix: run \`${NARRATION_COMMAND}\`.`,
    ];
  }
  const problems: string[] = recordingNameProblems(deck, narrationDir);
  const ids = new Set(deck.slides.map((placed) => placed.slide.id));
  const recordings = recordingFiles(narrationDir);
  for (const placed of deck.slides) {
    const id = placed.slide.id;
    const where = `Slide "${id}" (slide ${placed.number})`;
    const entry = manifest.slides[id];
    const stamp = manifest.recordings[id];
    const hasRecording = recordings.has(id);
    if (!entry) {
      problems.push(`${where} has no narration audio. Fix: run \`${NARRATION_COMMAND}\` and commit ${folder}.`);
    } else if (entry.recording && !hasRecording) {
      problems.push(
        `${where}: its recording ${folder}/${entry.recording} is gone, but its narration is still made from it. Fix: run \`${NARRATION_COMMAND}\` (the generated voice takes its place) and commit ${folder}.`,
      );
    } else if (hasRecording) {
      // The recording's own problems are listed below.
    } else if (entry.hash !== renderHash(placed.script, voice)) {
      problems.push(
        `${where}: its script or the voice settings changed, but its narration audio ${audioNames(entry, folder)} did not. Fix: run \`${NARRATION_COMMAND}\` and commit ${folder}.`,
      );
    } else if (!isCurrent(placed, manifest, narrationDir, voice, stamp)) {
      const wrong = Array.isArray(entry.files) ? wrongFiles(entry, narrationDir) : [];
      const named =
        wrong.length > 0 ? wrong.map((file) => `${folder}/${file}`).join(' and ') : audioNames(entry, folder);
      problems.push(
        wrong.length > 1
          ? `${where}: its narration audio ${named} are missing or are not the files that were rendered. Fix: run \`${NARRATION_COMMAND}\`.`
          : `${where}: its narration audio ${named} is missing or is not the file that was rendered. Fix: run \`${NARRATION_COMMAND}\`.`,
      );
    }
  }
  for (const id of Object.keys(manifest.slides)) {
    if (!ids.has(id)) {
      problems.push(
        `The narration manifest lists "${id}", which is no slide of the deck. Fix: run \`${NARRATION_COMMAND}\` (it removes it).`,
      );
    }
  }
  for (const file of orphanFiles(deck, narrationDir)) {
    problems.push(`${folder}/${file} belongs to no slide. Fix: run \`${NARRATION_COMMAND}\` (it removes it).`);
  }
  for (const [id, file] of recordings) {
    const placed = deck.slides.find((candidate) => candidate.slide.id === id);
    if (!placed) {
      problems.push(
        `${folder}/${file} is named like a recording, but no slide has the id "${id}". Fix: rename it to <slide id>.<extension> (a slide id from slides/index.ts), or remove it.`,
      );
      continue;
    }
    const stamp = manifest.recordings[id];
    if (!stamp || stamp.file !== file || stamp.fileHash !== fileHash(resolve(narrationDir, file))) {
      problems.push(
        `Slide "${id}": the recording ${folder}/${file} is not registered yet. Fix: run \`${NARRATION_COMMAND}\` and commit ${folder}.`,
      );
    } else if (!recordingIsCurrent(stamp, placed)) {
      problems.push(
        `Slide "${id}": its script changed after the recording ${folder}/${file} was made. Fix: record the slide again (replace the file) and run \`${NARRATION_COMMAND}\`, or delete the recording to use the generated voice.`,
      );
    } else if (!isCurrent(placed, manifest, narrationDir, voice, stamp)) {
      problems.push(
        `Slide "${id}": the recording ${folder}/${file} is not processed yet (or its marks changed). Fix: run \`${NARRATION_COMMAND}\` and commit ${folder}.`,
      );
    }
  }
  return problems;
}

/** Audio a person might drop in that the deck does not take: named, so it is not ignored in silence. */
const OTHER_AUDIO_EXTENSIONS = ['flac', 'aac', 'aif', 'aiff', 'caf', 'wma', 'oga', 'mp4', 'm4b', 'amr', 'mka', 'weba'];

/**
 * Recordings named so the deck would not use them, or ambiguously: two files for one slide, an
 * extension in capitals or of a format the deck does not take, a name that matches a slide id
 * only when case is ignored. Each names the file and the fix.
 */
export function recordingNameProblems(deck: Deck, narrationDir: string): string[] {
  if (!existsSync(narrationDir)) return [];
  const folder = 'assets/narration';
  const ids = deck.slides.map((placed) => placed.slide.id);
  const problems: string[] = [];
  const bySlide = new Map<string, string[]>();
  for (const name of readdirSync(narrationDir).sort()) {
    const match = /^([^.][^/]*)\.([A-Za-z0-9]+)$/.exec(name);
    if (!match) continue;
    const [, stem = '', extension = ''] = match;
    const lower = extension.toLowerCase();
    const known = (RECORDING_EXTENSIONS as readonly string[]).includes(lower);
    if (!known && !OTHER_AUDIO_EXTENSIONS.includes(lower)) continue;
    const id =
      ids.find((candidate) => candidate === stem) ??
      ids.find((candidate) => candidate.toLowerCase() === stem.toLowerCase());
    const wanted = `${id ?? stem}.${known ? lower : '<extension>'}`;
    if (!known) {
      problems.push(
        `${folder}/${name} looks like a recording, but the deck does not play .${extension} files. Fix: convert it to one of ${RECORDING_EXTENSION_LIST} (e.g. \`ffmpeg -i ${name} ${id ?? stem}.wav\`), then delete the .${extension} file.`,
      );
    } else if (id !== undefined && (id !== stem || lower !== extension)) {
      problems.push(
        `${folder}/${name} is named like the recording of slide "${id}" but not exactly (names are case-sensitive). Fix: rename it to ${folder}/${wanted}.`,
      );
    } else if (id === undefined && lower !== extension) {
      problems.push(
        `${folder}/${name} looks like a recording, but its extension is in capitals and no slide has the id "${stem}". Fix: rename it to <slide id>.${lower} (a slide id from the deck module).`,
      );
    } else if (id !== undefined && recordingSlideId(name) === id) {
      bySlide.set(id, [...(bySlide.get(id) ?? []), name]);
    }
  }
  for (const [id, names] of bySlide) {
    if (names.length > 1) {
      problems.push(
        `Slide "${id}" has ${names.length} recordings: ${names.map((name) => `${folder}/${name}`).join(' and ')}. Fix: keep the one to use and delete the other${names.length > 2 ? 's' : ''}.`,
      );
    }
  }
  return problems;
}

/** A slide's generated files, named for a message: an older manifest's entry has one `file` instead. */
function audioNames(entry: GeneratedNarration, folder: string): string {
  const files = Array.isArray(entry.files) ? entry.files.map((audio) => audio.file) : [];
  const older = (entry as { file?: unknown }).file;
  if (files.length === 0 && typeof older === 'string') files.push(older);
  return files.map((file) => `${folder}/${file}`).join(' and ');
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
