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
  type RecordedNarration,
  recordingSlideId,
  splitCues,
} from '../../narration/index.ts';

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

export function planNarration(
  deck: Deck,
  manifest: NarrationManifest | null,
  narrationDir: string,
  voice: NarrationVoice,
): NarrationPlan {
  const render: PlacedSlide[] = [];
  const cached: PlacedSlide[] = [];
  for (const placed of deck.slides) {
    if (isCurrent(placed, manifest, narrationDir, voice)) cached.push(placed);
    else render.push(placed);
  }
  const wanted = new Set(
    deck.slides.flatMap((placed) => GENERATED_AUDIO.map(({ type }) => generatedFile(placed.slide.id, type))),
  );
  const orphans = generatedFiles(narrationDir).filter((file) => !wanted.has(file));
  return { render, cached, orphans };
}

function isCurrent(
  placed: PlacedSlide,
  manifest: NarrationManifest | null,
  narrationDir: string,
  voice: NarrationVoice,
): boolean {
  const entry = manifest?.slides[placed.slide.id];
  if (!entry || entry.hash !== renderHash(placed.script, voice)) return false;
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
    stamped[id] =
      known && known.file === file && known.fileHash === hash
        ? known
        : { file, fileHash: hash, scriptHash: scriptHash(placed.script) };
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
  const problems: string[] = [];
  const ids = new Set(deck.slides.map((placed) => placed.slide.id));
  for (const placed of deck.slides) {
    const id = placed.slide.id;
    const where = `Slide "${id}" (slide ${placed.number})`;
    const entry = manifest.slides[id];
    if (!entry) {
      problems.push(`${where} has no narration audio. Fix: run \`${NARRATION_COMMAND}\` and commit ${folder}.`);
    } else if (entry.hash !== renderHash(placed.script, voice)) {
      problems.push(
        `${where}: its script or the voice settings changed, but its narration audio ${audioNames(entry, folder)} did not. Fix: run \`${NARRATION_COMMAND}\` and commit ${folder}.`,
      );
    } else if (!isCurrent(placed, manifest, narrationDir, voice)) {
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
  for (const file of planNarration(deck, manifest, narrationDir, voice).orphans) {
    problems.push(`${folder}/${file} belongs to no slide. Fix: run \`${NARRATION_COMMAND}\` (it removes it).`);
  }
  for (const [id, file] of recordingFiles(narrationDir)) {
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
    } else if (stamp.scriptHash !== scriptHash(placed.script)) {
      problems.push(
        `Slide "${id}": its script changed after the recording ${folder}/${file} was made. Fix: record the slide again (replace the file) and run \`${NARRATION_COMMAND}\`, or delete the recording to use the generated voice.`,
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
