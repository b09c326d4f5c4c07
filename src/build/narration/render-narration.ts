/**
 * `npm run narration`: renders the narration of every slide whose script changed, keeps the rest,
 * registers recordings, removes files no slide uses and writes the manifest.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFilesAtomic } from '../../export/atomic-write.ts';
import type { Deck, PlacedSlide } from '../../model/index.ts';
import type { RecordedNarration, SlideTimeline } from '../../narration/index.ts';
import {
  GENERATED_AUDIO,
  GENERATED_DIR,
  type GeneratedAudioType,
  type GeneratedNarration,
  generatedFile,
  NARRATION_FORMAT,
  NARRATION_MANIFEST_FILE,
  type NarrationManifest,
  splitCues,
} from '../../narration/index.ts';
import { alignRecording } from './align-recording.ts';
import {
  expectedHash,
  type NarrationVoice,
  planNarration,
  readManifest,
  readMarks,
  recordingIsCurrent,
  recordingNameProblems,
  stampRecordings,
} from './cache.ts';
import { createEngine } from './create-engine.ts';
import { mp3DelayMs } from './mp3.ts';
import { checkRecording, decodeRecording, processRecording, RecordingError } from './process-recording.ts';
import { delayTimeline, encodeSpeech, renderSlide } from './render-slide.ts';

/** Recordings that cannot be registered: each line names the file, the problem and the fix. Nothing was written. */
export class RecordingProblemsError extends Error {
  override readonly name = 'RecordingProblemsError';
  constructor(readonly problems: readonly string[]) {
    super(
      `No narration was written: ${problems.length} recording problem${problems.length === 1 ? '' : 's'}.\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
  }
}

export interface NarrationRun {
  readonly manifest: NarrationManifest;
  readonly rendered: readonly string[];
  readonly cached: readonly string[];
  readonly removed: readonly string[];
  readonly elapsedMs: number;
}

export interface RenderOptions {
  /** Render every slide, cached or not. */
  readonly force?: boolean;
  readonly log?: (line: string) => void;
}

export async function renderNarration(
  deck: Deck,
  narrationDir: string,
  voice: NarrationVoice,
  options: RenderOptions = {},
): Promise<NarrationRun> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const previous = readManifest(narrationDir);
  const stamps = stampRecordings(deck, previous, narrationDir);
  // Under --force no slide is current whatever its stamp: the plan never reads them then.
  const plan = planNarration(deck, options.force ? null : previous, narrationDir, voice, stamps);
  mkdirSync(resolve(narrationDir, GENERATED_DIR), { recursive: true });

  const toRender = new Set(plan.render.map((placed) => placed.slide.id));
  const named = recordingNameProblems(deck, narrationDir);
  if (named.length > 0) throw new RecordingProblemsError(named);
  const engine = createEngine(voice.settings);
  const refused: string[] = [];
  const measured: Record<string, RecordedNarration> = {};
  const slides: Record<string, GeneratedNarration> = {};
  // Everything is written together at the end, so a run that fails half-way changes no file.
  const files: { path: string; bytes: Uint8Array }[] = [];
  for (const placed of deck.slides) {
    const id = placed.slide.id;
    const kept = previous?.slides[id];
    if (!toRender.has(id) && kept) {
      slides[id] = kept;
      continue;
    }
    const stamp = stamps[id];
    const recorded = stamp && recordingIsCurrent(stamp, placed) ? stamp : null;
    let made: { audio: Record<GeneratedAudioType, Uint8Array>; timeline: SlideTimeline };
    try {
      if (recorded) {
        const shown = `Slide "${id}" (slide ${placed.number}): the recording assets/narration/${recorded.file}`;
        const marks = readMarks(narrationDir, id, recorded.file)?.parts ?? null;
        const rendered = await renderRecording(placed, resolve(narrationDir, recorded.file), shown, marks, voice);
        measured[id] = { ...recorded, inputLufs: Math.round(rendered.inputLufs * 10) / 10 };
        made = rendered;
      } else {
        made = await renderSlide(placed.script, engine, voice);
      }
    } catch (error) {
      if (!(error instanceof RecordingError)) throw error;
      refused.push(error.message);
      continue;
    }
    const { audio, timeline } = made;
    const written = GENERATED_AUDIO.map(({ type }) => ({ type, file: generatedFile(id, type), bytes: audio[type] }));
    for (const { file, bytes } of written) files.push({ path: resolve(narrationDir, file), bytes });
    const entries = written.map(({ type, file, bytes }) => ({ type, file, bytes: bytes.length }));
    slides[id] = {
      hash: expectedHash(placed, stamp, narrationDir, voice),
      files: entries,
      timeline,
      ...(recorded ? { recording: recorded.file } : {}),
    };
    const sizes = entries.map((entry) => `${(entry.bytes / 1000).toFixed(1)} KB ${entry.file.split('.').pop()}`);
    const how = recorded ? `processed the recording ${recorded.file}` : 'rendered';
    log(`  ${how} for ${id}: ${(timeline.durationMs / 1000).toFixed(1)} s, ${sizes.join(', ')}`);
  }
  if (refused.length > 0) throw new RecordingProblemsError(refused);
  const manifest: NarrationManifest = {
    format: NARRATION_FORMAT,
    voice: voice.settings,
    slides,
    recordings: { ...stamps, ...measured },
  };
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  files.push({ path: resolve(narrationDir, NARRATION_MANIFEST_FILE), bytes: new TextEncoder().encode(json) });
  await writeFilesAtomic(files);
  for (const file of plan.orphans) {
    rmSync(resolve(narrationDir, file));
    log(`  removed ${file} (no slide uses it)`);
  }
  return {
    manifest,
    rendered: [...toRender],
    cached: plan.cached.map((placed) => placed.slide.id),
    removed: plan.orphans,
    elapsedMs: performance.now() - started,
  };
}

/** A recording made ready to ship, and what was measured on the way. */
export interface RenderedRecording {
  readonly audio: Record<GeneratedAudioType, Uint8Array>;
  readonly timeline: SlideTimeline;
  /** Its loudness before processing. */
  readonly inputLufs: number;
  /** Take time minus this is time in the shipped files (the trim, the lead-in and the MP3's delay). */
  readonly shiftMs: number;
}

/**
 * A slide's recording made ready to ship: checked, trimmed, normalised, encoded with the same
 * format code as the generated voice, its captions timed to its pauses and its parts to its marks
 * (in ms of the take; null for a file without marks, whose parts are found at pauses).
 */
export async function renderRecording(
  placed: PlacedSlide,
  path: string,
  shown: string,
  marks: readonly number[] | null,
  voice: NarrationVoice,
): Promise<RenderedRecording> {
  const samples = await decodeRecording(path, shown);
  const speech = checkRecording(samples, placed.script, shown);
  const processed = await processRecording(samples, speech, voice.settings.pauses);
  const cuesByPart = placed.script.map((part) => splitCues(part));
  const durationMs = (processed.samples.length * 1000) / processed.sampleRateHz;
  const shifted = marks ? marks.map((mark, index) => (index === 0 ? 0 : mark - processed.shiftMs)) : null;
  const { timeline } = alignRecording(cuesByPart, processed.speech, durationMs, shifted);
  const delayMs = mp3DelayMs(voice.settings.mp3);
  return {
    audio: await encodeSpeech(processed, voice.settings),
    timeline: delayTimeline(timeline, delayMs),
    inputLufs: processed.inputLufs,
    shiftMs: processed.shiftMs - delayMs,
  };
}

/** Length and size of one format of the generated narration. */
export interface NarrationTotals {
  readonly seconds: number;
  readonly bytes: number;
  readonly kbPerMinute: number;
}

/** Total length and size of the generated narration in one format (the first, Opus, unless named). */
export function narrationTotals(
  manifest: NarrationManifest,
  type: GeneratedAudioType = GENERATED_AUDIO[0].type,
): NarrationTotals {
  const entries = Object.values(manifest.slides);
  const seconds = entries.reduce((sum, entry) => sum + entry.timeline.durationMs, 0) / 1000;
  const bytes = entries.reduce((sum, entry) => sum + (entry.files.find((file) => file.type === type)?.bytes ?? 0), 0);
  return { seconds, bytes, kbPerMinute: seconds > 0 ? bytes / 1000 / (seconds / 60) : 0 };
}
